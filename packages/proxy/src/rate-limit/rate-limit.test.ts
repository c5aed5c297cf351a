import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errorOf, harness, liveRequest } from '../test-utils/harness.js';
import { memoryRateLimitStore } from './memory-rate-limit-store.js';
import type { RateLimitStore } from './rate-limit-store.js';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After past the limit, per client, until the window ends', async () => {
    const { handler, fetch } = harness(undefined, { rateLimit: { limit: 2, windowMs: 60_000 } });
    const a = { clientAddress: '10.0.0.1' };
    expect((await handler(liveRequest(), a)).status).toBe(200);
    vi.advanceTimersByTime(15_000);
    expect((await handler(liveRequest(), a)).status).toBe(200);
    const limited = await handler(liveRequest(), a);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('45');
    expect((await errorOf(limited)).code).toBe('RATE_LIMITED');
    expect(fetch).toHaveBeenCalledTimes(2);

    expect((await handler(liveRequest(), { clientAddress: '10.0.0.2' })).status).toBe(200);
    vi.advanceTimersByTime(45_000);
    expect((await handler(liveRequest(), a)).status).toBe(200);
  });

  it('ignores X-Forwarded-For unless trustProxy is set', async () => {
    const spoofed = (ip: string) => liveRequest({ headers: { 'X-Forwarded-For': ip } });
    const socket = { clientAddress: '10.0.0.9' };
    const untrusted = harness(undefined, { rateLimit: { limit: 1 } }).handler;
    expect((await untrusted(spoofed('1.1.1.1'), socket)).status).toBe(200);
    expect((await untrusted(spoofed('2.2.2.2'), socket)).status).toBe(429);

    const trusted = harness(undefined, { rateLimit: { limit: 1 }, trustProxy: true }).handler;
    expect((await trusted(spoofed('1.1.1.1, 10.0.0.9'), socket)).status).toBe(200);
    expect((await trusted(spoofed('2.2.2.2'), socket)).status).toBe(200);
    expect((await trusted(spoofed('1.1.1.1'), socket)).status).toBe(429);
  });

  it('puts clients with no known address in one shared bucket', async () => {
    const { handler } = harness(undefined, { rateLimit: { limit: 1 } });
    expect((await handler(liveRequest())).status).toBe(200);
    expect((await handler(liveRequest())).status).toBe(429);
  });

  it('uses a custom store, e.g. one shared between instances', async () => {
    const hit = vi.fn<RateLimitStore['hit']>(() =>
      Promise.resolve({ count: 99, resetAt: Date.now() + 1500 }),
    );
    const { handler } = harness(undefined, { rateLimit: { limit: 10, store: { hit } } });
    const response = await handler(liveRequest(), { clientAddress: '10.0.0.1' });
    expect(hit).toHaveBeenCalledWith('10.0.0.1', 60_000);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
  });

  it('can be turned off', async () => {
    const { handler } = harness(undefined, { rateLimit: false });
    for (let index = 0; index < 40; index += 1) {
      expect((await handler(liveRequest())).status).toBe(200);
    }
  });
});

describe('memoryRateLimitStore', () => {
  it('counts in fixed windows', async () => {
    const store = memoryRateLimitStore();
    const start = Date.now();
    expect(await store.hit('a', 1000)).toEqual({ count: 1, resetAt: start + 1000 });
    expect(await store.hit('a', 1000)).toEqual({ count: 2, resetAt: start + 1000 });
    vi.advanceTimersByTime(1000);
    expect(await store.hit('a', 1000)).toEqual({ count: 1, resetAt: start + 2000 });
  });

  it('stays bounded under a flood of keys', async () => {
    const store = memoryRateLimitStore({ maxKeys: 3 });
    for (const key of ['a', 'b', 'c', 'd']) await store.hit(key, 60_000);
    // 'a' was dropped to make room, so it starts afresh; 'd' is still counted.
    expect((await store.hit('a', 60_000)).count).toBe(1);
    expect((await store.hit('d', 60_000)).count).toBe(2);
  });
});
