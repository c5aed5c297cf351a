import { createServer } from 'node:http';
import type { RequestListener, Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LivenessResultEvent } from '../handler/handler-options.js';
import type { RateLimitStore } from '../rate-limit/rate-limit-store.js';
import {
  errorOf,
  harness,
  IMAGE,
  postStreamed,
  STREAM_CHUNK_BYTES,
} from '../test-utils/harness.js';
import { livenessBody } from '../test-utils/liveness-fixtures.js';
import { createNodeListener } from './node-listener.js';

// The production path on Node: the handler behind the Node adapter, the real upstream transport
// (`fetch`) against a fake Dojah over HTTP.

const servers: Server[] = [];

async function listen(listener: RequestListener): Promise<{ base: string; server: Server }> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
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

/** A socket to the server that collects what it receives, as text. */
function rawClient(
  base: string,
  allowHalfOpen = false,
): { socket: Socket; received: () => string } {
  const socket = connect({ port: Number(new URL(base).port), host: '127.0.0.1', allowHalfOpen });
  socket.on('error', () => undefined);
  let text = '';
  socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
  return { socket, received: () => text };
}
const post = (url: string, body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
/** An upstream that never answers. */
const hang = () => new Promise<Response>(() => undefined);

describe('createNodeListener with createLivenessHandler', () => {
  it('answers 200 with the upstream body and the JSON headers', async () => {
    const { handler, dojah } = harness();
    const { base } = await listen(createNodeListener(handler));
    const response = await post(`${base}/api/liveness`, LIVE_BODY);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(livenessBody());
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(JSON.parse(dojah.requests[0]?.body ?? '')).toEqual({ image: IMAGE });
  });

  it.each([
    { name: 'another path', path: '/elsewhere', status: 404, code: 'NOT_FOUND' },
    { name: 'a GET', method: 'GET', status: 405, code: 'METHOD_NOT_ALLOWED' },
    {
      name: 'a text/plain body',
      headers: { 'Content-Type': 'text/plain' },
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    { name: 'a body that is not JSON', body: '{"image": ', status: 400, code: 'BAD_REQUEST' },
    {
      name: 'a foreign origin',
      headers: { Origin: 'https://evil.example' },
      status: 403,
      code: 'ORIGIN_NOT_ALLOWED',
    },
  ])(
    'answers $status $code to $name without calling the upstream',
    async ({ path = '/api/liveness', method = 'POST', headers = {}, body, status, code }) => {
      const { handler, dojah } = harness();
      const { base } = await listen(createNodeListener(handler));
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', ...headers },
        ...(method === 'GET' ? {} : { body: body ?? LIVE_BODY }),
      });
      expect(response.status).toBe(status);
      expect((await errorOf(response)).code).toBe(code);
      expect(dojah.requests).toHaveLength(0);
    },
  );

  it('answers 413 to a streamed body over the limit, reading little past it', async () => {
    const { handler, logs } = harness(undefined, { maxImageBytes: 10_000 });
    const { base } = await listen(createNodeListener(handler));
    const response = await postStreamed(`${base}/api/liveness`, 4 * 1024 * 1024);
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe('PAYLOAD_TOO_LARGE');
    const limit = Math.ceil(10_000 / 3) * 4 + 4096;
    expect(logs[0]?.bytesIn).toBeGreaterThan(limit);
    expect(logs[0]?.bytesIn).toBeLessThanOrEqual(limit + 2 * STREAM_CHUNK_BYTES);
  });

  it('answers 413 to a declared Content-Length over the limit without reading the body', async () => {
    const { handler, logs } = harness(undefined, { maxImageBytes: 10_000 });
    const { base } = await listen(createNodeListener(handler));
    const response = await post(`${base}/api/liveness`, 'x'.repeat(2 * 1024 * 1024));
    expect(response.status).toBe(413);
    expect(logs).toEqual([expect.objectContaining({ status: 413, bytesIn: 0 })]);
  });

  it('answers an allowed preflight and a same-origin POST', async () => {
    const APP = 'https://app.example.com';
    const { handler } = harness(undefined, { allowedOrigins: [APP] });
    const { base } = await listen(createNodeListener(handler));
    const preflight = await fetch(`${base}/api/liveness`, {
      method: 'OPTIONS',
      headers: { Origin: APP, 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(APP);
    const same = await post(`${base}/api/liveness`, LIVE_BODY, { Origin: base });
    expect(same.status).toBe(200);
    expect(same.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('gives onResult the Web Request and the socket address, and rate-limits by it', async () => {
    const events: LivenessResultEvent[] = [];
    const { handler } = harness(undefined, {
      onResult: (event) => void events.push(event),
      rateLimit: { limit: 1 },
    });
    const { base } = await listen(createNodeListener(handler));
    const response = await post(`${base}/api/liveness?x=1`, LIVE_BODY, { 'x-session': 'abc' });
    expect(response.status).toBe(200);
    expect(events[0]?.request.url).toBe(`${base}/api/liveness?x=1`);
    expect(events[0]?.request.headers.get('x-session')).toBe('abc');
    expect(events[0]?.clientAddress).toBe('127.0.0.1');
    expect((await post(`${base}/api/liveness`, LIVE_BODY)).status).toBe(429);
  });

  it('stops the upstream call when the client disconnects, and logs 400', async () => {
    const { handler, dojah, logs } = harness(hang);
    const { base } = await listen(createNodeListener(handler));
    const client = new AbortController();
    const pending = fetch(`${base}/api/liveness`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: LIVE_BODY,
      signal: client.signal,
    }).catch((error: unknown) => (error as Error).name);
    await vi.waitFor(() => expect(dojah.requests).toHaveLength(1));
    client.abort();
    expect(await pending).toBe('AbortError');
    await vi.waitFor(() => expect(dojah.abandoned).toBe(1));
    await vi.waitFor(() => expect(logs).toHaveLength(1));
    expect(logs[0]).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });

  it('logs 400 when the client sends part of the body and goes away', async () => {
    const { handler, dojah, logs } = harness();
    const { base, server } = await listen(createNodeListener(handler));
    const received = new Promise<void>((resolve) => server.once('request', () => resolve()));
    const socket = connect(Number(new URL(base).port), '127.0.0.1');
    socket.on('error', () => undefined);
    socket.write(
      'POST /api/liveness HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
        'Content-Length: 1000\r\n\r\n{"image":"/9j/4AAQ',
    );
    await received;
    socket.destroy();
    await vi.waitFor(() => expect(logs).toHaveLength(1));
    expect(logs[0]).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect(dojah.requests).toHaveLength(0);
  });
  // A shared store (Redis, ...) answers after a network round trip: the client can be gone
  // before the handler starts reading the body.
  it.each([
    { what: 'part of the body', sent: '{"image":"/9j/4AAQ', declared: 1000 },
    { what: 'the whole body', sent: LIVE_BODY, declared: LIVE_BODY.length },
  ])(
    'logs 400 when the client sends $what, then goes while the rate limit store is busy',
    async ({ sent, declared }) => {
      let release: () => void = () => undefined;
      const busy = new Promise<void>((resolve) => (release = resolve));
      const store: RateLimitStore = {
        hit: async (_key, windowMs) => {
          await busy;
          return { count: 1, resetAt: Date.now() + windowMs };
        },
      };
      const { handler, dojah, logs } = harness(undefined, { rateLimit: { store } });
      const { base, server } = await listen(createNodeListener(handler));
      const received = new Promise<void>((resolve) => server.once('request', () => resolve()));
      const socket = connect(Number(new URL(base).port), '127.0.0.1');
      socket.on('error', () => undefined);
      socket.write(
        'POST /api/liveness HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
          `Content-Length: ${declared}\r\n\r\n${sent}`,
      );
      await received;
      socket.destroy();
      await new Promise((resolve) => setTimeout(resolve, 50));
      release();
      await vi.waitFor(() => expect(logs).toHaveLength(1));
      expect(logs[0]).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
      expect(dojah.requests).toHaveLength(0);
    },
  );
});

describe('createNodeListener', () => {
  it('works as connect/Vite middleware: other paths go to next()', async () => {
    const { handler } = harness();
    const listener = createNodeListener(handler);
    const { base } = await listen((req, res) => {
      listener(req, res, () => {
        res.statusCode = 299;
        res.end('next');
      });
    });
    const other = await fetch(`${base}/index.html`);
    expect(other.status).toBe(299);
    expect(await other.text()).toBe('next');
    expect((await post(`${base}/api/liveness`, LIVE_BODY)).status).toBe(200);
  });

  it('serves any Web handler, leaving the global Request and Response alone', async () => {
    const { Request: OwnRequest, Response: OwnResponse } = globalThis;
    const { base } = await listen(
      createNodeListener((request) => Promise.resolve(new Response(`hi ${request.method}`))),
    );
    expect(await (await fetch(`${base}/any`)).text()).toBe('hi GET');
    expect(globalThis.Request).toBe(OwnRequest);
    expect(globalThis.Response).toBe(OwnResponse);
  });

  it('answers with a Content-Length, not chunked, and keeps the connection', async () => {
    const { base } = await listen(createNodeListener(() => Promise.resolve(new Response('hello'))));
    const client = rawClient(base);
    client.socket.write('GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n');
    await vi.waitFor(() => expect(client.received().match(/hello/g)).toHaveLength(2));
    expect(client.received()).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(client.received()).toMatch(/content-length: 5\r\n/i);
    expect(client.received()).not.toMatch(/transfer-encoding/i);
    client.socket.destroy();
  });

  it('passes on every header of the answer, each Set-Cookie on its own', async () => {
    const headers = new Headers([
      ['set-cookie', 'a=1'],
      ['set-cookie', 'b=2'],
      ['x-one', 'y'],
    ]);
    const { base } = await listen(
      createNodeListener(() => Promise.resolve(new Response('ok', { headers }))),
    );
    const response = await fetch(`${base}/any`);
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(response.headers.get('x-one')).toBe('y');
  });

  it('answers a client still sending at once, reads the rest of its body, then closes', async () => {
    const { base } = await listen(
      createNodeListener(() => Promise.resolve(new Response('no', { status: 403 }))),
    );
    // Half-open, as an HTTP client is: the answer's end does not end the client's sending.
    const client = rawClient(base, true);
    let failure: unknown;
    client.socket.on('error', (error) => (failure = error));
    let endedAt = 0;
    const ended = new Promise((resolve) => client.socket.once('end', resolve)).then(
      () => (endedAt = Date.now()),
    );
    const half = 'x'.repeat(64 * 1024);
    client.socket.write(
      `POST /a HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: ${2 * half.length}\r\n\r\n${half}`,
    );
    await vi.waitFor(() => expect(client.received()).toMatch(/^HTTP\/1\.1 403 .*\r\n\r\nno$/s));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const sentAt = Date.now();
    await new Promise((resolve) =>
      client.socket.write(half, (error) => resolve((failure ??= error ?? undefined))),
    );
    await ended;
    expect(failure).toBeUndefined();
    expect(endedAt).toBeGreaterThanOrEqual(sentAt);
    client.socket.destroy();
  });

  it('cuts the connection when the rest of a body the handler left does not come', async () => {
    const { base } = await listen(
      createNodeListener(() => Promise.resolve(new Response('no', { status: 403 }))),
    );
    const client = rawClient(base);
    const closed = new Promise((resolve) => client.socket.once('close', resolve));
    const started = Date.now();
    client.socket.write('POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{"image":');
    await closed;
    expect(client.received()).toMatch(/^HTTP\/1\.1 403 Forbidden\r\n/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  });

  it('answers 400 to a TRACE without the handler, and goes on serving', async () => {
    const seen: string[] = [];
    const { base } = await listen(
      createNodeListener((request) => {
        seen.push(request.method);
        return Promise.resolve(new Response('ok'));
      }),
    );
    const client = rawClient(base);
    client.socket.write('TRACE /a HTTP/1.1\r\nHost: x\r\n\r\n');
    await vi.waitFor(() => expect(client.received()).toMatch(/^HTTP\/1\.1 400/));
    client.socket.destroy();
    expect(await (await fetch(`${base}/b`)).text()).toBe('ok');
    expect(seen).toEqual(['GET']);
  });

  it('passes an HTTP/1.0 request without Host to the handler', async () => {
    const { base } = await listen(
      createNodeListener((request) => Promise.resolve(new Response(request.url))),
    );
    const client = rawClient(base);
    client.socket.write('GET /any?x=1 HTTP/1.0\r\n\r\n');
    await vi.waitFor(() => expect(client.received()).toMatch(/http:\/\/localhost\/any\?x=1$/));
  });

  it('closes the connection when the answer cannot be read, and goes on serving', async () => {
    const broken = new ReadableStream({ pull: (controller) => controller.error(new Error('x')) });
    let calls = 0;
    const { base } = await listen(
      createNodeListener(() => Promise.resolve(new Response((calls += 1) === 1 ? broken : 'fine'))),
    );
    await expect(fetch(`${base}/a`)).rejects.toThrow();
    expect(await (await fetch(`${base}/b`)).text()).toBe('fine');
  });

  it('answers 500 when a handler throws', async () => {
    const { base } = await listen(createNodeListener(() => Promise.reject(new Error('bug'))));
    expect((await fetch(`${base}/any`)).status).toBe(500);
  });
});
