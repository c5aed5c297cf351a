import { createServer, request } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import { createNodeListener } from '../adapters/node-listener.js';
import { createLivenessHandler } from '../handler/create-liveness-handler.js';
import type { LogEntry } from '../logging/log-entry.js';
import { countAbortControllers } from '../test-utils/count-abort-controllers.js';
import { APP_ID, errorOf, IMAGE, liveRequest, SECRET } from '../test-utils/harness.js';
import { livenessBody } from '../test-utils/liveness-fixtures.js';
import { makeJpeg, toBase64 } from '../test-utils/images.js';
import { dojahUpstream } from './dojah-upstream.js';
import { fetchPost, nodePost } from './http-post.js';

/** What the fake Dojah received. */
interface Received {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

type Respond = (res: ServerResponse, req: IncomingMessage) => void;

const servers: Server[] = [];

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

/** A local fake of Dojah's liveness endpoint: `respond` answers once the body has arrived. */
async function fakeDojah(respond: Respond = (res) => res.end(livenessBody())) {
  const received: Received[] = [];
  let connections = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({
        method: req.method,
        url: req.url,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      respond(res, req);
    });
  });
  server.on('connection', () => (connections += 1));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { baseUrl, received, connections: () => connections };
}

/** A selfie-sized image (about 100 KB of Base64): a body read in several chunks. */
const LARGE_IMAGE = toBase64(makeJpeg({ width: 640, height: 480 }, 95));

setFlagsFromString('--expose-gc');
/** V8's full collection, for the test that the request body is not held while Dojah answers. */
const collectGarbage = runInNewContext('gc') as () => void;

/** A port nothing listens on: bound, then released. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The proxy with the Dojah upstream and no `fetch` option: Node's own http transport. Log
 * entries go to `logs` (nothing is printed), for the operator detail of a failure.
 */
function proxyTo(baseUrl: string, timeoutMs?: number, logs: LogEntry[] = []) {
  return createLivenessHandler({
    upstream: dojahUpstream({
      appId: APP_ID,
      secretKey: SECRET,
      baseUrl,
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    }),
    logger: (entry) => logs.push(entry),
    rateLimit: false,
  });
}

/**
 * A server that answers every POST at once, with Node's `Keep-Alive: timeout=N` header when
 * `keepAliveTimeout` is set (none when 0). For each connection it records when the client
 * closed it (the server saw its end first) and how long after the last answer.
 */
