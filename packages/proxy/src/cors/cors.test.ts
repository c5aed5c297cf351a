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
    const { handler, fetch } = harness(undefined, { allowedOrigins: [`${APP}/`] });
    const response = await handler(preflight(APP));
    expect(response.status).toBe(204);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'access-control-allow-origin': APP,
      'access-control-allow-methods': 'POST, OPTIONS',
      'access-control-allow-headers': 'Content-Type, X-LiveFrame-Scenario',
      'access-control-max-age': '600',
      vary: 'Origin',
    });
    expect(fetch).not.toHaveBeenCalled();
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
    const { handler, fetch } = harness(undefined, { allowedOrigins: [APP] });
    const response = await handler(liveRequest({ headers: { Origin: 'https://evil.example' } }));
    expect(response.status).toBe(403);
    expect(fetch).not.toHaveBeenCalled();
  });
});
