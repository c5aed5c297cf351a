import type { assessLiveness, LivenessResponse } from '@liveframe/core';
import type { AttemptOptions, Authorize, CaptureTokenOptions } from '../capture/capture-guard.js';
import type { Logger } from '../logging/log-entry.js';
import type { RateLimitStore } from '../rate-limit/rate-limit-store.js';
import type { ProxyStore } from '../store/proxy-store.js';
import type { Upstream } from '../upstream/upstream.js';

/** The verdict `assessLiveness` gives for an upstream answer. */
export type LivenessVerdict = ReturnType<typeof assessLiveness>;
/** Options passed through to `assessLiveness`. */
export type VerdictOptions = NonNullable<Parameters<typeof assessLiveness>[1]>;

/** What the handler learns about the client from the runtime (adapters fill it). */
export interface RequestContext {
  /** The peer's IP address (socket or a platform's trusted header), for rate limiting. */
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
  /** Whose capture this was (the token's or `authorize`'s subject); undefined when `open`. */
  subject: string | undefined;
  /** The capture session (the token's session id, or `authorize`'s); undefined when `open`. */
  sessionId: string | undefined;
  /** This attempt's number in its session (1 = first); undefined when `open`. */
  attempt: number | undefined;
}

export interface RateLimitOptions {
  /** Requests allowed per client per window. @default 30 */
  limit?: number;
  /** Window length in milliseconds. @default 60000 */
  windowMs?: number;
  /**
   * Where counts are kept. Share one store between instances to share the limit.
   * @default the handler's `store`
   */
  store?: RateLimitStore;
}

export interface ImageDimensionOptions {
  /** Smallest accepted width and height, in pixels. @default 32 */
  minSide?: number;
  /** Largest accepted width and height, in pixels. @default 8192 */
  maxSide?: number;
}

export interface LivenessHandlerOptions {
  /** Who judges the image: `dojahUpstream(...)`, or `simulatorUpstream()` from `@liveframe/proxy-server/simulator`. */
  upstream: Upstream;
  /** The one path the handler answers; anything else is 404. @default '/api/liveness' */
  path?: string;
  /**
   * Other origins whose pages may call the proxy, e.g. `['https://app.example.com']`; no wildcard.
   * @default []
   */
  allowedOrigins?: readonly string[];
  /**
   * Largest decoded image accepted, in bytes; the body limit is its Base64 size plus 4 KiB.
   * @default 1048576
   */
  maxImageBytes?: number;
  /** Bounds on the dimensions read from the image header. */
  imageDimensions?: ImageDimensionOptions;
  /**
   * The `Host` values (with port) answered, against DNS rebinding; empty accepts any valid host.
   * @default []
   */
  allowedHosts?: readonly string[];
  /** Require a `createCaptureToken` token (`Authorization: Bearer`) on every POST, before the body. */
  captureTokens?: CaptureTokenOptions;
  /** For apps with cookie sessions: return `{ subject }` to go on or a `Response` to refuse. */
  authorize?: Authorize;
  /**
   * The attempt budget for `authorize` subjects.
   * @default { maxAttempts: 3, windowSeconds: 600 }
   */
  attempts?: AttemptOptions;
  /**
   * Serve a paid upstream without `captureTokens` or `authorize`, for routes guarded otherwise.
   * @default false
   */
  open?: boolean;
  /**
   * Attempts, spent sessions and rate limits: `redisStore()` (`@liveframe/proxy-server/redis`) to share.
   * @default memoryStore()
   */
  store?: ProxyStore;
  /**
   * Body bytes held across all requests; past it, 503 `RATE_LIMITED` with `Retry-After: 1`.
   * @default 67108864 (64 MiB)
   */
  maxBufferedBytes?: number;
  /**
   * Per-client rate limit, or `false` when your platform limits already.
   * @default { limit: 30, windowMs: 60000, store: the handler's `store` }
   */
  rateLimit?: RateLimitOptions | false;
  /**
   * Your reverse proxies appending to `X-Forwarded-For` (nginx, Vercel: 1); 0 ignores the header.
   * @default 0
   */
  trustedHops?: number;
  /**
   * The origin(s) your pages are served from: their requests are same-origin.
   * @default undefined: the request's own origin (see `trustHost`)
   */
  publicOrigin?: string | readonly string[];
  /**
   * Own origin from `X-Forwarded-Proto`/`-Host` (else `Host`), not `request.url`: for Next.js.
   * @default false
   */
  trustHost?: boolean;
  /** Every valid answer and its verdict, before the client gets it: record the pass here. */
  onResult?: (event: LivenessResultEvent) => void | Promise<void>;
  /**
   * Receives one structured entry per request, or `false` for silence.
   * @default jsonLineLogger (one JSON line on stdout/stderr)
   */
  logger?: Logger | false;
  /** Passed to `assessLiveness` for the verdict given to `onResult`. */
  verdictOptions?: VerdictOptions;
}

/** A Web-standard handler; `path` is the one path it answers. */
export interface LivenessHandler {
  (request: Request, context?: RequestContext): Promise<Response>;
  readonly path: string;
}

/** A Web-standard handler, such as the one `createLivenessHandler` returns. */
export type FetchHandler = (request: Request, context?: RequestContext) => Promise<Response>;
