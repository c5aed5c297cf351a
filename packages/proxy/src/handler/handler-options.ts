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
  /**
   * The peer's IP address (from the socket, or a platform's trusted header); adapters set it.
   * Used for rate limiting; ignored unless it is an IP address.
   */
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
   * @default the handler's `store`
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
   * The hosts (`Host` header, with port when not the default) this handler answers, against DNS
   * rebinding; others get 400. Empty accepts any well-formed host.
   * @default []
   */
  allowedHosts?: readonly string[];
  /**
   * Require a capture token from `createCaptureToken` (`Authorization: Bearer <token>`) on every
   * POST, checked before the body is read. Each token carries its subject, session, expiry and
   * attempt budget; a passed session is spent.
   * @default undefined
   */
  captureTokens?: CaptureTokenOptions;
  /**
   * For apps with their own cookie sessions: decides who may capture, before the body is read.
   * Return `{ subject }` to go on, or a `Response` (e.g. 401) to refuse. Attempts are counted per
   * subject, as for tokens (see `attempts`).
   * @default undefined
   */
  authorize?: Authorize;
  /**
   * The attempt budget for `authorize` subjects.
   * @default { maxAttempts: 3, windowSeconds: 600 }
   */
  attempts?: AttemptOptions;
  /**
   * Serve without `captureTokens` or `authorize`: anyone who can reach the route spends your
   * provider's budget. Only for routes you guard some other way; required with a paid upstream.
   * @default false
   */
  open?: boolean;
  /**
   * Where attempts, spent sessions and rate-limit windows live: `memoryStore()` for one process,
   * `redisStore({ url })` (from `@liveframe/proxy/redis`) shared by many.
   * @default memoryStore()
   */
  store?: ProxyStore;
  /**
   * Request body bytes held in memory across all requests together; past it a request is refused
   * with 503 `RATE_LIMITED` and `Retry-After: 1` while the others finish.
   * @default 67108864 (64 MiB)
   */
  maxBufferedBytes?: number;
  /**
   * Per-client rate limit, or `false` to turn it off (e.g. when your platform limits already).
   * @default { limit: 30, windowMs: 60000, store: the handler's `store` }
   */
  rateLimit?: RateLimitOptions | false;
  /**
   * How many reverse proxies you control sit in front of the handler, each appending the address
   * it saw to `X-Forwarded-For` (nginx with `$proxy_add_x_forwarded_for`: 1; Vercel, Netlify: 1).
   * The client is then the right-most entry they did not add, if it is an IP address. 0 ignores
   * the header: anyone can write it.
   * @default 0
   */
  trustedHops?: number;
  /**
   * The origin, or origins, your pages are served from, e.g. `'https://app.example.com'`. A
   * browser request from one of them is same-origin: no `allowedOrigins` entry, no CORS headers.
   * @default undefined: the request's own origin (see `trustHost`)
   */
  publicOrigin?: string | readonly string[];
  /**
   * Without `publicOrigin`, take the handler's own origin from `X-Forwarded-Proto` and
   * `X-Forwarded-Host` (else `Host`) rather than from `request.url`. Set it on Next.js, whose
   * `request.url` says localhost whatever the page's host, and behind a proxy that sets them.
   * @default false
   */
  trustHost?: boolean;
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

/** A Web-standard handler, such as the one `createLivenessHandler` returns. */
export type FetchHandler = (request: Request, context?: RequestContext) => Promise<Response>;
