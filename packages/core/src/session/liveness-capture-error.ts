import type { CameraReason, TransportReason } from '../reasons.js';

/**
 * What `onError` receives: a camera or transport failure, with its reason code (the key of the
 * message shown to the user) and the original error in `cause`.
 */
export class LivenessCaptureError extends Error {
  override readonly name = 'LivenessCaptureError';
  readonly reason: CameraReason | TransportReason;

  constructor(reason: CameraReason | TransportReason, options?: { cause?: unknown }) {
    super(describe(reason, options?.cause), options);
    this.reason = reason;
  }
}

function describe(reason: string, cause: unknown): string {
  const detail = cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : '';
  return detail ? `${reason}: ${detail}` : reason;
}
