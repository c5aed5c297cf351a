import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { errorOf, harness, liveRequest, SECRET, URL_PATH } from '../test-utils/harness.js';
import { livenessBody } from '../test-utils/liveness-fixtures.js';

/** A body stream the test feeds by hand, so a request can be held open mid-upload. */
function heldBody(): { body: ReadableStream<Uint8Array>; send(bytes: number): void; end(): void } {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
  });
  return {
    body,
    send: (bytes) => controller.enqueue(new Uint8Array(bytes).fill(32)),
    end: () => controller.close(),
  };
}

const streamed = (body: ReadableStream<Uint8Array>) =>
  new Request(URL_PATH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
    duplex: 'half',
  } as RequestInit);

describe('8. bounded resources: request bytes buffered across all requests', () => {
  it('refuses with 503 and Retry-After: 1 past the global cap, and gives the bytes back after', async () => {
    const { handler, logs } = harness(undefined, {
      maxBufferedBytes: 300_000,
      maxImageBytes: 200_000,
      rateLimit: false,
    });
    const first = heldBody();
    const second = heldBody();
    const pendingFirst = handler(streamed(first.body));
    first.send(200_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const pendingSecond = handler(streamed(second.body));
    second.send(150_000);
    const refused = await pendingSecond;
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect((await errorOf(refused)).code).toBe('RATE_LIMITED');
    expect(logs.at(-1)?.detail).toContain('buffered bytes cap');
    first.end();
    expect((await pendingFirst).status).toBe(400); // spaces are not JSON
    // Everything was given back: a full-size request fits again.
    expect((await handler(liveRequest())).status).toBe(200);
  });
});

describe('9. upstream answers', () => {
  it('refuses an answer over the size cap, compressed or not, without reading it all', async () => {
    const huge = livenessBody(97, { padding: 'x'.repeat(2 * 1024 * 1024) });
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 32));
    expect(bomb.byteLength).toBeLessThan(100_000);
    for (const answer of [
      () => new Response(huge),
      () => new Response(bomb, { headers: { 'Content-Encoding': 'gzip' } }),
    ]) {
      const { handler, logs, dojah } = harness(answer);
      const response = await handler(liveRequest());
      expect(response.status).toBe(502);
      expect(logs[0]?.detail).toContain('larger than 262144 bytes');
      expect(dojah.requests[0]?.headers['accept-encoding']).toBe('identity');
    }
  });

  it('finds the secret in the parsed answer, escaped forms included, and forwards nothing', async () => {
    const escaped = [...SECRET]
      .map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .join('');
    const bodies = [
      livenessBody(97).replace('"face detected"', `"${escaped}"`),
      livenessBody(97).replace('"face detected"', `"key: ${SECRET.replace(/-/g, '\\u002d')}"`),
    ];
    for (const body of bodies) expect(body).not.toContain(SECRET.slice(3));
    bodies.push(livenessBody(97, { [SECRET]: 1 }));
    for (const body of bodies) {
      const { handler, logs } = harness(() => new Response(body));
      const response = await handler(liveRequest());
      expect(response.status).toBe(502);
      expect(await response.text()).not.toContain(SECRET);
      expect(logs[0]?.detail).toContain('secret key');
    }
  });

  it('sends the client its own serialisation of the validated answer, never the upstream bytes', async () => {
    const upstreamBody = livenessBody(97)
      .replace('{', '{  \n')
      .replace('"face detected"', '"face\\u0020detected"');
    const { handler } = harness(() => new Response(upstreamBody));
    const text = await (await handler(liveRequest())).text();
    expect(text).not.toBe(upstreamBody);
    expect(text).toBe(JSON.stringify(JSON.parse(upstreamBody)));
  });

  it.each([
    ['99999999', '300'],
    ['Wed, 21 Oct 2015 07:28:00 GMT', '1'],
    ['0', '1'],
    ['soon', '5'],
  ])('clamps Dojah Retry-After %j to %s s', async (retryAfter, expected) => {
    const { handler } = harness(
      () => new Response('{}', { status: 429, headers: { 'Retry-After': retryAfter } }),
    );
    const response = await handler(liveRequest());
    expect(response.status).toBe(429);
    const seconds = Number(response.headers.get('retry-after'));
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(300);
    if (expected !== '5') expect(String(seconds)).toBe(expected);
  });
});

describe('10. requests', () => {
  it('refuses a malformed Host with a logged 400', async () => {
    for (const host of ['bad host', 'a/b', 'x'.repeat(300), 'evil.example:99999999', '[::1']) {
      const { handler, logs, dojah } = harness();
      const response = await handler(liveRequest({ headers: { Host: host } }));
      expect(response.status, host).toBe(400);
      expect(logs[0]).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
      expect(logs[0]?.detail).toContain('invalid Host');
      expect(dojah.requests).toHaveLength(0);
    }
  });

  it('serves only the allowed hosts when allowedHosts is set (DNS rebinding)', async () => {
    const { handler } = harness(undefined, { allowedHosts: ['app.example', 'app.example:8443'] });
    const at = (host: string) => handler(liveRequest({ headers: { Host: host } }));
    expect((await at('app.example')).status).toBe(200);
    expect((await at('APP.example:8443')).status).toBe(200);
    expect((await at('rebound.attacker.example')).status).toBe(400);
    expect((await at('app.example:80')).status).toBe(400);
  });

  it('accepts the hosts a deployment really uses', async () => {
    const { handler } = harness();
    for (const host of [
      'localhost:8787',
      '127.0.0.1',
      '[::1]:8787',
      'liveframe_proxy:8787',
      'app.example.',
    ]) {
      expect((await handler(liveRequest({ headers: { Host: host } }))).status, host).toBe(200);
    }
  });

  it('sets Access-Control-Allow-Origin only to an allowlisted origin, byte for byte', async () => {
    const { handler } = harness(undefined, { allowedOrigins: ['https://app.example'] });
    const from = (origin: string) => handler(liveRequest({ headers: { Origin: origin } }));
    const good = await from('https://app.example');
    expect(good.headers.get('access-control-allow-origin')).toBe('https://app.example');
    for (const variant of [
      'HTTPS://APP.EXAMPLE',
      'https://app.example:443',
      'https://app.example/',
      'https://app.example.attacker.example',
      'null',
    ]) {
      const response = await from(variant);
      expect(response.status, variant).toBe(403);
      expect(response.headers.get('access-control-allow-origin'), variant).toBeNull();
    }
  });

  it('keeps log lines bounded: a long path is cut, the 404 still logged', async () => {
    const { handler, logs } = harness();
    const response = await handler(liveRequest({ url: `http://proxy.test/${'a'.repeat(20_000)}` }));
    expect(response.status).toBe(404);
    expect(logs[0]?.path.length).toBeLessThanOrEqual(200);
    expect(JSON.stringify(logs[0]).length).toBeLessThan(1000);
  });

  it('counts refused paths and methods against the rate limit, but not preflights', async () => {
    const { handler } = harness(undefined, { rateLimit: { limit: 2 } });
    const client = { clientAddress: '10.0.0.1' };
    const preflight = liveRequest({
      method: 'OPTIONS',
      headers: { Origin: 'http://proxy.test', 'Access-Control-Request-Method': 'POST' },
    });
    expect((await handler(preflight, client)).status).toBe(204);
    expect((await handler(liveRequest({ url: 'http://proxy.test/wp-admin' }), client)).status).toBe(
      404,
    );
    expect((await handler(liveRequest({ method: 'GET' }), client)).status).toBe(405);
    expect((await handler(liveRequest(), client)).status).toBe(429);
  });
});
