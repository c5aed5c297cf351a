import { describe, expect, it, vi } from 'vitest';
import { flat, makeJpeg, makePng, toBase64 } from '../test-utils/images.js';
import { APP_ID, errorOf, harness, IMAGE, liveRequest, SECRET } from '../test-utils/harness.js';
import { dojahUpstream } from '../upstream/dojah-upstream.js';
import { createLivenessHandler } from './create-liveness-handler.js';
import { livenessBody } from '../test-utils/liveness-fixtures.js';

describe('createLivenessHandler: the request sent upstream', () => {
  it('posts the raw Base64 to the liveness endpoint with AppId and the raw secret', async () => {
    const { handler, dojah } = harness();
    const response = await handler(liveRequest());

    expect(response.status).toBe(200);
    expect(dojah.requests).toHaveLength(1);
    const [sent] = dojah.requests;
    expect(sent?.method).toBe('POST');
    expect(sent?.url).toBe('/api/v1/ml/liveness/');
    expect(sent?.headers['appid']).toBe(APP_ID);
    expect(sent?.headers['authorization']).toBe(SECRET);
    expect(sent?.headers['content-type']).toBe('application/json');
    expect(sent?.headers['accept']).toBe('application/json');
    expect(JSON.parse(sent?.body ?? '')).toEqual({ image: IMAGE });
  });

  it('forwards nothing from the client: no cookies, authorization or scenario header', async () => {
    const { handler, dojah } = harness();
    await handler(
      liveRequest({
        headers: {
          Cookie: 'session=abc',
          Authorization: 'Bearer client-token',
          'X-LiveFrame-Scenario': 'spoof',
          'X-Custom': 'x',
        },
      }),
    );
    const headers = dojah.requests[0]?.headers ?? {};
    expect(headers['authorization']).toBe(SECRET);
    for (const name of ['cookie', 'x-liveframe-scenario', 'x-custom']) {
      expect(headers[name]).toBeUndefined();
    }
  });

  it.each([
    ['as our client writes it', JSON.stringify({ image: IMAGE })],
    ['with other fields and spaces', `{ "note": "x", "image" : "${IMAGE}", "cookie": "y" }`],
  ])('sends Dojah exactly {"image":"<base64>"} for a body %s', async (_case, body) => {
    const { handler, dojah } = harness();
    expect((await handler(liveRequest({ body }))).status).toBe(200);
    expect(dojah.requests[0]?.body).toBe(`{"image":"${IMAGE}"}`);
    // Streamed with its length declared: Dojah gets Content-Length, never a chunked body.
    expect(dojah.requests[0]?.headers['content-length']).toBe(String(IMAGE.length + 12));
    expect(dojah.requests[0]?.headers['transfer-encoding']).toBeUndefined();
  });

  it('uses the configured base URL, its path kept', async () => {
    const { dojah } = harness();
    const handler = createLivenessHandler({
      open: true,
      upstream: dojahUpstream({
        appId: APP_ID,
        secretKey: SECRET,
        baseUrl: `${dojah.baseUrl}/sandbox/`,
      }),
      logger: false,
    });
    await handler(liveRequest());
    expect(dojah.requests[0]?.url).toBe('/sandbox/api/v1/ml/liveness/');
    expect(handler.path).toBe('/api/liveness');
  });

  it.each([
    ['data:image/jpeg;base64,', makeJpeg()],
    ['data:image/png;base64,', makePng()],
    ['DATA:IMAGE/JPEG;BASE64,', makeJpeg()],
  ])('strips a %s prefix before forwarding', async (prefix, bytes) => {
    const { handler, dojah } = harness();
    const raw = toBase64(bytes);
    const response = await handler(liveRequest({ image: `${prefix}${raw}` }));
    expect(response.status).toBe(200);
    expect(JSON.parse(dojah.requests[0]?.body ?? '')).toEqual({ image: raw });
  });

  it('returns the validated upstream answer unchanged, unknown fields included', async () => {
    const body = livenessBody(88, { request_id: 'r-1' });
    const { handler } = harness(() => new Response(body, { status: 200 }));
    const response = await handler(liveRequest());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toBe(body);
  });
});

