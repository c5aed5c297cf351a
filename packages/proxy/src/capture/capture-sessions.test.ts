import { describe, expect, it, vi } from 'vitest';
import { createLivenessHandler } from '../handler/create-liveness-handler.js';
import { memoryStore } from '../store/memory-store.js';
import type { ProxyStore } from '../store/proxy-store.js';
import { errorOf, harness, liveRequest } from '../test-utils/harness.js';
import { livenessBody } from '../test-utils/liveness-fixtures.js';
import { dojahUpstream } from '../upstream/dojah-upstream.js';
import { createCaptureToken } from './capture-token.js';

const secret = 'capture-test-secret-0123456789-abcdef';
const retry = () => new Response(livenessBody(12), { status: 200 });
const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

// Dojah mode against a fake Dojah on loopback, as production builds it.
describe('capture tokens in Dojah mode', () => {
  it('refuses a POST without a token with 401 TOKEN_MISSING, and Dojah is not called', async () => {
    const { handler, dojah, logs } = harness(undefined, { captureTokens: { secret } });
    const response = await handler(liveRequest());
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect((await errorOf(response)).code).toBe('TOKEN_MISSING');
    expect(dojah.requests).toHaveLength(0);
    expect(logs[0]).toMatchObject({ status: 401, code: 'TOKEN_MISSING', bytesIn: 0 });
  });

  it('answers 200 to a valid token and tells onResult who, which session and which attempt', async () => {
    const onResult = vi.fn();
    const { handler, dojah } = harness(undefined, { captureTokens: { secret }, onResult });
    const token = await createCaptureToken({ subject: 'user-7' }, { secret });
    const response = await handler(liveRequest(bearer(token)));
    expect(response.status).toBe(200);
    expect(dojah.requests).toHaveLength(1);
    // The token never travels to Dojah.
    expect(JSON.stringify(dojah.requests[0]?.headers)).not.toContain(token);
    expect(onResult).toHaveBeenCalledWith(
      expect.objectContaining({
        subject: 'user-7',
        sessionId: expect.stringMatching(
          /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/,
        ) as string,
        attempt: 1,
      }),
    );
  });

  it('refuses the fourth attempt on a three-attempt token without calling Dojah', async () => {
    const { handler, dojah, logs } = harness(retry, { captureTokens: { secret } });
    const token = await createCaptureToken({ subject: 'u', maxAttempts: 3 }, { secret });
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect((await handler(liveRequest(bearer(token)))).status).toBe(200);
    }
    expect(dojah.requests).toHaveLength(3);
    const fourth = await handler(liveRequest(bearer(token)));
    expect(fourth.status).toBe(429);
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await errorOf(fourth)).toEqual({
      code: 'ATTEMPTS_EXHAUSTED',
      message: expect.stringContaining('come back later') as string,
    });
    expect(dojah.requests).toHaveLength(3);
    expect(logs.map((entry) => entry.attempt)).toEqual([1, 2, 3, undefined]);
  });

  it('spends a session once it has passed', async () => {
    const { handler, dojah } = harness(undefined, { captureTokens: { secret } });
    const token = await createCaptureToken({ subject: 'u' }, { secret });
    expect((await handler(liveRequest(bearer(token)))).status).toBe(200);
    const again = await handler(liveRequest(bearer(token)));
    expect(again.status).toBe(401);
    expect((await errorOf(again)).code).toBe('TOKEN_EXPIRED');
    expect(dojah.requests).toHaveLength(1);
  });

  it('refuses forged, foreign, malformed and expired tokens before reading the body', async () => {
    const { handler, dojah } = harness(undefined, { captureTokens: { secret } });
    const foreign = await createCaptureToken({ subject: 'u' }, { secret: `${secret}-other` });
    const cases: [Record<string, string>, string][] = [
      [{ Authorization: `Bearer ${foreign}` }, 'TOKEN_INVALID'],
      [{ Authorization: 'Bearer not.a.token' }, 'TOKEN_INVALID'],
      [{ Authorization: `Basic ${btoa('a:b')}` }, 'TOKEN_INVALID'],
      [{ Authorization: `Bearer ${'x'.repeat(100_000)}` }, 'TOKEN_INVALID'],
    ];
    for (const [headers, code] of cases) {
      const body = new ReadableStream({
        pull() {
          throw new Error('the body must not be read');
        },
      });
      const request = new Request('http://proxy.test/api/liveness', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body,
        duplex: 'half',
      } as RequestInit);
      const response = await handler(request);
      expect(response.status).toBe(401);
      expect((await errorOf(response)).code).toBe(code);
    }
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const token = await createCaptureToken({ subject: 'u', ttlSeconds: 60 }, { secret });
      vi.advanceTimersByTime(61_000);
      const expired = await handler(liveRequest(bearer(token)));
      expect((await errorOf(expired)).code).toBe('TOKEN_EXPIRED');
    } finally {
      vi.useRealTimers();
    }
    expect(dojah.requests).toHaveLength(0);
  });

  it('does not spend an attempt on a request refused before the upstream call', async () => {
    const { handler, dojah } = harness(retry, { captureTokens: { secret } });
    const token = await createCaptureToken({ subject: 'u', maxAttempts: 1 }, { secret });
    const bad = await handler(liveRequest({ ...bearer(token), body: '{"image":"%%%"}' }));
    expect(bad.status).toBe(400);
    expect((await handler(liveRequest(bearer(token)))).status).toBe(200);
    expect(dojah.requests).toHaveLength(1);
  });

  it('lets exactly maxAttempts of 50 concurrent requests through', async () => {
    const { handler, dojah } = harness(retry, { captureTokens: { secret }, rateLimit: false });
    const token = await createCaptureToken({ subject: 'u' }, { secret });
    const statuses = await Promise.all(
      Array.from({ length: 50 }, () => handler(liveRequest(bearer(token))).then((r) => r.status)),
    );
    expect(statuses.filter((status) => status === 200)).toHaveLength(3);
    expect(statuses.filter((status) => status === 429)).toHaveLength(47);
    expect(dojah.requests).toHaveLength(3);
  });

  it('fails closed with 503 when the store is down: no attempt counted, no call', async () => {
    const broken: ProxyStore = {
      hit: () => Promise.reject(new Error('redis down')),
      takeAttempt: () => Promise.reject(new Error('redis down')),
      markSpent: () => Promise.reject(new Error('redis down')),
    };
    const { handler, dojah, logs } = harness(undefined, {
      captureTokens: { secret },
      store: broken,
      rateLimit: false,
    });
    const token = await createCaptureToken({ subject: 'u' }, { secret });
    const response = await handler(liveRequest(bearer(token)));
    expect(response.status).toBe(503);
    expect(dojah.requests).toHaveLength(0);
    expect(logs[0]?.detail).toContain('store unavailable: redis down');
  });

  it('answers 500 MISCONFIGURED when the secret is not set (a build without env passes)', async () => {
    const { handler, dojah, logs } = harness(undefined, { captureTokens: { secret: undefined } });
    const response = await handler(liveRequest());
    expect(response.status).toBe(500);
    expect((await errorOf(response)).code).toBe('MISCONFIGURED');
    expect(logs[0]?.detail).toContain('LIVEFRAME_TOKEN_SECRET');
    expect(dojah.requests).toHaveLength(0);
  });
});

