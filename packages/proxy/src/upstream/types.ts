import type { ImageMime } from '../image/sniff-image.js';

/** The checked image the handler hands to an upstream. */
export interface UpstreamImage {
  /**
   * Raw Base64, without any `data:` prefix. Made into a string only when first read: for a
   * request body, prefer {@link UpstreamImage.base64Bytes}.
   */
  readonly base64: string;
  /**
   * The same Base64 as ASCII bytes, a view of the request body: build the upstream's request
   * body from these and no large string is ever made (see `dojahUpstream`).
   */
  base64Bytes: Uint8Array;
  /** The decoded bytes (decoded when first read). */
  readonly bytes: Uint8Array;
  /** The decoded image's size in bytes (known without reading `bytes`). */
  byteLength: number;
  mime: ImageMime;
  /** Width from the image header, in pixels. */
  width: number;
  /** Height from the image header, in pixels. */
  height: number;
}

export interface UpstreamContext {
  /** Aborted when the client goes away; upstreams stop their work when it fires. */
  signal: AbortSignal;
  /**
   * The `X-LiveFrame-Scenario` request header. Only the simulator reads it; real upstreams
   * must ignore it and never forward it.
   */
  scenario?: string;
}

/** A 200 answer from the liveness endpoint: the raw JSON text, validated by the handler. */
export interface UpstreamReply {
  body: string;
}

/**
 * A liveness provider behind the proxy. `check` resolves with the provider's 200 body, or
 * rejects with an {@link UpstreamError} saying what went wrong.
 */
export interface Upstream {
  /** Shown by `GET /healthz` and in log lines, e.g. `dojah` or `simulator`. */
  readonly name: string;
  /**
   * Take what the request needs from `image` before the first `await`, and keep no reference
   * to it while waiting: the handler lets go of the request body once `check` returns, so it
   * dies young instead of being promoted with the waiting request (see `dojahUpstream`).
   */
  check(image: UpstreamImage, context: UpstreamContext): Promise<UpstreamReply>;
}

/**
 * What went wrong upstream. The handler maps each kind to a status and an error code:
 * `timeout` 504, `unavailable` and `invalid-response` 502, `unauthorized` 500 `MISCONFIGURED`,
 * `image-rejected` 422 `IMAGE_REJECTED`, `rate-limited` 429, `bad-scenario` 400.
 */
export type UpstreamErrorKind =
  | 'timeout'
  | 'unavailable'
  | 'invalid-response'
  | 'unauthorized'
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
