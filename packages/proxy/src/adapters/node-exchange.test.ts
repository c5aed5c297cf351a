import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LivenessResultEvent, RequestContext } from '../handler/handler-options.js';
import { EXCHANGE_HANDLER } from '../handler/exchange.js';
import type { ExchangeHandler } from '../handler/exchange.js';
import type { RateLimitStore } from '../rate-limit/rate-limit-store.js';
import {
  errorOf,
  harness,
  IMAGE,
  postStreamed,
  STREAM_CHUNK_BYTES,
} from '../test-utils/harness.js';
import type { UpstreamStub } from '../test-utils/harness.js';
import { livenessBody } from '../test-utils/liveness-fixtures.js';
import { createNodeListener } from './node-listener.js';
import type { FetchHandler } from './node-listener.js';

// These tests hand `createNodeListener` the handler itself (not a wrapper), so it takes the
// exchange path: the body read from `IncomingMessage`, the reply written straight to `res`.

const servers: Server[] = [];

async function serve(handler: FetchHandler & { readonly path?: string }): Promise<{
  base: string;
  port: number;
  server: Server;
}> {
  const server = createServer(createNodeListener(handler));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, port, server };
}

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise((resolve) => {
          server.closeAllConnections();
          server.close(resolve);
        }),
    ),
  );
});

const LIVE_BODY = JSON.stringify({ image: IMAGE });

