import { describe, expect, it, vi } from 'vitest';
import type { RequestContext } from '../handler/handler-options.js';
import { harness, liveRequest } from '../test-utils/harness.js';
import { fetchRuntime } from './fetch-runtime.js';
import { nextRouteHandlers } from './next-route-handlers.js';

describe('nextRouteHandlers', () => {
  it('exports POST and OPTIONS that run the handler', async () => {
    const { handler } = harness(undefined, { allowedOrigins: ['https://app.example.com'] });
    const { POST, OPTIONS } = nextRouteHandlers(handler);
    expect((await POST(liveRequest())).status).toBe(200);
    const preflight = await OPTIONS(
      new Request('http://proxy.test/api/liveness', {
        method: 'OPTIONS',
        headers: { Origin: 'https://app.example.com', 'Access-Control-Request-Method': 'POST' },
      }),
    );
    expect(preflight.status).toBe(204);
  });

  it('passes a client address when given a way to find it', async () => {
    const spy = vi.fn((_request: Request, _context?: RequestContext) =>
      Promise.resolve(new Response(null)),
    );
    const { POST } = nextRouteHandlers(spy, (request) => request.headers.get('x-real-ip'));
    await POST(liveRequest({ headers: { 'X-Real-IP': '203.0.113.7' } }));
    await POST(liveRequest());
    expect(spy.mock.calls.map(([, context]) => context)).toEqual([
      { clientAddress: '203.0.113.7' },
      {},
    ]);
  });
});

describe('fetchRuntime', () => {
  it('gives fetch-style runtimes a { fetch } app, client address from the runtime', async () => {
    const { handler } = harness(undefined, { rateLimit: { limit: 1 } });
    const server = { requestIP: (_request: Request) => ({ address: '198.51.100.1' }) };
    const app = fetchRuntime(
      handler,
      (request, bun: typeof server) => bun.requestIP(request).address,
    );
    expect((await app.fetch(liveRequest(), server)).status).toBe(200);
    expect((await app.fetch(liveRequest(), server)).status).toBe(429);
    const other = { requestIP: () => ({ address: '198.51.100.2' }) };
    expect((await app.fetch(liveRequest(), other)).status).toBe(200);
  });

  it('reads a platform header, as on Workers with CF-Connecting-IP', async () => {
    const { handler } = harness(undefined, { rateLimit: { limit: 1 } });
    const app = fetchRuntime(handler, (request) => request.headers.get('CF-Connecting-IP'));
    const from = (ip: string) => liveRequest({ headers: { 'CF-Connecting-IP': ip } });
    expect((await app.fetch(from('192.0.2.1'))).status).toBe(200);
    expect((await app.fetch(from('192.0.2.1'))).status).toBe(429);
    expect((await app.fetch(from('192.0.2.2'))).status).toBe(200);
  });

  it('works with no address getter, counting by X-Forwarded-For with trustedHops', async () => {
    const { handler } = harness(undefined, { trustedHops: 1, rateLimit: { limit: 1 } });
    const app = fetchRuntime(handler);
    const from = (ip: string) => liveRequest({ headers: { 'X-Forwarded-For': ip } });
    expect((await app.fetch(from('192.0.2.1'))).status).toBe(200);
    expect((await app.fetch(from('192.0.2.2'))).status).toBe(200);
    expect((await app.fetch(from('192.0.2.1'))).status).toBe(429);
  });
});