async function keepAliveServer(keepAliveTimeout: number) {
  const closedByClient: number[] = [];
  let connections = 0;
  let lastAnswer = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.end('{}');
      lastAnswer = performance.now();
    });
  });
  server.keepAliveTimeout = keepAliveTimeout;
  server.on('connection', (socket) => {
    connections += 1;
    socket.on('end', () => closedByClient.push(performance.now() - lastAnswer));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/ml/liveness/`;
  return { url, closedByClient, connections: () => connections };
}

describe('nodePost', () => {
  const signal = new AbortController().signal;
  const body = [new TextEncoder().encode('{"image":"AAAA"}')];
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('is the transport on Node (process.getBuiltinModule exists)', () => {
    expect(typeof nodePost()).toBe('function');
  });

  it('keeps an idle connection as long as the server announced, less a second', async () => {
    const server = await keepAliveServer(2000);
    const post = nodePost({ idleMs: 200 });
    expect((await post?.(server.url, {}, body, signal, 5000))?.text).toBe('{}');
    // Past the 200 ms default: still the same connection.
    await sleep(500);
    expect((await post?.(server.url, {}, body, signal, 5000))?.text).toBe('{}');
    expect(server.connections()).toBe(1);
    // The client closes it after about a second, before the server's own two.
    await vi.waitFor(() => expect(server.closedByClient).toHaveLength(1), { timeout: 3000 });
    expect(server.closedByClient[0]).toBeGreaterThanOrEqual(900);
  });

  it('closes an idle connection after the default when the server announced nothing', async () => {
    const server = await keepAliveServer(0);
    const post = nodePost({ idleMs: 200 });
    expect((await post?.(server.url, {}, body, signal, 5000))?.text).toBe('{}');
    await vi.waitFor(() => expect(server.closedByClient).toHaveLength(1), { timeout: 3000 });
    expect(server.closedByClient[0]).toBeGreaterThanOrEqual(150);
    expect(server.closedByClient[0]).toBeLessThan(900);
  });

  it('does not reuse a connection the server keeps for one second only', async () => {
    const server = await keepAliveServer(1000);
    const post = nodePost({ idleMs: 5000 });
    expect((await post?.(server.url, {}, body, signal, 5000))?.text).toBe('{}');
    expect((await post?.(server.url, {}, body, signal, 5000))?.text).toBe('{}');
    expect(server.connections()).toBe(2);
  });
});

describe('dojahUpstream over node:http (no fetch option)', () => {
  // The global fetch is never the transport here: every test fails if it is called.
  let globalFetch: MockInstance<typeof fetch>;
  beforeEach(() => {
    globalFetch = vi.spyOn(globalThis, 'fetch');
  });
  afterEach(() => {
    expect(globalFetch).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('posts the image to /api/v1/ml/liveness/ with AppId and the raw key only', async () => {
    const dojah = await fakeDojah();
    const handler = proxyTo(dojah.baseUrl);
    const response = await handler(
      liveRequest({
        headers: { Cookie: 'session=abc', Authorization: 'Bearer client-token', 'X-Custom': 'x' },
      }),
    );

    expect(response.status).toBe(200);
    expect(dojah.received).toHaveLength(1);
    const [request] = dojah.received;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/api/v1/ml/liveness/');
    expect(request?.headers['appid']).toBe(APP_ID);
    expect(request?.headers['authorization']).toBe(SECRET);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['content-length']).toBe(String(Buffer.byteLength(request?.body ?? '')));
    expect(request?.headers['cookie']).toBeUndefined();
    expect(request?.headers['x-custom']).toBeUndefined();
    expect(request?.headers['transfer-encoding']).toBeUndefined();
    expect(request?.headers['accept-encoding']).toBe('identity');
    expect(request?.headers['host']).toBe(new URL(dojah.baseUrl).host);
    // These and no others, each once.
    expect(Object.keys(request?.headers ?? {}).sort()).toEqual([
      'accept',
      'accept-encoding',
      'appid',
      'authorization',
      'connection',
      'content-length',
      'content-type',
      'host',
    ]);
    expect(request?.body).toBe(`{"image":"${IMAGE}"}`);
  });

  it('strips a data: URL prefix before sending', async () => {
    const dojah = await fakeDojah();
    const response = await proxyTo(dojah.baseUrl)(
      liveRequest({ image: `data:image/jpeg;base64,${IMAGE}` }),
    );

    expect(response.status).toBe(200);
    expect(dojah.received[0]?.body).toBe(`{"image":"${IMAGE}"}`);
    expect(dojah.received[0]?.headers['content-length']).toBe(
      String(`{"image":"${IMAGE}"}`.length),
    );
  });

  const encodings: { name: string; encode: (text: string) => Buffer }[] = [
    { name: 'identity', encode: (text) => Buffer.from(text) },
    { name: 'gzip', encode: (text) => gzipSync(text) },
    { name: 'deflate', encode: (text) => deflateSync(text) },
    { name: 'br', encode: (text) => brotliCompressSync(text) },
  ];

  it.each(encodings)('returns the 200 body unchanged (Content-Encoding $name)', async (coding) => {
    // Dojah's body, with a field the proxy does not know, byte for byte.
    const body = livenessBody(88, { reference_id: 'ref-\u00e9-42' });
    const dojah = await fakeDojah((res) => {
      res.writeHead(200, {
        'Content-Type': 'application/json',
        ...(coding.name === 'identity' ? {} : { 'Content-Encoding': coding.name }),
      });
      res.end(coding.encode(body));
    });
    const response = await proxyTo(dojah.baseUrl)(liveRequest());

    expect(response.status).toBe(200);
    expect(await response.text()).toBe(body);
  });

  const failures: {
    name: string;
    respond: Respond;
    status: number;
    code: string;
    detail: RegExp;
    retryAfter?: string;
  }[] = [
    {
      name: 'a 401 (bad credentials)',
      respond: (res) => {
        res.writeHead(401, { 'Content-Type': 'application/json' });
        res.end('{"error":"Unauthorized"}');
      },
      status: 500,
      code: 'MISCONFIGURED',
      detail: /^Dojah refused the credentials \(HTTP 401\)/,
    },
    {
      name: 'a 429 with Retry-After: 7',
      respond: (res) => {
        res.writeHead(429, { 'Retry-After': '7' });
        res.end('{"error":"slow down"}');
      },
      status: 429,
      code: 'RATE_LIMITED',
      detail: /^Dojah rate limit \(HTTP 429\)/,
      retryAfter: '7',
    },
    {
      name: 'a 503',
      respond: (res) => {
        res.writeHead(503);
        res.end('down');
      },
      status: 502,
      code: 'UPSTREAM_ERROR',
      detail: /^Dojah answered HTTP 503/,
    },
    // The part sent is a whole valid answer: only the framing says more was coming.
    {
      name: 'a socket destroyed mid-answer (Content-Length)',
      respond: (res) => {
        const body = livenessBody();
        res.writeHead(200, { 'Content-Length': String(body.length + 100) });
        res.write(body, () => res.socket?.destroy());
      },
      status: 502,
      code: 'UPSTREAM_ERROR',
      detail: /^Dojah unreachable: /,
    },
    {
      name: 'a socket destroyed mid-answer (chunked)',
      respond: (res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write(livenessBody(), () => res.socket?.destroy());
      },
      status: 502,
      code: 'UPSTREAM_ERROR',
      detail: /^Dojah unreachable: /,
    },
    {
      name: 'an unsupported Content-Encoding',
      respond: (res) => {
        res.writeHead(200, { 'Content-Encoding': 'zstd' });
        res.end(livenessBody());
      },
      status: 502,
      code: 'UPSTREAM_ERROR',
      detail: /^Dojah unreachable: the answer has an unsupported Content-Encoding "zstd"$/,
    },
    {
      name: 'a gzip answer that is not gzip',
      respond: (res) => {
        res.writeHead(200, { 'Content-Encoding': 'gzip' });
        res.end(livenessBody());
      },
      status: 502,
      code: 'UPSTREAM_ERROR',
      detail: /^Dojah unreachable: /,
    },
  ];

  it.each(failures)('answers $status $code to $name', async ({ respond, ...expected }) => {
    const dojah = await fakeDojah(respond);
    const logs: LogEntry[] = [];
    const response = await proxyTo(dojah.baseUrl, undefined, logs)(liveRequest());

    expect(response.status).toBe(expected.status);
    expect((await errorOf(response)).code).toBe(expected.code);
    expect(response.headers.get('retry-after')).toBe(expected.retryAfter ?? null);
    expect(dojah.received).toHaveLength(1);
    expect(logs[0]?.detail).toMatch(expected.detail);
    expect(logs[0]?.detail).not.toContain(SECRET);
  });

  it('answers 502 when nothing listens at the base URL', async () => {
    const port = await freePort();
    const logs: LogEntry[] = [];
    const response = await proxyTo(`http://127.0.0.1:${port}`, undefined, logs)(liveRequest());

    expect(response.status).toBe(502);
    expect((await errorOf(response)).code).toBe('UPSTREAM_ERROR');
    expect(logs[0]?.detail).toMatch(/^Dojah unreachable: .*ECONNREFUSED/);
  });

  it.each<{ name: string; respond: Respond }>([
    { name: 'never answers', respond: () => undefined },
    {
      name: 'stops in the middle of its answer',
      respond: (res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write(livenessBody().slice(0, 40));
      },
    },
  ])('answers 504 TIMEOUT when Dojah $name, and drops the connection', async ({ respond }) => {
    let closed = false;
    const dojah = await fakeDojah((res, req) => {
      req.socket.once('close', () => (closed = true));
      respond(res, req);
    });
    const logs: LogEntry[] = [];
    const started = performance.now();
    const response = await proxyTo(dojah.baseUrl, 200, logs)(liveRequest());

    expect(response.status).toBe(504);
    expect((await errorOf(response)).code).toBe('TIMEOUT');
    expect(logs[0]?.detail).toBe('Dojah did not answer within 200 ms');
    expect(performance.now() - started).toBeLessThan(2000);
    await vi.waitFor(() => expect(closed).toBe(true));
  });

  it('stops the upstream request when the client goes away', async () => {
    let closed = false;
    const dojah = await fakeDojah((_res, req) => {
      req.socket.once('close', () => (closed = true));
    });
    const client = new AbortController();
    const pending = proxyTo(dojah.baseUrl)(new Request(liveRequest(), { signal: client.signal }));
    await vi.waitFor(() => expect(dojah.received).toHaveLength(1));
    client.abort();

    expect((await pending).status).toBe(400);
    await vi.waitFor(() => expect(closed).toBe(true));
  });

  it('stops the upstream request when a Node client goes away, making no AbortSignal', async () => {
    let closed = false;
    const dojah = await fakeDojah((_res, req) => {
      req.socket.once('close', () => (closed = true));
    });
    const logs: LogEntry[] = [];
    const proxy = createServer(createNodeListener(proxyTo(dojah.baseUrl, undefined, logs)));
    servers.push(proxy);
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const { port } = proxy.address() as AddressInfo;
    // A Node client (fetch is spied on here: the transport must not use it).
    const client = request({
      host: '127.0.0.1',
      port,
      path: '/api/liveness',
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
    });
    const gone = new Promise((resolve) => client.on('error', (error) => resolve(error.message)));
    client.end(JSON.stringify({ image: IMAGE }));
    const controllers = countAbortControllers();
    try {
      await vi.waitFor(() => expect(dojah.received).toHaveLength(1));
      client.destroy(new Error('the client left'));
      expect(await gone).toBe('the client left');
      await vi.waitFor(() => expect(closed).toBe(true));
      await vi.waitFor(() => expect(logs).toHaveLength(1));
    } finally {
      controllers.stop();
    }
    expect(logs[0]).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect(controllers.made).toBe(0);
  });

  it('holds neither the request body nor the image while Dojah answers', async () => {
    let answer: (() => void) | undefined;
    const dojah = await fakeDojah((res) => (answer = () => res.end(livenessBody())));
    const { check } = dojahUpstream({ appId: APP_ID, secretKey: SECRET, baseUrl: dojah.baseUrl });
    let body: WeakRef<ArrayBufferLike> | undefined;
    const handler = createLivenessHandler({
      upstream: {
        name: 'dojah',
        check(image, context) {
          body = new WeakRef(image.base64Bytes.buffer);
          return check(image, context);
        },
      },
      logger: false,
      rateLimit: false,
    });
    const pending = handler(liveRequest({ image: LARGE_IMAGE }));
    // Dojah has the whole body and has not answered: the wait every request spends most time in.
    await vi.waitFor(() => expect(answer).toBeDefined());
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();

    expect(body).toBeDefined();
    expect(body?.deref()).toBeUndefined();
    answer?.();
    expect((await pending).status).toBe(200);
  });

  it('keeps the connection alive: two requests in a row use one socket', async () => {
    const dojah = await fakeDojah();
    const handler = proxyTo(dojah.baseUrl);

    expect((await handler(liveRequest())).status).toBe(200);
    expect((await handler(liveRequest())).status).toBe(200);
    expect(dojah.received).toHaveLength(2);
    expect(dojah.connections()).toBe(1);
  });
});

