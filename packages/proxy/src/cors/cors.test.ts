import { describe, expect, it } from 'vitest';
import { errorOf, harness, liveRequest } from '../test-utils/harness.js';

const APP = 'https://app.example.com';

function preflight(origin: string, extra: Record<string, string> = {}): Request {
  return new Request('http://proxy.test/api/liveness', {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type',
      ...extra,
    },
  });
}

describe('CORS', () => {
  it('answers a preflight from an allowed origin, echoing the origin, never a wildcard', async () => {
    const { handler, dojah } = harness(undefined, { allowedOrigins: [`${APP}/`] });
    const response = await handler(preflight(APP));
    expect(response.status).toBe(204);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'access-control-allow-origin': APP,
      'access-control-allow-methods': 'POST, OPTIONS',
      'access-control-allow-headers': 'Authorization, Content-Type, X-LiveFrame-Scenario',
      'access-control-max-age': '600',
      vary: 'Origin',
    });
    expect(dojah.requests).toHaveLength(0);
  });

  it.each([
    ['a foreign origin', 'https://evil.example'],
    ['a look-alike subdomain', 'https://app.example.com.evil.example'],
    ['another scheme', 'http://app.example.com'],
    ['the null origin', 'null'],
  ])('refuses a preflight from %s with 403', async (_name, origin) => {
    const { handler } = harness(undefined, { allowedOrigins: [APP] });
    const response = await handler(preflight(origin));
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect((await errorOf(response)).code).toBe('ORIGIN_NOT_ALLOWED');
  });

  it('adds CORS headers to answers and errors for an allowed origin', async () => {
    const { handler } = harness(undefined, { allowedOrigins: [APP] });
    const ok = await handler(liveRequest({ headers: { Origin: APP } }));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(APP);
    const bad = await handler(liveRequest({ headers: { Origin: APP }, body: '{}' }));
    expect(bad.status).toBe(400);
    expect(bad.headers.get('access-control-allow-origin')).toBe(APP);
    expect(bad.headers.get('vary')).toBe('Origin');
  });

  it('lets same-origin requests through without listing, and without CORS headers', async () => {
    const { handler } = harness();
    const response = await handler(liveRequest({ headers: { Origin: 'http://proxy.test' } }));
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets requests without Origin through (servers, curl: CORS is a browser matter)', async () => {
    const { handler } = harness();
    expect((await handler(liveRequest())).status).toBe(200);
  });

  it('answers a bare OPTIONS with 204 and Allow', async () => {
    const { handler } = harness();
    const response = await handler(
      new Request('http://proxy.test/api/liveness', { method: 'OPTIONS' }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('allow')).toBe('POST, OPTIONS');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a POST from a foreign origin before reading the body', async () => {
    const { handler, dojah } = harness(undefined, { allowedOrigins: [APP] });
    const response = await handler(liveRequest({ headers: { Origin: 'https://evil.example' } }));
    expect(response.status).toBe(403);
    expect(dojah.requests).toHaveLength(0);
  });

  it('names the origin it saw and the ones it expected in the 403 and in the log', async () => {
    const { handler, logs } = harness(undefined, { allowedOrigins: [APP] });
    const response = await handler(liveRequest({ headers: { Origin: 'https://evil.example' } }));
    const { message } = await errorOf(response);
    expect(message).toBe(
      'This origin may not call the liveness proxy: the request came from https://evil.example; this proxy is at http://proxy.test and allowedOrigins is https://app.example.com. Set publicOrigin (or trustHost) when pages and proxy share an origin, or add the origin to allowedOrigins.',
    );
    expect(logs[0]).toMatchObject({ status: 403, code: 'ORIGIN_NOT_ALLOWED', detail: message });
  });
});

describe("the handler's own origin", () => {
  // What Next.js hands a route: a localhost URL whatever the Host the browser used.
  const behindNext = (origin: string, headers: Record<string, string> = {}) =>
    liveRequest({
      url: 'http://localhost:3000/api/liveness',
      headers: { Origin: origin, Host: 'app.example.test:3000', ...headers },
    });

  it('is the request URL by default: a page on the real host is refused, and told why', async () => {
    const { handler } = harness();
    const response = await handler(behindNext('http://app.example.test:3000'));
    expect(response.status).toBe(403);
    expect((await errorOf(response)).message).toContain(
      'came from http://app.example.test:3000; this proxy is at http://localhost:3000 and allowedOrigins is empty',
    );
  });

  it('is publicOrigin when set, whatever the URL and headers say', async () => {
    const { handler } = harness(undefined, {
      publicOrigin: ['https://app.example.com/', 'http://app.example.test:3000'],
    });
    expect((await handler(behindNext('http://app.example.test:3000'))).status).toBe(200);
    expect((await handler(behindNext('https://app.example.com'))).status).toBe(200);
    const same = await handler(behindNext('http://localhost:3000'));
    expect(same.status).toBe(403);
    expect((await errorOf(same)).message).toContain(
      'this proxy is at https://app.example.com, http://app.example.test:3000',
    );
  });

  it('comes from Host with trustHost, and from X-Forwarded-Proto/-Host when present', async () => {
    const { handler } = harness(undefined, { trustHost: true });
    expect((await handler(behindNext('http://app.example.test:3000'))).status).toBe(200);
    const forwarded = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'app.example.com' };
    expect((await handler(behindNext('https://app.example.com', forwarded))).status).toBe(200);
    expect((await handler(behindNext('http://app.example.test:3000', forwarded))).status).toBe(403);
  });

  it('ignores Host and X-Forwarded-Host without trustHost', async () => {
    const { handler } = harness();
    const forwarded = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'app.example.com' };
    expect((await handler(behindNext('https://app.example.com', forwarded))).status).toBe(403);
  });
});
