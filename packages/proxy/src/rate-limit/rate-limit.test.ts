import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errorOf, harness, liveRequest } from '../test-utils/harness.js';
import { memoryStore } from '../store/memory-store.js';
import type { RateLimitStore } from './rate-limit-store.js';

// Only the clock is faked: the upstream is a real HTTP server, whose timers must run.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
});
const advance = (ms: number) => vi.setSystemTime(Date.now() + ms);
afterEach(() => {
  vi.useRealTimers();
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After past the limit, per client, until the window ends', async () => {
    const { handler, dojah } = harness(undefined, { rateLimit: { limit: 2, windowMs: 60_000 } });
    const a = { clientAddress: '10.0.0.1' };
    expect((await handler(liveRequest(), a)).status).toBe(200);
    advance(15_000);
    expect((await handler(liveRequest(), a)).status).toBe(200);
    const limited = await handler(liveRequest(), a);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('45');
    expect((await errorOf(limited)).code).toBe('RATE_LIMITED');
    expect(dojah.requests).toHaveLength(2);

    expect((await handler(liveRequest(), { clientAddress: '10.0.0.2' })).status).toBe(200);
    advance(45_000);
    expect((await handler(liveRequest(), a)).status).toBe(200);
  });

  it('ignores X-Forwarded-For unless trustedHops is set', async () => {
    const spoofed = (ip: string) => liveRequest({ headers: { 'X-Forwarded-For': ip } });
    const socket = { clientAddress: '10.0.0.9' };
    const untrusted = harness(undefined, { rateLimit: { limit: 1 } }).handler;
    expect((await untrusted(spoofed('1.1.1.1'), socket)).status).toBe(200);
    expect((await untrusted(spoofed('2.2.2.2'), socket)).status).toBe(429);
  });

  it('takes the right-most entry the trusted proxies did not add', async () => {
    const forwarded = (value: string) => liveRequest({ headers: { 'X-Forwarded-For': value } });
    const oneHop = harness(undefined, { rateLimit: { limit: 1 }, trustedHops: 1 }).handler;
    // A client's own X-Forwarded-For is kept by nginx, which appends the address it saw.
    expect((await oneHop(forwarded('6.6.6.6, 203.0.113.1'))).status).toBe(200);
    expect((await oneHop(forwarded('7.7.7.7, 203.0.113.1'))).status).toBe(429);
    expect((await oneHop(forwarded('203.0.113.2'))).status).toBe(200);

    const twoHops = harness(undefined, { rateLimit: { limit: 1 }, trustedHops: 2 }).handler;
    expect((await twoHops(forwarded('6.6.6.6, 198.51.100.1, 10.0.0.1'))).status).toBe(200);
    expect((await twoHops(forwarded('7.7.7.7, 198.51.100.1, 10.0.0.2'))).status).toBe(429);
    // Fewer entries than hops: the left-most one.
    expect((await twoHops(forwarded('2001:db8::1'))).status).toBe(200);
    expect((await twoHops(forwarded('2001:db8::1'))).status).toBe(429);
  });

  it('falls back to the socket address when the forwarded entry is not an IP', async () => {
    const { handler } = harness(undefined, { rateLimit: { limit: 1 }, trustedHops: 1 });
    const request = (value: string) => liveRequest({ headers: { 'X-Forwarded-For': value } });
    expect((await handler(request('not-an-ip'), { clientAddress: '10.0.0.1' })).status).toBe(200);
    expect((await handler(request('<script>'), { clientAddress: '10.0.0.1' })).status).toBe(429);
    expect((await handler(request('unknown'), { clientAddress: '10.0.0.2' })).status).toBe(200);
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

describe('memoryStore rate-limit windows', () => {
  it('counts in fixed windows', async () => {
    const store = memoryStore();
    const start = Date.now();
    expect(await store.hit('a', 1000)).toEqual({ count: 1, resetAt: start + 1000 });
    expect(await store.hit('a', 1000)).toEqual({ count: 2, resetAt: start + 1000 });
    advance(1000);
    expect(await store.hit('a', 1000)).toEqual({ count: 1, resetAt: start + 2000 });
  });

  it('stays bounded under a flood of keys', async () => {
    const store = memoryStore({ maxKeys: 3 });
    for (const key of ['a', 'b', 'c', 'd']) await store.hit(key, 60_000);
    // 'a' was dropped to make room, so it starts afresh; 'd' is still counted.
    expect((await store.hit('a', 60_000)).count).toBe(1);
    expect((await store.hit('d', 60_000)).count).toBe(2);
  });
});
