import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStore } from './memory-store.js';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Counts the entries visited by Map iterators while `run` runs. */
async function mapSteps(run: () => Promise<void>): Promise<number> {
  let steps = 0;
  const original = Map.prototype[Symbol.iterator];
  const counting = function (this: Map<unknown, unknown>) {
    const iterator = original.call(this);
    const next = iterator.next.bind(iterator);
    iterator.next = () => {
      steps += 1;
      return next();
    };
    return iterator;
  };
  Map.prototype[Symbol.iterator] = counting as typeof original;
  try {
    await run();
  } finally {
    Map.prototype[Symbol.iterator] = original;
  }
  return steps;
}

describe('memoryStore', () => {
  it('starts a new window when the old one ends', async () => {
    const store = memoryStore();
    const start = Date.now();
    expect(await store.hit('a', 1000)).toEqual({ count: 1, resetAt: start + 1000 });
    expect(await store.hit('a', 1000)).toEqual({ count: 2, resetAt: start + 1000 });
    vi.advanceTimersByTime(1000);
    expect(await store.hit('a', 1000)).toEqual({ count: 1, resetAt: start + 2000 });
  });

  it('forgets a session after its expiry', async () => {
    const store = memoryStore();
    const expiresAt = Date.now() + 1000;
    for (let index = 0; index < 3; index += 1) await store.takeAttempt('s', 3, expiresAt);
    expect((await store.takeAttempt('s', 3, expiresAt)).status).toBe('exhausted');
    vi.advanceTimersByTime(1000);
    expect((await store.takeAttempt('s', 3, Date.now() + 1000)).status).toBe('counted');
  });

  it('stays bounded with 150,000 distinct clients, at O(1) per request', async () => {
    const store = memoryStore({ maxKeys: 100_000 });
    for (let index = 0; index < 100_000; index += 1) await store.hit(`fill-${index}`, 60_000);
    expect(store.size).toBe(100_000);
    // Full and nothing expired: each new client evicts the oldest, visiting O(1) entries.
    const steps = await mapSteps(async () => {
      for (let index = 0; index < 50_000; index += 1) await store.hit(`flood-${index}`, 60_000);
    });
    expect(store.size).toBe(100_000);
    expect(steps / 50_000).toBeLessThanOrEqual(2);
    // The oldest were dropped; the newest are still counted.
    expect((await store.hit('fill-0', 60_000)).count).toBe(1);
    expect((await store.hit('flood-49999', 60_000)).count).toBe(2);
  });

  it('drops expired windows first, each visited once', async () => {
    const store = memoryStore({ maxKeys: 1000 });
    for (let index = 0; index < 1000; index += 1) await store.hit(`old-${index}`, 1000);
    vi.advanceTimersByTime(1000);
    const steps = await mapSteps(async () => {
      for (let index = 0; index < 1000; index += 1) await store.hit(`new-${index}`, 1000);
    });
    expect(store.size).toBe(1000);
    expect(steps).toBeLessThanOrEqual(2 * 1000 + 1000);
  });

  it('bounds capture sessions the same way', async () => {
    const store = memoryStore({ maxKeys: 10 });
    for (let index = 0; index < 25; index += 1) {
      await store.takeAttempt(`s-${index}`, 3, Date.now() + 60_000);
    }
    expect(store.size).toBe(10);
  });

  it('refuses a bad maxKeys', () => {
    expect(() => memoryStore({ maxKeys: 0 })).toThrow(TypeError);
  });
});
