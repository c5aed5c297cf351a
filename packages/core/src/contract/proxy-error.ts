/**
 * Error codes in the body of every non-2xx answer from `@liveframe/proxy`. The client maps them
 * to transport reason codes; they are part of the wire contract, so only ever add to this list.
 */
export const PROXY_ERROR_CODES = [
  'METHOD_NOT_ALLOWED',
  'NOT_FOUND',
  'UNSUPPORTED_MEDIA_TYPE',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'IMAGE_REJECTED',
  'ORIGIN_NOT_ALLOWED',
  'RATE_LIMITED',
  'TIMEOUT',
  'UPSTREAM_ERROR',
  'MISCONFIGURED',
  'INTERNAL_ERROR',
  'TOKEN_MISSING',
  'TOKEN_INVALID',
  'TOKEN_EXPIRED',
  'ATTEMPTS_EXHAUSTED',
] as const;

export type ProxyErrorCode = (typeof PROXY_ERROR_CODES)[number];

/** The JSON body of a proxy error: `{ "error": { "code": "RATE_LIMITED", "message": "..." } }`. */
export interface ProxyErrorBody {
  readonly error: {
    readonly code: ProxyErrorCode;
    /** For developers and logs, never shown to end users (they see the reason code's message). */
    readonly message: string;
  };
}

const CODES = new Set<string>(PROXY_ERROR_CODES);

/** True when `value` is one of the {@link PROXY_ERROR_CODES}. */
export function isProxyErrorCode(value: unknown): value is ProxyErrorCode {
  return typeof value === 'string' && CODES.has(value);
}

/**
 * Reads a proxy error body. Returns `undefined` for anything else (another server's error page,
 * a code this version does not know), so callers fall back to the HTTP status.
 */
export function parseProxyError(json: unknown): ProxyErrorBody['error'] | undefined {
  if (!isRecord(json) || !isRecord(json.error)) return undefined;
  const { code, message } = json.error;
  if (!isProxyErrorCode(code) || typeof message !== 'string') return undefined;
  return { code, message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
