import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RequestContext } from '../handler/handler-options.js';
import { harness, IMAGE, postStreamed } from '../test-utils/harness.js';
import { createNodeListener } from './node-listener.js';
import type { NodeListener } from './node-listener.js';

const servers: ReturnType<typeof createServer>[] = [];

async function listen(
  listener: NodeListener | Parameters<typeof createServer>[0],
): Promise<string> {
  const server = createServer(listener as Parameters<typeof createServer>[1] & object);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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

/**
 * The handler as a plain `(request) => Promise<Response>`: the listener then goes through Web
 * `Request`/`Response` objects, the path every handler but `createLivenessHandler`'s takes (that
 * one has its own path, tested in node-exchange.test.ts).
 */
const webOnly = (handler: ReturnType<typeof harness>['handler']) =>
  Object.assign((request: Request, context?: RequestContext) => handler(request, context), {
    path: handler.path,
  });

const post = (url: string, body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

describe('createNodeListener', () => {
  it('serves the handler from http.createServer, with the socket address as client', async () => {
    const contexts: (RequestContext | undefined)[] = [];
    const { handler } = harness();
    const spy = Object.assign(
      (request: Request, context?: RequestContext) => {
        contexts.push(context);
        return handler(request, context);
      },
      { path: handler.path },
    );
    const base = await listen(createNodeListener(spy));
    const response = await post(`${base}/api/liveness`, JSON.stringify({ image: IMAGE }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const text = await response.text();
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
    expect(JSON.parse(text)).toHaveProperty('entity.liveness');
    expect(contexts[0]?.clientAddress).toMatch(/127\.0\.0\.1/);
    expect((await post(`${base}/elsewhere`, '{}')).status).toBe(404);
  });

  it('works as connect/Vite middleware: other paths go to next()', async () => {
    const { handler } = harness();
    const listener = createNodeListener(handler);
    const base = await listen((req, res) => {
      listener(req, res, () => {
        res.statusCode = 299;
        res.end('next');
      });
    });
    const other = await fetch(`${base}/index.html`);
    expect(other.status).toBe(299);
    expect(await other.text()).toBe('next');
    const own = await post(`${base}/api/liveness`, JSON.stringify({ image: IMAGE }));
    expect(own.status).toBe(200);
  });

  it('answers 413 to a streamed body over the limit without reading it all', async () => {
    const { handler } = harness(undefined, { maxImageBytes: 10_000 });
    const base = await listen(createNodeListener(webOnly(handler)));
    const response = await postStreamed(`${base}/api/liveness`, 4 * 1024 * 1024);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('answers 413 at once to a declared Content-Length over the limit', async () => {
    const { handler } = harness(undefined, { maxImageBytes: 10_000 });
    const base = await listen(createNodeListener(webOnly(handler)));
    const response = await post(`${base}/api/liveness`, 'x'.repeat(2 * 1024 * 1024));
    expect(response.status).toBe(413);
    expect(response.headers.get('connection')).toBe('close');
  });

  it('aborts the handler when the client disconnects', async () => {
    let seen: AbortSignal | undefined;
    const listener = createNodeListener(
      (request) =>
        new Promise<Response>((resolve) => {
          seen = request.signal;
          request.signal.addEventListener('abort', () => resolve(new Response(null)));
        }),
    );
    const base = await listen(listener);
    const client = new AbortController();
    const pending = fetch(`${base}/x`, { signal: client.signal }).catch(() => 'aborted');
    await vi.waitFor(() => expect(seen).toBeDefined());
    client.abort();
    expect(await pending).toBe('aborted');
    await vi.waitFor(() => expect(seen?.aborted).toBe(true));
  });

  it('answers 500 when a handler throws outside middleware mode', async () => {
    const base = await listen(createNodeListener(() => Promise.reject(new Error('bug'))));
    const response = await fetch(`${base}/any`);
    expect(response.status).toBe(500);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'INTERNAL_ERROR',
    );
  });
});
