import { LivenessResponseError } from '../contract/liveness-response-error.js';
import type { TransportReason } from '../reasons.js';
import { TRANSPORT_REASONS } from '../reasons.js';
import type { SessionAction } from './session-action.js';

/** Wait used when a `RATE_LIMITED` answer carries no usable `Retry-After`. */
const FALLBACK_RETRY_AFTER_SECONDS = 5;

/**
 * Proxy error codes a new frame cannot fix: the integration is wrong (URL, origin, keys), so
 * the session ends in `error` rather than spending the user's attempts.
 */
const NOT_RETRYABLE_CODES = new Set([
  'METHOD_NOT_ALLOWED',
  'NOT_FOUND',
  'UNSUPPORTED_MEDIA_TYPE',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'ORIGIN_NOT_ALLOWED',
  'MISCONFIGURED',
  // Capture-session refusals: a new frame cannot help; the person starts again or comes back.
  'TOKEN_MISSING',
  'TOKEN_INVALID',
  'TOKEN_EXPIRED',
  'ATTEMPTS_EXHAUSTED',
]);

const REASONS = new Set<string>(TRANSPORT_REASONS);

/** The fields of `LivenessCheckError` the session reads (duck-typed: any such error works). */
interface TransportErrorLike {
  reason: TransportReason;
  retryAfterSeconds?: number | undefined;
  code?: string | undefined;
}

/**
 * Turns a failed request into the session's `submitFailed` action:
 * - `RATE_LIMITED`: retry after `Retry-After` (default 5 s), no attempt used;
 * - `NETWORK_ERROR`, `TIMEOUT`, `SERVER_ERROR`: retry now, no attempt used (not the user's fault);
 * - `IMAGE_REJECTED`: retry, and the attempt counts (the frame was judged);
 * - `INVALID_RESPONSE`, and proxy codes that say the integration is wrong (`NOT_FOUND`,
 *   `ORIGIN_NOT_ALLOWED`, `MISCONFIGURED`, ...): `error`.
 * An error that carries no transport reason counts as `NETWORK_ERROR`, except an invalid answer
 * (`LivenessResponseError`), which is `INVALID_RESPONSE`.
 */
export function transportFailure(
  error: unknown,
  nowMs: number,
): Extract<SessionAction, { type: 'submitFailed' }> {
  const { reason, retryAfterSeconds, code } = readTransportError(error);
  const retryable =
    reason !== 'INVALID_RESPONSE' && !(code !== undefined && NOT_RETRYABLE_CODES.has(code));
  const waitSeconds =
    reason === 'RATE_LIMITED'
      ? retryAfterSeconds !== undefined &&
        Number.isFinite(retryAfterSeconds) &&
        retryAfterSeconds >= 0
        ? retryAfterSeconds
        : FALLBACK_RETRY_AFTER_SECONDS
      : 0;
  return {
    type: 'submitFailed',
    reason,
    retryable,
    consumesAttempt: reason === 'IMAGE_REJECTED',
    retryAtMs: waitSeconds > 0 ? nowMs + waitSeconds * 1000 : null,
    atMs: nowMs,
  };
}

function readTransportError(error: unknown): TransportErrorLike {
  if (error instanceof LivenessResponseError) return { reason: 'INVALID_RESPONSE' };
  if (typeof error === 'object' && error !== null) {
    const { reason, retryAfterSeconds, code } = error as Record<string, unknown>;
    if (typeof reason === 'string' && REASONS.has(reason)) {
      return {
        reason: reason as TransportReason,
        retryAfterSeconds: typeof retryAfterSeconds === 'number' ? retryAfterSeconds : undefined,
        code: typeof code === 'string' ? code : undefined,
      };
    }
  }
  return { reason: 'NETWORK_ERROR' };
}