describe('fetchPost', () => {
  it('sends the parts as one body with redirect manual, and returns status, headers, text', async () => {
    const stub = vi.fn<typeof fetch>(() =>
      Promise.resolve(
        new Response('{"ok":true}', { status: 201, headers: { 'Retry-After': '3', 'X-A': 'b' } }),
      ),
    );
    const post = fetchPost(stub);
    const encoder = new TextEncoder();
    const signal = new AbortController().signal;
    const headers = { AppId: APP_ID, 'Content-Type': 'application/json' };
    // A view into a larger buffer, as the image is a view of the request body.
    const middle = encoder.encode('xxBASE64xx').subarray(2, 8);
    const answer = await post(
      'https://dojah.test/api/v1/ml/liveness/',
      headers,
      [encoder.encode('{"image":"'), middle, encoder.encode('"}')],
      signal,
      15_000,
    );

    expect(stub).toHaveBeenCalledTimes(1);
    const [url, init] = stub.mock.calls[0] ?? [];
    expect(url).toBe('https://dojah.test/api/v1/ml/liveness/');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toEqual(headers);
    expect(init?.redirect).toBe('manual');
    // The client's signal and the timeout, in one.
    expect(init?.signal?.aborted).toBe(false);
    expect(init?.body).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(init?.body as Uint8Array)).toBe('{"image":"BASE64"}');

    expect(answer.status).toBe(201);
    expect(answer.text).toBe('{"ok":true}');
    expect(answer.header('retry-after')).toBe('3');
    expect(answer.header('X-A')).toBe('b');
    expect(answer.header('missing')).toBeNull();
  });

  it('rejects as its fetch does', async () => {
    const post = fetchPost(() => Promise.reject(new TypeError('fetch failed')));
    await expect(
      post('https://dojah.test/', {}, [], new AbortController().signal, 15_000),
    ).rejects.toThrow('fetch failed');
  });
});
