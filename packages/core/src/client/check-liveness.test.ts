import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import seed from '../contract/__fixtures__/seed-response.json' with { type: 'json' };
import { LivenessResponseError } from '../contract/liveness-response-error.js';
import type { TransportReason } from '../reasons.js';
import { checkLiveness, type CheckLivenessOptions } from './check-liveness.js';
import { isAbortError } from './is-abort-error.js';
import { LivenessCheckError } from './liveness-check-error.js';

const PROXY_URL = '/api/liveness';
const IMAGE = 'aGVsbG8=';

type FetchStub = (url: string, init: RequestInit) => Promise<Response>;

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

const proxyError = (status: number, code: string, headers: Record<string, string> = {}) =>
  json({ error: { code, message: `${code} from the proxy` } }, status, headers);

/** A fetch that answers `answer` (or its result) once, recording its calls. */
function answering(answer: Response | (() => Response)) {
  return vi.fn<FetchStub>(async () => (typeof answer === 'function' ? answer() : answer));
}

/** A fetch that never answers but rejects with the signal's reason on abort, as `fetch` does. */
function hanging() {
  return vi.fn<FetchStub>(
    (_url, init) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      }),
  );
}

function check(fetch: FetchStub, options: Partial<CheckLivenessOptions> = {}) {
  return checkLiveness(IMAGE, {
    proxyUrl: PROXY_URL,
    fetch: fetch as typeof globalThis.fetch,
    ...options,
  });
}

/** The rejection of `promise`, after letting fake time run if asked. */
async function rejection(promise: Promise<unknown>, advanceMs = 0): Promise<unknown> {
  const settled = promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
  if (advanceMs > 0) await vi.advanceTimersByTimeAsync(advanceMs);
  return settled;
}

function expectCheckError(
  error: unknown,
  expected: { reason: TransportReason; status?: number; code?: string; retryAfterSeconds?: number },
) {
  expect(error).toBeInstanceOf(LivenessCheckError);
  const e = error as LivenessCheckError;
  expect(e.name).toBe('LivenessCheckError');
  expect({
    reason: e.reason,
    status: e.status,
    code: e.code,
    retryAfterSeconds: e.retryAfterSeconds,
  }).toEqual({
    status: undefined,
    code: undefined,
    retryAfterSeconds: undefined,
    ...expected,
  });
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-23T12:00:00Z') });
});

afterEach(() => {
  // Every path must clear its timeout.
  expect(vi.getTimerCount()).toBe(0);
  vi.useRealTimers();
});

