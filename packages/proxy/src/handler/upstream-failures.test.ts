import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorOf, harness, liveRequest, SECRET } from '../test-utils/harness.js';
import type { UpstreamStub } from '../test-utils/harness.js';
import { livenessBody } from '../test-utils/liveness-fixtures.js';

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

/** A fetch that never answers, but rejects like fetch does when its signal aborts. */
const hang: UpstreamStub = (_url, init) =>
  new Promise((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
  });

afterEach(() => {
  vi.useRealTimers();
});

describe('createLivenessHandler: upstream failures', () => {
  const cases: {
    name: string;
    stub: UpstreamStub;
    status: number;
    code: string;
    message?: RegExp;
    retryAfter?: string;
  }[] = [
    {
      name: 'a 500',
      stub: () => json(500, { error: 'boom' }),
      status: 502,
      code: 'UPSTREAM_ERROR',
    },
    {
      name: 'a 503',
      stub: () => new Response('down', { status: 503 }),
      status: 502,
      code: 'UPSTREAM_ERROR',
    },
    {
      name: 'a redirect',
      stub: () => new Response(null, { status: 302, headers: { Location: 'https://x.test' } }),
      status: 502,
      code: 'UPSTREAM_ERROR',
    },
    {
      name: 'a 404 (wrong base URL)',
      stub: () => new Response('nope', { status: 404 }),
      status: 502,
      code: 'UPSTREAM_ERROR',
    },
    {
      name: 'a network error',
      stub: () => Promise.reject(new TypeError('fetch failed')),
      status: 502,
      code: 'UPSTREAM_ERROR',
    },
    {
      name: 'a non-JSON 200',
      stub: () => new Response('<html>hi</html>'),
      status: 502,
      code: 'UPSTREAM_ERROR',
    },
    {
      name: 'a schema-invalid 200',
      stub: () => json(200, { entity: { liveness: { liveness_probability: 150 } } }),
      status: 502,
      code: 'UPSTREAM_ERROR',
    },
    {
      name: 'a 401',
      stub: () => json(401, { error: 'Invalid credentials' }),
      status: 500,
      code: 'MISCONFIGURED',
    },
    {
      name: 'a 402',
      stub: () => json(402, { error: 'Insufficient wallet balance' }),
      status: 500,
      code: 'MISCONFIGURED',
    },
    {
      name: 'a 403',
      stub: () => json(403, { error: 'Forbidden' }),
      status: 500,
      code: 'MISCONFIGURED',
    },
    {
      name: 'a 400 about the image',
      stub: () => json(400, { error: 'Face not detected in image' }),
      status: 422,
      code: 'IMAGE_REJECTED',
      message: /^Face not detected in image$/,
    },
    {
      name: 'a 422 with a nested message',
      stub: () => json(422, { error: { message: 'Image\u0000 too small' } }),
      status: 422,
      code: 'IMAGE_REJECTED',
      message: /^Image too small$/,
    },
    {
      name: 'a 400 without a reason',
      stub: () => new Response('', { status: 400 }),
      status: 422,
      code: 'IMAGE_REJECTED',
      message: /could not process this image/,
    },
    {
      name: 'a 429 with Retry-After',
      stub: () => json(429, { error: 'slow down' }, { 'Retry-After': '12' }),
      status: 429,
      code: 'RATE_LIMITED',
      retryAfter: '12',
    },
    {
      name: 'a 429 without Retry-After',
      stub: () => json(429, {}),
      status: 429,
      code: 'RATE_LIMITED',
      retryAfter: '30',
    },
  ];

  it.each(cases)(
    'maps $name to $status $code',
    async ({ stub, status, code, message, retryAfter }) => {
      const { handler, logs } = harness(stub);
      const response = await handler(liveRequest());
      expect(response.status).toBe(status);
      const error = await errorOf(response);
      expect(error.code).toBe(code);
      if (message !== undefined) expect(error.message).toMatch(message);
      expect(response.headers.get('retry-after')).toBe(retryAfter ?? null);
      expect(logs).toEqual([expect.objectContaining({ status, code, detail: expect.any(String) })]);
    },
  );

  it('answers 504 TIMEOUT when the upstream is slower than timeoutMs', async () => {
    vi.useFakeTimers();
    const { handler, logs } = harness(hang, { timeoutMs: 5000 });
    const pending = handler(liveRequest());
    await vi.advanceTimersByTimeAsync(4999);
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const response = await pending;
    expect(response.status).toBe(504);
    expect((await errorOf(response)).code).toBe('TIMEOUT');
    expect(logs[0]?.detail).toMatch(/5000 ms/);
  });

  it('stops the upstream call when the client goes away', async () => {
    const { handler, fetch } = harness(hang);
    const client = new AbortController();
    const request = new Request(liveRequest(), { signal: client.signal });
    const pending = handler(request);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    const upstreamSignal = fetch.mock.calls[0]?.[1]?.signal;
    client.abort();
    const response = await pending;
    expect(upstreamSignal?.aborted).toBe(true);
    expect(response.status).toBe(400);
  });

  it('logs credential problems for the operator but tells the client nothing about them', async () => {
    const { handler, logs } = harness(() => json(401, { error: 'Invalid app id or secret key' }));
    const response = await handler(liveRequest());
    const text = await response.text();
    expect(text).not.toMatch(/key|secret|app ?id|credential|dojah/i);
    expect(logs[0]?.level).toBe('error');
    expect(logs[0]?.detail).toMatch(/HTTP 401.*DOJAH_SECRET_KEY/);
  });
});

describe('the secret never leaks', () => {
  const echo = `Invalid Authorization header "${SECRET}" for app`;
  const behaviours: [string, UpstreamStub][] = [
    ['a 400 echoing the key', () => json(400, { error: echo })],
    ['a 401 echoing the key', () => json(401, { error: echo, key: SECRET })],
    ['a 402 echoing the key', () => json(402, { message: echo })],
    ['a 429 echoing the key', () => json(429, { error: echo }, { 'Retry-After': '3' })],
    ['a 500 echoing the key', () => json(500, { error: echo, headers: { Authorization: SECRET } })],
    ['a non-JSON 502 echoing the key', () => new Response(echo, { status: 502 })],
    ['a 200 off contract echoing the key', () => json(200, { entity: { liveness: SECRET } })],
    ['a valid 200 echoing the key', () => new Response(livenessBody(97, { debug: SECRET }))],
    ['a non-JSON 200 echoing the key', () => new Response(`oops ${SECRET}`)],
    ['a response header echoing the key', () => json(400, { error: 'bad' }, { 'X-Echo': SECRET })],
    ['a network error quoting the key', () => Promise.reject(new Error(`socket ${SECRET} reset`))],
    ['a thrown non-Error quoting the key', () => Promise.reject(`raw ${SECRET}`)],
  ];

  it.each(behaviours)('with %s', async (_name, stub) => {
    const lines: string[] = [];
    const { handler } = harness(stub, {
      logger: (entry) => lines.push(JSON.stringify(entry)),
    });
    const response = await handler(liveRequest());
    const headers = JSON.stringify([...response.headers]);
    const body = await response.text();
    expect(response.status).not.toBe(200);
    expect(lines).toHaveLength(1);
    for (const text of [body, headers, ...lines]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(SECRET.slice(3, 15));
    }
  });
});
