/** What went wrong upstream; the handler maps each kind to a status (see the README's table). */
export type UpstreamErrorKind =
  | 'timeout'
  | 'unavailable'
  | 'invalid-response'
  | 'unauthorized'
  | 'misconfigured'
  | 'image-rejected'
  | 'rate-limited'
  | 'bad-scenario';

export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';
  readonly kind: UpstreamErrorKind;
  /** The upstream's HTTP status, when it answered. */
  readonly status: number | undefined;
  /** For `image-rejected` and `bad-scenario`: a reason safe to show to the end user. */
  readonly publicReason: string | undefined;
  /** For `rate-limited`: seconds to wait, from the upstream's `Retry-After`. */
  readonly retryAfterSeconds: number | undefined;

  /** `message` is for the operator's log; it must never contain a secret. */
  constructor(
    kind: UpstreamErrorKind,
    message: string,
    init: { status?: number; publicReason?: string; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.kind = kind;
    this.status = init.status;
    this.publicReason = init.publicReason;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}
