import type { TransportReason } from '../reasons.js';

export interface LivenessCheckErrorInit {
  /** HTTP status of the proxy's answer, when there was one. */
  status?: number | undefined;
  /** Seconds to wait before the next attempt (set on `RATE_LIMITED`). */
  retryAfterSeconds?: number | undefined;
  /** The proxy's error code from its `{ "error": { "code" } }` body, when it sent one. */
  code?: string | undefined;
  cause?: unknown;
}

/**
 * A liveness check that did not produce a verdict. `reason` is a transport reason code, the key
 * of the message to show; an abort by the caller is never a `LivenessCheckError`.
 */
export class LivenessCheckError extends Error {
  override readonly name = 'LivenessCheckError';
  /** What went wrong, as a reason code: `NETWORK_ERROR`, `TIMEOUT`, `RATE_LIMITED`, ... */
  readonly reason: TransportReason;
  /** HTTP status of the proxy's answer; absent when no answer arrived. */
  readonly status?: number;
  /** Seconds to wait before trying again; always set when `reason` is `RATE_LIMITED`. */
  readonly retryAfterSeconds?: number;
  /** The proxy's error code (e.g. `PAYLOAD_TOO_LARGE`), when its body had one. */
  readonly code?: string;

  constructor(reason: TransportReason, message: string, init: LivenessCheckErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.reason = reason;
    if (init.status !== undefined) this.status = init.status;
    if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds;
    if (init.code !== undefined) this.code = init.code;
  }
}

/** True for any `LivenessCheckError`, also one from another copy of this package. */
export function isLivenessCheckError(error: unknown): error is LivenessCheckError {
  return (
    error instanceof LivenessCheckError ||
    (error instanceof Error && error.name === 'LivenessCheckError' && 'reason' in error)
  );
}