describe('createLivenessHandler: refusals before the upstream is called', () => {
  const cases: {
    name: string;
    request: () => Request;
    status: number;
    code: string;
    options?: Parameters<typeof harness>[1];
  }[] = [
    {
      name: 'GET',
      request: () => liveRequest({ method: 'GET' }),
      status: 405,
      code: 'METHOD_NOT_ALLOWED',
    },
    {
      name: 'PUT',
      request: () => liveRequest({ method: 'PUT' }),
      status: 405,
      code: 'METHOD_NOT_ALLOWED',
    },
    {
      name: 'an unknown path',
      request: () => liveRequest({ url: 'http://proxy.test/api/other' }),
      status: 404,
      code: 'NOT_FOUND',
    },
    {
      name: 'a text/plain body',
      request: () => liveRequest({ headers: { 'Content-Type': 'text/plain' } }),
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      name: 'a form body',
      request: () =>
        liveRequest({ headers: { 'Content-Type': 'multipart/form-data; boundary=x' } }),
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      name: 'malformed JSON',
      request: () => liveRequest({ body: '{"image":' }),
      status: 400,
      code: 'BAD_REQUEST',
    },
    {
      name: 'an empty body',
      request: () => liveRequest({ body: '' }),
      status: 400,
      code: 'BAD_REQUEST',
    },
    {
      name: 'a JSON array',
      request: () => liveRequest({ body: '[]' }),
      status: 400,
      code: 'BAD_REQUEST',
    },
    {
      name: 'a missing image',
      request: () => liveRequest({ body: '{}' }),
      status: 400,
      code: 'BAD_REQUEST',
    },
    {
      name: 'a non-string image',
      request: () => liveRequest({ body: '{"image":42}' }),
      status: 400,
      code: 'BAD_REQUEST',
    },
    {
      name: 'an empty image',
      request: () => liveRequest({ image: '' }),
      status: 400,
      code: 'BAD_REQUEST',
    },
    {
      name: 'invalid Base64',
      request: () => liveRequest({ image: 'not base64!' }),
      status: 400,
      code: 'BAD_REQUEST',
    },
    {
      name: 'Base64 of the wrong length',
      request: () => liveRequest({ image: 'abcde' }),
      status: 400,
      code: 'BAD_REQUEST',
    },
    {
      name: 'a non-image data URL',
      request: () => liveRequest({ image: `data:text/plain;base64,${IMAGE}` }),
      status: 400,
      code: 'BAD_REQUEST',
    },
    {
      name: 'bytes that are not JPEG or PNG (a GIF)',
      request: () => liveRequest({ image: toBase64(new TextEncoder().encode('GIF89a........')) }),
      status: 415,
      code: 'IMAGE_REJECTED',
    },
    {
      name: 'a JPEG with absurd header dimensions',
      request: () => liveRequest({ image: toBase64(makeJpeg({ width: 4, height: 4 })) }),
      status: 422,
      code: 'IMAGE_REJECTED',
    },
    {
      name: 'a PNG wider than the limit',
      request: () => liveRequest({ image: toBase64(makePng({ width: 600, height: 40 })) }),
      status: 422,
      code: 'IMAGE_REJECTED',
      options: { imageDimensions: { maxSide: 512 } },
    },
    {
      name: 'a truncated JPEG header',
      request: () => liveRequest({ image: toBase64(makeJpeg().subarray(0, 8)) }),
      status: 422,
      code: 'IMAGE_REJECTED',
    },
    {
      name: 'a body over the limit',
      request: () =>
        liveRequest({
          image: toBase64(
            makeJpeg({
              width: 400,
              height: 400,
              paint: (x, y) => [x % 256, y % 256, (x * y) % 256],
            }),
          ),
        }),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      options: { maxImageBytes: 1500 },
    },
    {
      name: 'a decoded image over the limit in a body under it',
      request: () =>
        liveRequest({
          image: toBase64(makeJpeg({ width: 64, height: 64, paint: (x, y) => [x * 4, y * 4, 0] })),
        }),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      options: { maxImageBytes: 600 },
    },
    {
      name: 'a declared Content-Length over the limit',
      request: () => liveRequest({ headers: { 'Content-Length': '99999999' } }),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
    {
      name: 'a foreign Origin',
      request: () => liveRequest({ headers: { Origin: 'https://evil.example' } }),
      status: 403,
      code: 'ORIGIN_NOT_ALLOWED',
    },
  ];

  it.each(cases)('refuses $name with $status $code', async ({ request, status, code, options }) => {
    const { handler, dojah, logs } = harness(undefined, options);
    const response = await handler(request());
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const error = await errorOf(response);
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(10);
    expect(dojah.requests).toHaveLength(0);
    expect(logs).toEqual([expect.objectContaining({ status, code })]);
  });

  it('answers 405 with an Allow header', async () => {
    const { handler } = harness();
    const response = await handler(liveRequest({ method: 'DELETE' }));
    expect(response.headers.get('allow')).toBe('POST, OPTIONS');
  });

  it('accepts application/json with a charset and +json types', async () => {
    const { handler } = harness();
    for (const type of ['application/json; charset=utf-8', 'application/vnd.api+json']) {
      const response = await handler(liveRequest({ headers: { 'Content-Type': type } }));
      expect(response.status).toBe(200);
    }
  });

  it('stops reading a streamed body as soon as it passes the limit', async () => {
    const { handler } = harness(undefined, { maxImageBytes: 3000 });
    let pulled = 0;
    const chunk = new Uint8Array(1024).fill(65);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(chunk);
      },
    });
    const request = new Request('http://proxy.test/api/liveness', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    const response = await handler(request);
    expect(response.status).toBe(413);
    // limit = ceil(3000 / 3) * 4 + 4096 = 8096 bytes: 8 chunks, plus the ones read ahead.
    expect(pulled).toBeLessThan(12);
  });
});