describe('authorize (cookie sessions)', () => {
  const cookieAuth = (request: Request) => {
    const user = /user=(\w+)/.exec(request.headers.get('cookie') ?? '')?.[1];
    return user === undefined ? new Response('sign in first', { status: 401 }) : { subject: user };
  };

  it('passes its Response through, before the body is read, and counts attempts per subject', async () => {
    const onResult = vi.fn();
    const { handler, dojah } = harness(retry, {
      authorize: cookieAuth,
      attempts: { maxAttempts: 2 },
      onResult,
    });
    const refused = await handler(liveRequest());
    expect(refused.status).toBe(401);
    expect(await refused.text()).toBe('sign in first');
    const ada = liveRequest({ headers: { Cookie: 'user=ada' } });
    expect((await handler(ada)).status).toBe(200);
    expect((await handler(liveRequest({ headers: { Cookie: 'user=ada' } }))).status).toBe(200);
    const third = await handler(liveRequest({ headers: { Cookie: 'user=ada' } }));
    expect((await errorOf(third)).code).toBe('ATTEMPTS_EXHAUSTED');
    expect((await handler(liveRequest({ headers: { Cookie: 'user=bob' } }))).status).toBe(200);
    expect(dojah.requests).toHaveLength(3);
    expect(onResult.mock.calls.map(([event]) => [event.subject, event.attempt])).toEqual([
      ['ada', 1],
      ['ada', 2],
      ['bob', 1],
    ]);
  });
});

describe('the safe default', () => {
  it('will not build a Dojah handler that anyone could call, unless told open', () => {
    const upstream = dojahUpstream({ appId: 'a', secretKey: 'k' });
    expect(() => createLivenessHandler({ upstream })).toThrow(/captureTokens/);
    expect(() => createLivenessHandler({ upstream, open: true })).not.toThrow();
    expect(() => createLivenessHandler({ upstream, captureTokens: { secret: 'short' } })).toThrow(
      /at least 32 bytes/,
    );
    expect(() =>
      createLivenessHandler({
        upstream,
        captureTokens: { secret },
        authorize: () => ({ subject: 'x' }),
      }),
    ).toThrow(/not both/);
    expect(() =>
      createLivenessHandler({ upstream, captureTokens: { secret }, store: memoryStore() }),
    ).not.toThrow();
  });
});
