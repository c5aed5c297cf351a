import { describe, expect, it, vi } from 'vitest';
import type { FakeDojahAnswer } from '../test-utils/fake-dojah.js';
import { errorOf, harness, liveRequest, SECRET } from '../test-utils/harness.js';
import { livenessBody } from '../test-utils/liveness-fixtures.js';
import { dojahUpstream } from '../upstream/dojah-upstream.js';
import { createLivenessHandler } from './create-liveness-handler.js';

type UpstreamStub = FakeDojahAnswer;

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

/** An upstream that never answers. */
const hang: UpstreamStub = () => new Promise<Response>(() => undefined);

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
      name: 'a dropped connection',
      stub: () => Promise.reject(new TypeError('drop')),
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

  it('answers 504 TIMEOUT when the upstream is slower than timeoutMs, and hangs up', async () => {
    const { handler, dojah, logs } = harness(hang, { timeoutMs: 300 });
    const started = performance.now();
    const response = await handler(liveRequest());
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(response.status).toBe(504);
    expect((await errorOf(response)).code).toBe('TIMEOUT');
    expect(logs[0]?.detail).toMatch(/300 ms/);
    await vi.waitFor(() => expect(dojah.abandoned).toBe(1));
  });

  it('answers 502 when nothing listens at the base URL', async () => {
    const { logs } = harness();
    const handler = createLivenessHandler({
      open: true,
      upstream: dojahUpstream({ appId: 'a', secretKey: SECRET, baseUrl: 'http://127.0.0.1:1' }),
      logger: (entry) => logs.push(entry),
    });
    const response = await handler(liveRequest());
    expect(response.status).toBe(502);
    expect(logs[0]?.detail).toMatch(/^Dojah request failed: fetch failed/);
  });

  it('stops the upstream call when the client goes away, and logs 400', async () => {
    const { handler, dojah, logs } = harness(hang);
    const client = new AbortController();
    const request = new Request(liveRequest(), { signal: client.signal });
    const pending = handler(request);
    await vi.waitFor(() => expect(dojah.requests).toHaveLength(1));
    client.abort();
    const response = await pending;
    expect(response.status).toBe(400);
    expect(logs[0]).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    await vi.waitFor(() => expect(dojah.abandoned).toBe(1));
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
    ['a dropped connection', () => Promise.reject(new Error('drop'))],
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

describe('dojahUpstream without credentials (a build without secrets)', () => {
  it.each([
    ['appId', { secretKey: SECRET }, /appId is not set/],
    ['secretKey', { appId: 'app' }, /secretKey is not set/],
    ['a usable baseUrl', { appId: 'app', secretKey: SECRET, baseUrl: 'not a url' }, /baseUrl/],
  ])(
    'constructs without %s, then answers 500 MISCONFIGURED and logs why',
    async (_name, options, detail) => {
      const upstream = dojahUpstream({ appId: undefined, secretKey: undefined, ...options });
      const { dojah, logs } = harness();
      const handler = createLivenessHandler({
        upstream,
        open: true,
        logger: (entry) => logs.push(entry),
      });
      const response = await handler(liveRequest());
      expect(response.status).toBe(500);
      const error = await errorOf(response);
      expect(error).toEqual({
        code: 'MISCONFIGURED',
        message: 'The liveness proxy is misconfigured; the details are in its server log.',
      });
      expect(logs).toEqual([
        expect.objectContaining({ level: 'error', status: 500, code: 'MISCONFIGURED' }),
      ]);
      expect(logs[0]?.detail).toMatch(detail);
      expect(JSON.stringify(logs)).not.toContain(SECRET);
      expect(dojah.requests).toHaveLength(0);
    },
  );
});
