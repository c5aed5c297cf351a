import type { assessLiveness, LivenessResponse } from '@liveframe/core';
import type { Logger } from '../logging/log-entry.js';
import type { RateLimitStore } from '../rate-limit/rate-limit-store.js';
import type { Upstream } from '../upstream/types.js';

/** The verdict `assessLiveness` gives for an upstream answer. */
export type LivenessVerdict = ReturnType<typeof assessLiveness>;
/** Options passed through to `assessLiveness`. */
export type VerdictOptions = NonNullable<Parameters<typeof assessLiveness>[1]>;

/** What the handler learns about the client from the runtime (adapters fill it). */
export interface RequestContext {
  /** The peer's IP address from the socket; adapters set it. Used for rate limiting. */
  clientAddress?: string;
}

/** Passed to `onResult` once the upstream has answered and the answer is valid. */
export interface LivenessResultEvent {
  /** The upstream's validated answer. */
  response: LivenessResponse;
  /** `assessLiveness`'s verdict on it: this, not the browser's word, is the proof. */
  verdict: LivenessVerdict;
  /** The client's request (its body is already read; headers are available). */
  request: Request;
  /** The client's address as used for rate limiting, when known. */
  clientAddress: string | undefined;
}

export interface RateLimitOptions {
  /**
   * Requests allowed per client per window.
   * @default 30
   */
  limit?: number;
  /**
   * Window length in milliseconds.
   * @default 60000
   */
  windowMs?: number;
  /**
   * Where counts are kept. Share one store between instances to share the limit.
   * @default memoryRateLimitStore()
   */
  store?: RateLimitStore;
}

export interface ImageDimensionOptions {
  /**
   * Smallest accepted width and height, in pixels.
   * @default 32
   */
  minSide?: number;
  /**
   * Largest accepted width and height, in pixels.
   * @default 8192
   */
  maxSide?: number;
}

export interface LivenessHandlerOptions {
  /** Who judges the image: `dojahUpstream(...)` or `simulatorUpstream()`. Required. */
  upstream: Upstream;
  /**
   * The one path the handler answers; anything else is 404.
   * @default '/api/liveness'
   */
  path?: string;
  /**
   * Origins allowed to call the proxy from a browser, e.g. `['https://app.example.com']`.
   * Same-origin requests and requests without `Origin` need no listing. Never a wildcard.
   * @default []
   */
  allowedOrigins?: readonly string[];
  /**
   * Largest decoded image accepted, in bytes. The request body limit follows from it (Base64
   * grows data by 4/3, plus 4 KiB for JSON and a `data:` prefix). 1 MiB holds a 1280 x 960
   * selfie JPEG (typically 150 to 400 KB) with room to spare.
   * @default 1048576
   */
  maxImageBytes?: number;
  /** Bounds on the dimensions read from the image header. */
  imageDimensions?: ImageDimensionOptions;
  /**
   * Per-client rate limit, or `false` to turn it off (e.g. when your platform limits already).
   * @default { limit: 30, windowMs: 60000, store: memoryRateLimitStore() }
   */
  rateLimit?: RateLimitOptions | false;
  /**
   * Count clients by the left-most `X-Forwarded-For` entry instead of the socket address.
   * Only set it behind a proxy you control that overwrites that header.
   * @default false
   */
  trustProxy?: boolean;
  /**
   * Called server-side with every valid upstream answer and its verdict, before the client gets
   * it. Record the pass here: the browser's word is never proof. If it throws, the client gets
   * 500 `INTERNAL_ERROR` instead of the answer.
   * @default undefined
   */
  onResult?: (event: LivenessResultEvent) => void | Promise<void>;
  /**
   * Receives one structured entry per request, or `false` for silence.
   * @default jsonLineLogger (one JSON line on stdout/stderr)
   */
  logger?: Logger | false;
  /**
   * Passed to `assessLiveness` for the verdict given to `onResult`.
   * @default undefined (the verdict's own defaults)
   */
  verdictOptions?: VerdictOptions;
}

/** A Web-standard handler; `path` is the one path it answers. */
export interface LivenessHandler {
  (request: Request, context?: RequestContext): Promise<Response>;
  readonly path: string;
}