const post = (url: string, body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

/** An upstream fetch that never answers, but rejects as fetch does when its signal aborts. */
function hangingUpstream(): { stub: UpstreamStub; signal: () => AbortSignal | undefined } {
  let seen: AbortSignal | undefined;
  const stub: UpstreamStub = (_url, init) =>
    new Promise((_resolve, reject) => {
      seen = init.signal ?? undefined;
      init.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
    });
  return { stub, signal: () => seen };
}

/** Sends a request head and `body` (all or part of `declaredLength` bytes) over a raw socket. */
function sendBody(port: number, declaredLength: number, body: string) {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  socket.write(
    [
      'POST /api/liveness HTTP/1.1',
      `Host: 127.0.0.1:${port}`,
      'Content-Type: application/json',
      `Content-Length: ${declaredLength}`,
      '',
      body,
    ].join('\r\n'),
  );
  return socket;
}

describe('createNodeListener with a createLivenessHandler handler (exchange path)', () => {
  it('takes the exchange path: the handler offers it and the listener uses it', async () => {
    const { handler } = harness();
    const exchange = vi.spyOn(
      handler as unknown as Record<typeof EXCHANGE_HANDLER, ExchangeHandler>,
      EXCHANGE_HANDLER,
    );
    const { base } = await serve(handler);

    expect((await post(`${base}/api/liveness`, LIVE_BODY)).status).toBe(200);
    expect(exchange).toHaveBeenCalledTimes(1);
  });

  it('answers 200 with the upstream body, the JSON headers and its exact length', async () => {
    const { handler, fetch: upstream } = harness();
    const { base } = await serve(handler);

    const response = await post(`${base}/api/liveness`, LIVE_BODY);
    const text = await response.text();

    expect(response.status).toBe(200);
    expect(upstream).toHaveBeenCalledTimes(1);
    expect(text).toBe(livenessBody());
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
    expect(response.headers.get('transfer-encoding')).toBeNull();
  });

  const refusals: {
    name: string;
    path?: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    status: number;
    code: string;
    message: string;
    allow?: string;
  }[] = [
    {
      name: 'another path',
      path: '/elsewhere',
      status: 404,
      code: 'NOT_FOUND',
      message: 'Nothing here; the liveness endpoint is POST /api/liveness.',
    },
    {
      name: 'a GET',
      method: 'GET',
      status: 405,
      code: 'METHOD_NOT_ALLOWED',
      message: 'Use POST /api/liveness.',
      allow: 'POST, OPTIONS',
    },
    {
      name: 'a body that is not JSON by its Content-Type',
      headers: { 'Content-Type': 'text/plain' },
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'Send the image as JSON with Content-Type: application/json.',
    },
    {
      name: 'a body that is not valid JSON',
      body: '{"image": ',
      status: 400,
      code: 'BAD_REQUEST',
      message: 'The request body is not valid JSON. Send { "image": "<base64>" }.',
    },
  ];

  it.each(refusals)(
    'answers $status $code to $name',
    async ({ path = '/api/liveness', method = 'POST', headers = {}, body, ...expected }) => {
      const { handler, fetch: upstream } = harness();
      const { base } = await serve(handler);
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', ...headers },
        ...(method === 'GET' ? {} : { body: body ?? LIVE_BODY }),
      });

      expect(response.status).toBe(expected.status);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('allow')).toBe(expected.allow ?? null);
      expect(await errorOf(response)).toEqual({ code: expected.code, message: expected.message });
      expect(upstream).not.toHaveBeenCalled();
    },
  );

  it('answers 413 to a streamed body (chunked, no Content-Length) over the limit', async () => {
    const { handler, fetch: upstream, logs } = harness(undefined, { maxImageBytes: 10_000 });
    const { base } = await serve(handler);
    const response = await postStreamed(`${base}/api/liveness`, 4 * 1024 * 1024);

    expect(response.status).toBe(413);
    const limit = Math.ceil(10_000 / 3) * 4 + 4096;
    expect(await errorOf(response)).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: `The request body is larger than the limit of ${limit} bytes. Send a smaller image.`,
    });
    expect(upstream).not.toHaveBeenCalled();
    expect(logs).toEqual([expect.objectContaining({ status: 413, code: 'PAYLOAD_TOO_LARGE' })]);
    // It stopped counting just past the limit rather than reading the 4 MiB.
    expect(logs[0]?.bytesIn).toBeGreaterThan(limit);
    expect(logs[0]?.bytesIn).toBeLessThanOrEqual(limit + STREAM_CHUNK_BYTES);
  });

  it('answers 413 at once to a declared Content-Length over the limit, and closes', async () => {
    const { handler, logs } = harness(undefined, { maxImageBytes: 10_000 });
    const { base } = await serve(handler);
    const response = await post(`${base}/api/liveness`, 'x'.repeat(2 * 1024 * 1024));

    expect(response.status).toBe(413);
    expect(response.headers.get('connection')).toBe('close');
    expect((await errorOf(response)).code).toBe('PAYLOAD_TOO_LARGE');
    // Refused on the declared length: not one byte of the body was read.
    expect(logs).toEqual([expect.objectContaining({ status: 413, bytesIn: 0 })]);
  });

  describe('origins', () => {
    const APP = 'https://app.example.com';

    it('answers an allowed preflight 204 with the CORS headers', async () => {
      const { handler } = harness(undefined, { allowedOrigins: [APP] });
      const { base } = await serve(handler);
      const response = await fetch(`${base}/api/liveness`, {
        method: 'OPTIONS',
        headers: { Origin: APP, 'Access-Control-Request-Method': 'POST' },
      });

      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(APP);
      expect(response.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
      expect(response.headers.get('allow')).toBe('POST, OPTIONS');
      expect(await response.text()).toBe('');
    });

    it('sends the CORS header with the answer to an allowed origin', async () => {
      const { handler } = harness(undefined, { allowedOrigins: [APP] });
      const { base } = await serve(handler);
      const response = await post(`${base}/api/liveness`, LIVE_BODY, { Origin: APP });

      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(APP);
      expect(response.headers.get('vary')).toBe('Origin');
    });

    it('answers 403 to a foreign origin without calling the upstream', async () => {
      const { handler, fetch: upstream } = harness(undefined, { allowedOrigins: [APP] });
      const { base } = await serve(handler);
      const response = await post(`${base}/api/liveness`, LIVE_BODY, {
        Origin: 'https://evil.example',
      });

      expect(response.status).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect((await errorOf(response)).code).toBe('ORIGIN_NOT_ALLOWED');
      expect(upstream).not.toHaveBeenCalled();
    });

    it('accepts a same-origin request (Origin is the server itself)', async () => {
      const { handler, fetch: upstream } = harness();
      const { base } = await serve(handler);
      const response = await post(`${base}/api/liveness`, LIVE_BODY, { Origin: base });

      expect(response.status).toBe(200);
      expect(upstream).toHaveBeenCalledTimes(1);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  it('gives onResult a Web Request with the client headers, and the socket address', async () => {
    const events: LivenessResultEvent[] = [];
    const { handler } = harness(undefined, { onResult: (event) => void events.push(event) });
    const { base } = await serve(handler);
    const response = await post(`${base}/api/liveness?x=1`, LIVE_BODY, { 'x-session': 'abc' });

    expect(response.status).toBe(200);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.request).toBeInstanceOf(Request);
    expect(event?.request.method).toBe('POST');
    expect(event?.request.url).toBe(`${base}/api/liveness?x=1`);
    expect(event?.request.headers.get('x-session')).toBe('abc');
    expect(event?.request.headers.get('content-type')).toBe('application/json');
    expect(event?.clientAddress).toBe('127.0.0.1');
    expect(event?.verdict.outcome).toBe('pass');
  });

  it('aborts the upstream call when the client disconnects mid-request', async () => {
    const { stub, signal } = hangingUpstream();
    const { handler, logs } = harness(stub);
    const { base } = await serve(handler);
    const client = new AbortController();
    const pending = fetch(`${base}/api/liveness`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: LIVE_BODY,
      signal: client.signal,
    }).catch((error: unknown) => (error as Error).name);

    await vi.waitFor(() => expect(signal()).toBeDefined());
    expect(signal()?.aborted).toBe(false);
    client.abort();

    expect(await pending).toBe('AbortError');
    await vi.waitFor(() => expect(signal()?.aborted).toBe(true));
    await vi.waitFor(() => expect(logs).toHaveLength(1));
    expect(logs[0]).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });

  it('logs 400 BAD_REQUEST when the client sends part of the body and goes away', async () => {
    const { handler, fetch: upstream, logs } = harness();
    const { port, server } = await serve(handler);
    const received = new Promise<void>((resolve) => server.once('request', () => resolve()));
    const socket = sendBody(port, 1000, '{"image":"/9j/4AAQ');
    await received;
    socket.destroy();

    await vi.waitFor(() => expect(logs).toHaveLength(1));
    expect(logs[0]).toMatchObject({ status: 400, code: 'BAD_REQUEST', method: 'POST' });
    expect(upstream).not.toHaveBeenCalled();
  });

  // A shared store (Redis, ...) answers after a network round trip: the client can be gone
  // before the handler starts reading the body. The Web path (the same handler behind a
  // wrapper) is here for comparison.
  const PART = '{"image":"/9j/4AAQ';
  it.each([
    { path: 'exchange', what: 'part of the body', sent: PART, declared: 1000 },
    { path: 'exchange', what: 'the whole body', sent: LIVE_BODY, declared: LIVE_BODY.length },
    { path: 'web', what: 'part of the body', sent: PART, declared: 1000 },
    { path: 'web', what: 'the whole body', sent: LIVE_BODY, declared: LIVE_BODY.length },
  ])(
    '$path path: logs 400 when the client sends $what, then goes while the rate limit store is busy',
    async ({ path, sent, declared }) => {
      let clientGone: () => void = () => undefined;
      const gone = new Promise<void>((resolve) => (clientGone = resolve));
      const store: RateLimitStore = {
        hit: async (_key, windowMs) => {
          await gone;
          return { count: 1, resetAt: Date.now() + windowMs };
        },
      };
      const { handler, fetch: upstream, logs } = harness(undefined, { rateLimit: { store } });
      const wrapped = Object.assign(
        (request: Request, context?: RequestContext) => handler(request, context),
        { path: handler.path },
      );
      const { port, server } = await serve(path === 'exchange' ? handler : wrapped);
      const received = new Promise<IncomingMessage>((resolve) =>
        server.once('request', (req: IncomingMessage) => resolve(req)),
      );
      const socket = sendBody(port, declared, sent);
      const req = await received;
      socket.destroy();
      await new Promise((resolve) => req.once('close', resolve));
      clientGone();

      await vi.waitFor(() => expect(logs).toHaveLength(1), { timeout: 1000 });
      expect(logs[0]).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
      expect(upstream).not.toHaveBeenCalled();
    },
  );
});