describe('checkLiveness: success', () => {
  it('posts { image } as JSON and returns the validated response', async () => {
    const fetch = answering(json(seed));
    const response = await check(fetch, {
      headers: { 'X-CSRF-Token': 't0k', 'Content-Type': 'text/plain' },
    });
    expect(response).toEqual(seed);

    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(PROXY_URL);
    expect(init.method).toBe('POST');
    expect(JSON.parse(init.body as string)).toEqual({ image: IMAGE });
    const headers = new Headers(init.headers);
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('accept')).toBe('application/json');
    expect(headers.get('x-csrf-token')).toBe('t0k');
  });

  it('uses the global fetch when none is passed', async () => {
    const fetch = answering(json(seed));
    vi.stubGlobal('fetch', fetch);
    try {
      await expect(checkLiveness(IMAGE, { proxyUrl: PROXY_URL })).resolves.toEqual(seed);
      expect(fetch).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('checkLiveness: timeout', () => {
  it('gives up with TIMEOUT after 20 s by default', async () => {
    const promise = check(hanging());
    let settled = false;
    promise.catch(() => undefined).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(19_999);
    expect(settled).toBe(false);
    expectCheckError(await rejection(promise, 1), { reason: 'TIMEOUT' });
  });

  it('honours timeoutMs', async () => {
    const error = await rejection(check(hanging(), { timeoutMs: 5_000 }), 5_000);
    expectCheckError(error, { reason: 'TIMEOUT' });
    expect((error as Error).message).toBe('No answer from the proxy within 5000 ms');
  });

  it('times out even when a custom fetch ignores the signal', async () => {
    const ignoring = vi.fn<FetchStub>(() => new Promise<Response>(() => undefined));
    expectCheckError(await rejection(check(ignoring), 20_000), { reason: 'TIMEOUT' });
  });

  it('times out when the body never finishes', async () => {
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"entity":'));
      },
    });
    const fetch = answering(new Response(stalled, { status: 200 }));
    expectCheckError(await rejection(check(fetch), 20_000), { reason: 'TIMEOUT' });
  });
});

describe('checkLiveness: caller abort is an abort, not an error state', () => {
  it('rejects with the abort before sending when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const fetch = answering(json(seed));
    const error = await rejection(check(fetch, { signal: controller.signal }));
    expect(error).not.toBeInstanceOf(LivenessCheckError);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(isAbortError(error)).toBe(true);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('rejects with the abort when the signal aborts during the request', async () => {
    const controller = new AbortController();
    const promise = check(hanging(), { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(1_000);
    controller.abort();
    const error = await rejection(promise);
    expect(error).toBe(controller.signal.reason);
    expect(isAbortError(error)).toBe(true);
  });

  it("rethrows the caller's own reason", async () => {
    const controller = new AbortController();
    const ignoring = vi.fn<FetchStub>(() => new Promise<Response>(() => undefined));
    const promise = check(ignoring, { signal: controller.signal });
    controller.abort('user left');
    const error = await rejection(promise);
    expect(error).toBe('user left');
    expect(isAbortError(error)).toBe(false);
    expect(isAbortError(error, controller.signal)).toBe(true);
  });

  it('stops listening to the signal once settled', async () => {
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    await check(answering(json(seed)), { signal: controller.signal });
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function));
    controller.abort(); // no effect, no unhandled rejection
  });
});

describe('checkLiveness: rate limiting', () => {
  it.each([
    ['delta-seconds', { 'Retry-After': '12' }, 12],
    ['zero', { 'Retry-After': '0' }, 0],
    ['an HTTP date', { 'Retry-After': 'Mon, 23 Nov 2026 12:00:45 GMT' }, 45],
    ['an HTTP date in the past', { 'Retry-After': 'Mon, 23 Nov 2026 11:00:00 GMT' }, 0],
    ['no header: the documented 30 s fallback', {}, 30],
    ['an unreadable header: the fallback', { 'Retry-After': 'soon' }, 30],
    ['a negative number: the fallback', { 'Retry-After': '-5' }, 30],
  ])('429 with %s', async (_name, headers, seconds) => {
    const error = await rejection(check(answering(proxyError(429, 'RATE_LIMITED', headers))));
    expectCheckError(error, {
      reason: 'RATE_LIMITED',
      status: 429,
      code: 'RATE_LIMITED',
      retryAfterSeconds: seconds,
    });
  });

  it('429 without a proxy body', async () => {
    const answer = new Response('Too Many Requests', {
      status: 429,
      headers: { 'Retry-After': '7' },
    });
    expectCheckError(await rejection(check(answering(answer))), {
      reason: 'RATE_LIMITED',
      status: 429,
      retryAfterSeconds: 7,
    });
  });
});

describe('checkLiveness: failed answers', () => {
  it.each<[name: string, answer: () => Response, reason: TransportReason, code?: string]>([
    [
      '500 with a proxy body',
      () => proxyError(500, 'INTERNAL_ERROR'),
      'SERVER_ERROR',
      'INTERNAL_ERROR',
    ],
    [
      '502 upstream error',
      () => proxyError(502, 'UPSTREAM_ERROR'),
      'SERVER_ERROR',
      'UPSTREAM_ERROR',
    ],
    ['502 HTML page', () => new Response('<h1>Bad Gateway</h1>', { status: 502 }), 'SERVER_ERROR'],
    ['503 empty body', () => new Response(null, { status: 503 }), 'SERVER_ERROR'],
    ['500 misconfigured', () => proxyError(500, 'MISCONFIGURED'), 'SERVER_ERROR', 'MISCONFIGURED'],
    [
      '403 origin not allowed',
      () => proxyError(403, 'ORIGIN_NOT_ALLOWED'),
      'SERVER_ERROR',
      'ORIGIN_NOT_ALLOWED',
    ],
    ['404 not found', () => proxyError(404, 'NOT_FOUND'), 'SERVER_ERROR', 'NOT_FOUND'],
    ['504 without a body', () => new Response('', { status: 504 }), 'TIMEOUT'],
    ['408 without a body', () => new Response('', { status: 408 }), 'TIMEOUT'],
    ['502 with the TIMEOUT code', () => proxyError(502, 'TIMEOUT'), 'TIMEOUT', 'TIMEOUT'],
    ['413 without a body', () => new Response('', { status: 413 }), 'IMAGE_REJECTED'],
    [
      '415 unsupported media type',
      () => proxyError(415, 'UNSUPPORTED_MEDIA_TYPE'),
      'IMAGE_REJECTED',
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['422 without a body', () => new Response('', { status: 422 }), 'IMAGE_REJECTED'],
    [
      '413 payload too large',
      () => proxyError(413, 'PAYLOAD_TOO_LARGE'),
      'IMAGE_REJECTED',
      'PAYLOAD_TOO_LARGE',
    ],
    ['400 bad request', () => proxyError(400, 'BAD_REQUEST'), 'IMAGE_REJECTED', 'BAD_REQUEST'],
    [
      '400 image rejected',
      () => proxyError(400, 'IMAGE_REJECTED'),
      'IMAGE_REJECTED',
      'IMAGE_REJECTED',
    ],
    ['400 without a body', () => new Response('', { status: 400 }), 'SERVER_ERROR'],
    // Capture-session refusals keep their code as reason, whatever the status.
    ['401 token missing', () => proxyError(401, 'TOKEN_MISSING'), 'TOKEN_MISSING', 'TOKEN_MISSING'],
    ['401 token invalid', () => proxyError(401, 'TOKEN_INVALID'), 'TOKEN_INVALID', 'TOKEN_INVALID'],
    ['401 token expired', () => proxyError(401, 'TOKEN_EXPIRED'), 'TOKEN_EXPIRED', 'TOKEN_EXPIRED'],
    [
      '429 attempts exhausted (not RATE_LIMITED: waiting a moment will not help)',
      () => proxyError(429, 'ATTEMPTS_EXHAUSTED', { 'Retry-After': '600' }),
      'ATTEMPTS_EXHAUSTED',
      'ATTEMPTS_EXHAUSTED',
    ],
    ['401 without a body', () => new Response('', { status: 401 }), 'SERVER_ERROR'],
  ])('%s -> %s', async (_name, answer, reason, code) => {
    const response = answer();
    const error = await rejection(check(answering(response)));
    expectCheckError(error, { reason, status: response.status, ...(code ? { code } : {}) });
    expect((error as Error).message).toMatch(
      new RegExp(`^The proxy answered HTTP ${response.status} `),
    );
  });

  it('sends the token as Authorization: Bearer, over any header of the same name', async () => {
    const fetch = answering(json(seed));
    await check(fetch, { token: 'abc.def.ghi', headers: { Authorization: 'Basic x' } });
    const headers = new Headers(fetch.mock.calls[0]?.[1].headers);
    expect(headers.get('authorization')).toBe('Bearer abc.def.ghi');
  });

  it('puts the proxy message in the error message for developers', async () => {
    const error = await rejection(check(answering(proxyError(502, 'UPSTREAM_ERROR'))));
    expect((error as Error).message).toBe(
      'The proxy answered HTTP 502 (UPSTREAM_ERROR: UPSTREAM_ERROR from the proxy)',
    );
  });
});

describe('checkLiveness: invalid 2xx bodies', () => {
  it.each([
    ['HTML', () => new Response('<html></html>', { status: 200 })],
    ['an empty body', () => new Response('', { status: 200 })],
    ['truncated JSON', () => new Response('{"entity":', { status: 200 })],
  ])('a non-JSON body (%s) is INVALID_RESPONSE', async (_name, answer) => {
    expectCheckError(await rejection(check(answering(answer()))), {
      reason: 'INVALID_RESPONSE',
      status: 200,
    });
  });

  it('a schema-invalid body is INVALID_RESPONSE naming the path', async () => {
    const body = structuredClone(seed);
    body.entity.liveness.liveness_probability = 140;
    const error = await rejection(check(answering(json(body))));
    expectCheckError(error, { reason: 'INVALID_RESPONSE', status: 200 });
    expect((error as Error).cause).toBeInstanceOf(LivenessResponseError);
    expect((error as Error).message).toContain('entity.liveness.liveness_probability');
  });

  it('a proxy error body with a 200 status is INVALID_RESPONSE', async () => {
    const error = await rejection(check(answering(proxyError(200, 'UPSTREAM_ERROR'))));
    expectCheckError(error, { reason: 'INVALID_RESPONSE', status: 200 });
  });
});

describe('checkLiveness: network failure', () => {
  it('a rejected fetch is NETWORK_ERROR, with the cause kept', async () => {
    const failure = new TypeError('fetch failed');
    const fetch = vi.fn<FetchStub>(() => Promise.reject(failure));
    const error = await rejection(check(fetch));
    expectCheckError(error, { reason: 'NETWORK_ERROR' });
    expect((error as Error).cause).toBe(failure);
  });

  it('a fetch that throws synchronously is NETWORK_ERROR', async () => {
    const fetch = vi.fn<FetchStub>(() => {
      throw new TypeError('Failed to fetch');
    });
    expectCheckError(await rejection(check(fetch)), { reason: 'NETWORK_ERROR' });
  });

  it('a body that fails mid-read is NETWORK_ERROR', async () => {
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new TypeError('terminated'));
      },
    });
    const fetch = answering(new Response(broken, { status: 200 }));
    expectCheckError(await rejection(check(fetch)), { reason: 'NETWORK_ERROR' });
  });
});

describe('checkLiveness: bad arguments', () => {
  it.each<[string, () => Promise<unknown>, ErrorConstructor]>([
    ['an empty image', () => checkLiveness('', { proxyUrl: PROXY_URL }), TypeError],
    [
      'a non-string image',
      () => checkLiveness(42 as unknown as string, { proxyUrl: PROXY_URL }),
      TypeError,
    ],
    ['no proxyUrl', () => checkLiveness(IMAGE, {} as CheckLivenessOptions), TypeError],
    [
      'an invalid header name',
      () => checkLiveness(IMAGE, { proxyUrl: PROXY_URL, headers: { 'bad header': 'x' } }),
      TypeError,
    ],
    ['timeoutMs 0', () => checkLiveness(IMAGE, { proxyUrl: PROXY_URL, timeoutMs: 0 }), RangeError],
    [
      'timeoutMs NaN',
      () => checkLiveness(IMAGE, { proxyUrl: PROXY_URL, timeoutMs: Number.NaN }),
      RangeError,
    ],
  ])('rejects %s with a clear error', async (_name, call, type) => {
    const error = await rejection(call());
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toMatch(/^checkLiveness: /);
  });
});
