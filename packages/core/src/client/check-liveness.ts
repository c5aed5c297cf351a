import type { LivenessResponse } from '../contract/liveness-response.js';
import { parseLivenessResponse } from '../contract/parse-liveness-response.js';
import { parseProxyError, type ProxyErrorCode } from '../contract/proxy-error.js';
import type { TransportReason } from '../reasons.js';
import { raceAbort } from './race-abort.js';
import { LivenessCheckError } from './liveness-check-error.js';
import { DEFAULT_RETRY_AFTER_SECONDS, parseRetryAfter } from './retry-after.js';

export interface CheckLivenessOptions {
  /** URL of your `@liveframe/proxy` handler, e.g. `/api/liveness`. Required. */
  proxyUrl: string;
  /** Aborts the request; the promise then rejects with `signal.reason`, not a `LivenessCheckError`. */
  signal?: AbortSignal;
  /** Gives up with `TIMEOUT` after this many milliseconds, body included. Default `20000`. */
  timeoutMs?: number;
  /** Extra request headers, e.g. a CSRF token. `Content-Type` is always `application/json`. */
  headers?: Record<string, string>;
  /**
   * The capture token your server issued (`createCaptureToken` in `@liveframe/proxy`), sent as
   * `Authorization: Bearer <token>`. Default: none (the proxy may then answer `TOKEN_MISSING`).
   */
  token?: string;
  /** The `fetch` to use. Default: the global `fetch`, looked up at call time. */
  fetch?: typeof fetch;
}

/** Default of {@link CheckLivenessOptions.timeoutMs}: the proxy's upstream budget plus headroom. */
export const DEFAULT_CHECK_TIMEOUT_MS = 20_000;

const IMAGE_CODES: ReadonlySet<ProxyErrorCode> = new Set([
  'IMAGE_REJECTED',
  'PAYLOAD_TOO_LARGE',
  'BAD_REQUEST',
]);
const IMAGE_STATUSES: ReadonlySet<number> = new Set([413, 415, 422]);

/**
 * Sends one captured frame to the proxy and returns the validated liveness response.
 *
 * @param image The frame as Base64 (a `data:` URL prefix is the proxy's to accept or strip).
 * @throws {LivenessCheckError} with `reason` `NETWORK_ERROR`, `TIMEOUT`, `RATE_LIMITED` (with
 *   `retryAfterSeconds`), `SERVER_ERROR`, `INVALID_RESPONSE`, `IMAGE_REJECTED`, or the proxy's
 *   capture-session refusals `TOKEN_MISSING`, `TOKEN_INVALID`, `TOKEN_EXPIRED`,
 *   `ATTEMPTS_EXHAUSTED`.
 * @throws the caller's `signal.reason` when `signal` aborts (see `isAbortError`).
 *
 * @example
 * const response = await checkLiveness(base64, { proxyUrl: '/api/liveness', signal });
 * const verdict = assessLiveness(response);
 */
export async function checkLiveness(
  image: string,
  options: CheckLivenessOptions,
): Promise<LivenessResponse> {
  const { proxyUrl, signal, timeoutMs = DEFAULT_CHECK_TIMEOUT_MS } = options;
  if (typeof image !== 'string' || image === '') {
    throw new TypeError('checkLiveness: image must be a non-empty Base64 string');
  }
  if (typeof proxyUrl !== 'string' || proxyUrl === '') {
    throw new TypeError('checkLiveness: options.proxyUrl is required');
  }
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    throw new RangeError(
      `checkLiveness: options.timeoutMs must be a positive number, got ${timeoutMs}`,
    );
  }
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') {
    throw new TypeError('checkLiveness: no fetch available; pass options.fetch');
  }
  const headers = requestHeaders(options.headers);
  if (options.token !== undefined) headers.set('authorization', `Bearer ${options.token}`);
  signal?.throwIfAborted();

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('The liveness check timed out', 'TimeoutError'));
  }, timeoutMs);
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });

  try {
    // raceAbort: a custom fetch that ignores the signal still cannot outlive the timeout.
    const response = await raceAbort(
      fetchImpl(proxyUrl, {
        method: 'POST',
        headers,
        body: JSON.stringify({ image }),
        signal: controller.signal,
      }),
      controller.signal,
    );
    const body = await raceAbort(response.text(), controller.signal);
    return response.ok ? readSuccess(body, response.status) : throwFailure(response, body);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (error instanceof LivenessCheckError) throw error;
    if (timedOut) {
      throw new LivenessCheckError('TIMEOUT', `No answer from the proxy within ${timeoutMs} ms`, {
        cause: error,
      });
    }
    throw new LivenessCheckError('NETWORK_ERROR', 'Could not reach the liveness proxy', {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

/** Before the timer starts: an invalid header is the caller's bug, not a network failure. */
function requestHeaders(extra: Record<string, string> | undefined): Headers {
  let headers: Headers;
  try {
    headers = new Headers(extra);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new TypeError(`checkLiveness: options.headers is invalid: ${detail}`, { cause });
  }
  headers.set('content-type', 'application/json');
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  return headers;
}

function readSuccess(body: string, status: number): LivenessResponse {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (cause) {
    throw new LivenessCheckError(
      'INVALID_RESPONSE',
      'The proxy answered with a body that is not JSON',
      {
        status,
        cause,
      },
    );
  }
  try {
    return parseLivenessResponse(json);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new LivenessCheckError('INVALID_RESPONSE', detail, { status, cause });
  }
}

function throwFailure(response: Response, body: string): never {
  const { status } = response;
  const proxyError = parseProxyError(tryParseJson(body));
  const code = proxyError?.code;
  const reason = failureReason(status, code);
  const retryAfterSeconds =
    reason === 'RATE_LIMITED'
      ? (parseRetryAfter(response.headers.get('retry-after'), Date.now()) ??
        DEFAULT_RETRY_AFTER_SECONDS)
      : undefined;
  const detail = proxyError ? `${proxyError.code}: ${proxyError.message}` : 'no proxy error body';
  throw new LivenessCheckError(reason, `The proxy answered HTTP ${status} (${detail})`, {
    status,
    code,
    retryAfterSeconds,
  });
}

/** The capture-session refusals keep their code as reason: the person starts again or waits. */
const SESSION_CODES = [
  'TOKEN_MISSING',
  'TOKEN_INVALID',
  'TOKEN_EXPIRED',
  'ATTEMPTS_EXHAUSTED',
] as const satisfies readonly (ProxyErrorCode & TransportReason)[];
type SessionCode = (typeof SESSION_CODES)[number];
const isSessionCode = (code: ProxyErrorCode | undefined): code is SessionCode =>
  (SESSION_CODES as readonly (string | undefined)[]).includes(code);

function failureReason(status: number, code: ProxyErrorCode | undefined): TransportReason {
  if (isSessionCode(code)) return code;
  if (status === 429 || code === 'RATE_LIMITED') return 'RATE_LIMITED';
  if (code === 'TIMEOUT' || status === 504 || status === 408) return 'TIMEOUT';
  if ((code && IMAGE_CODES.has(code)) || IMAGE_STATUSES.has(status)) return 'IMAGE_REJECTED';
  return 'SERVER_ERROR';
}

function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