describe('createLivenessHandler: options', () => {
  it('answers on a configured path only', async () => {
    const { handler } = harness(undefined, { path: '/liveness' });
    expect((await handler(liveRequest({ url: 'http://proxy.test/liveness' }))).status).toBe(200);
    expect((await handler(liveRequest())).status).toBe(404);
  });

  it.each([
    [{ maxImageBytes: 0 }, /maxImageBytes/],
    [{ allowedOrigins: ['*'] }, /cannot hold "\*"/],
    [{ allowedOrigins: ['not an origin'] }, /not an origin/],
    [{ rateLimit: { limit: -1 } }, /rateLimit.limit/],
    [{ trustedHops: 1.5 }, /trustedHops/],
    [{ publicOrigin: 'app.example.com' }, /not an origin/],
  ])('rejects bad options %j', (options, message) => {
    expect(() => harness(undefined, options)).toThrow(message);
  });

  it('calls onResult server-side with the parsed response, the verdict and the request', async () => {
    const onResult = vi.fn();
    const { handler } = harness(() => new Response(livenessBody(97)), { onResult });
    const request = liveRequest({ headers: { 'X-User': 'u-42' } });
    await handler(request, { clientAddress: '10.0.0.1' });
    expect(onResult).toHaveBeenCalledTimes(1);
    const event = onResult.mock.calls[0]?.[0];
    expect(event.verdict).toEqual({ outcome: 'pass', reasons: [], livenessProbability: 97 });
    expect(event.response.entity.liveness.liveness_probability).toBe(97);
    expect(event.request.headers.get('x-user')).toBe('u-42');
    expect(event.clientAddress).toBe('10.0.0.1');
  });

  it('passes verdictOptions to assessLiveness', async () => {
    const onResult = vi.fn();
    const { handler } = harness(() => new Response(livenessBody(70)), {
      onResult,
      verdictOptions: { livenessThreshold: 80 },
    });
    await handler(liveRequest());
    expect(onResult.mock.calls[0]?.[0].verdict.outcome).toBe('retry');
  });

  it('answers 500 INTERNAL_ERROR when onResult throws, so an unrecorded pass is not a pass', async () => {
    const { handler, logs } = harness(undefined, {
      onResult: () => Promise.reject(new Error('database down')),
    });
    const response = await handler(liveRequest());
    expect(response.status).toBe(500);
    expect((await errorOf(response)).code).toBe('INTERNAL_ERROR');
    expect(logs[0]?.detail).toBe('Error: database down');
  });

  it('logs one structured line per request, without the image', async () => {
    const { handler, logs } = harness();
    await handler(liveRequest());
    expect(logs).toHaveLength(1);
    expect(logs[0]).toEqual({
      level: 'info',
      msg: 'liveness request',
      method: 'POST',
      path: '/api/liveness',
      status: 200,
      durationMs: expect.any(Number),
      bytesIn: JSON.stringify({ image: IMAGE }).length,
      imageBytes: Buffer.from(IMAGE, 'base64').length,
      upstream: 'dojah',
      outcome: 'pass',
    });
    expect(JSON.stringify(logs)).not.toContain(IMAGE.slice(0, 40));
  });
});

describe('createLivenessHandler: concurrency', () => {
  it('gives 100 concurrent requests with different images their own answers', async () => {
    // The stub answers with a probability derived from the image it received. (PNGs: jpeg-js
    // spends ~100 ms setting up each encoder.)
    const probabilityOf = (base64: string): number => {
      const bytes = Buffer.from(base64, 'base64');
      return bytes.reduce((sum, byte) => (sum + byte) % 10007, 0) / 100.07;
    };
    const { handler } = harness(
      async ({ body }) => {
        const { image } = JSON.parse(body) as { image: string };
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20));
        return new Response(livenessBody(probabilityOf(image)));
      },
      { rateLimit: false },
    );
    const images = Array.from({ length: 100 }, (_, index) =>
      toBase64(makePng({ width: 40, height: 40, paint: flat(index * 2) })),
    );
    expect(new Set(images).size).toBe(100);

    const answers = await Promise.all(
      images.map(async (image) => {
        const response = await handler(liveRequest({ image }));
        const json = (await response.json()) as {
          entity: { liveness: { liveness_probability: number } };
        };
        return json.entity.liveness.liveness_probability;
      }),
    );
    expect(answers).toEqual(images.map(probabilityOf));
  });
});
