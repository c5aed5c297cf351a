import { assessLiveness, LivenessResponseError, parseLivenessResponse } from '@liveframe/core';
import type { LivenessResponse, ProxyErrorCode } from '@liveframe/core';
import {
  corsHeaders,
  decideOrigin,
  normalizeOrigin,
  PREFLIGHT_HEADERS,
} from '../cors/cors-policy.js';
import type { OriginDecision } from '../cors/cors-policy.js';
import { ProxyError } from '../errors/proxy-error.js';
import { jsonLineLogger } from '../logging/log-entry.js';
import type { LogEntry } from '../logging/log-entry.js';
import { clientKey } from '../rate-limit/client-key.js';
import { memoryRateLimitStore } from '../rate-limit/memory-rate-limit-store.js';
import { UpstreamError } from '../upstream/types.js';
import type { UpstreamContext, UpstreamReply } from '../upstream/types.js';
import { upstreamContext } from './client-gone.js';
import { EXCHANGE_HANDLER, toResponse, webExchange } from './exchange.js';
import type { Exchange, Reply } from './exchange.js';
import type { LivenessHandler, LivenessHandlerOptions, RequestContext } from './handler-options.js';
import { errorReply, jsonReply } from './json-response.js';
import { parseImageRequest } from './parse-image-request.js';
import { toProxyError } from './to-proxy-error.js';

const ALLOW = 'POST, OPTIONS';
const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;

/** Per-request facts gathered for the log line. */
interface Trace {
  bodyProgress?: { bytesRead: number };
  imageBytes?: number;
  outcome?: 'pass' | 'retry';
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value <= 0) {
    throw new TypeError(`createLivenessHandler: ${name} must be a positive integer, got ${value}.`);
  }
  return value;
}

function allowedOriginSet(origins: readonly string[]): Set<string> {
  return new Set(
    origins.map((origin) => {
      if (origin === '*') {
        throw new TypeError('createLivenessHandler: allowedOrigins cannot hold "*"; list origins.');
      }
      const normalized = normalizeOrigin(origin);
      if (normalized === undefined) {
        throw new TypeError(
          `createLivenessHandler: "${origin}" in allowedOrigins is not an origin.`,
        );
      }
      return normalized;
    }),
  );
}

/**
 * Creates the proxy as a Web-standard `(request, context?) => Promise<Response>` handler: it
 * checks the request, forwards the image to the upstream and returns the upstream's validated
 * answer unchanged, or `{ "error": { "code", "message" } }`.
 */
export function createLivenessHandler(options: LivenessHandlerOptions): LivenessHandler {
  const { upstream, onResult, verdictOptions } = options;
  const path = options.path ?? '/api/liveness';
  const allowed = allowedOriginSet(options.allowedOrigins ?? []);
  const maxImageBytes = positiveInteger(options.maxImageBytes ?? 1_048_576, 'maxImageBytes');
  const bodyLimit = Math.ceil(maxImageBytes / 3) * 4 + 4096;
  const dimensions = {
    minSide: positiveInteger(options.imageDimensions?.minSide ?? 32, 'imageDimensions.minSide'),
    maxSide: positiveInteger(options.imageDimensions?.maxSide ?? 8192, 'imageDimensions.maxSide'),
  };
  const rateLimit =
    options.rateLimit === false
      ? undefined
      : {
          limit: positiveInteger(options.rateLimit?.limit ?? 30, 'rateLimit.limit'),
          windowMs: positiveInteger(options.rateLimit?.windowMs ?? 60_000, 'rateLimit.windowMs'),
          store: options.rateLimit?.store ?? memoryRateLimitStore(),
        };
  const trustProxy = options.trustProxy ?? false;
  const logger = options.logger === false ? undefined : (options.logger ?? jsonLineLogger);

  async function enforceRateLimit(exchange: Exchange, context: RequestContext): Promise<void> {
    if (rateLimit === undefined) return;
    const key = clientKey(exchange.header('x-forwarded-for'), context.clientAddress, trustProxy);
    const { count, resetAt } = await rateLimit.store.hit(key, rateLimit.windowMs);
    if (count <= rateLimit.limit) return;
    const seconds = Math.max(1, Math.ceil((resetAt - Date.now()) / 1000));
    throw new ProxyError(429, 'RATE_LIMITED', `Too many requests; retry in ${seconds} s.`, {
      headers: { 'Retry-After': String(seconds) },
    });
  }

  function preflight(exchange: Exchange, origin: OriginDecision): Reply {
    if (origin.kind === 'forbidden') throw forbidden();
    const isPreflight = exchange.header('access-control-request-method') !== null;
    const headers: Record<string, string> =
      isPreflight && origin.kind === 'allowed'
        ? { ...corsHeaders(origin), ...PREFLIGHT_HEADERS }
        : {};
    return { status: 204, headers: { Allow: ALLOW, ...headers }, body: null };
  }

  /** Checks the body's image and hands it to the upstream; synchronous up to the hand-over. */
  function forward(
    body: Uint8Array,
    context: UpstreamContext,
    trace: Trace,
  ): Promise<UpstreamReply> {
    const image = parseImageRequest(body, maxImageBytes, dimensions);
    trace.imageBytes = image.byteLength;
    return upstream.check(image, context);
  }

  /**
   * Routes the request. Not async, and neither is anything it calls up to the upstream: a
   * suspended async function keeps its frame (a generator, its registers, a promise) for as long
   * as Dojah takes, about a second, so every waiting request had it promoted to the old
   * generation. Promise chains keep less (the proxy README's benchmark section measures it).
   */
  function route(
    exchange: Exchange,
    context: RequestContext,
    origin: OriginDecision,
    trace: Trace,
  ): Reply | Promise<Reply> {
    if (exchange.pathname !== path) {
      throw new ProxyError(
        404,
        'NOT_FOUND',
        `Nothing here; the liveness endpoint is POST ${path}.`,
      );
    }
    if (exchange.method === 'OPTIONS') return preflight(exchange, origin);
    if (exchange.method !== 'POST') {
      throw new ProxyError(405, 'METHOD_NOT_ALLOWED', `Use POST ${path}.`, {
        headers: { Allow: ALLOW },
      });
    }
    if (origin.kind === 'forbidden') throw forbidden();
    if (rateLimit === undefined) return receive(exchange, context, origin, trace);
    return enforceRateLimit(exchange, context).then(() =>
      receive(exchange, context, origin, trace),
    );
  }

  /** Reads and checks the body, forwards the image and answers with the upstream's reply. */
  function receive(
    exchange: Exchange,
    context: RequestContext,
    origin: OriginDecision,
    trace: Trace,
  ): Promise<Reply> {
    const mediaType = (exchange.header('content-type') ?? '').split(';')[0]?.trim() ?? '';
    if (!JSON_MEDIA_TYPE.test(mediaType.toLowerCase())) {
      throw new ProxyError(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'Send the image as JSON with Content-Type: application/json.',
      );
    }
    const progress = { bytesRead: 0 };
    trace.bodyProgress = progress;
    const scenario = exchange.header('x-liveframe-scenario');
    const toUpstream = upstreamContext(exchange.clientGone, scenario);
    // Neither the body nor the image is held by what waits for the upstream's answer (about a
    // second for Dojah): they die young instead of being promoted.
    return exchange
      .readBody(bodyLimit, progress)
      .then((body) => forward(body, toUpstream, trace))
      .then((reply) => answer(reply, exchange, context, origin, trace));
  }

  function answer(
    reply: UpstreamReply,
    exchange: Exchange,
    context: RequestContext,
    origin: OriginDecision,
    trace: Trace,
  ): Reply | Promise<Reply> {
    const response = parseReply(reply.body);
    const verdict = assessLiveness(response, verdictOptions);
    trace.outcome = verdict.outcome;
    const ok = jsonReply(200, reply.body, corsHeaders(origin));
    if (onResult === undefined) return ok;
    const recorded = onResult({
      response,
      verdict,
      request: exchange.request(),
      clientAddress: context.clientAddress,
    });
    return Promise.resolve(recorded).then(() => ok);
  }

  function handleExchange(exchange: Exchange, context: RequestContext): Promise<Reply> {
    const started = performance.now();
    const trace: Trace = {};
    let origin: OriginDecision;
    let routed: Reply | Promise<Reply>;
    try {
      origin = decideOrigin(exchange.header('origin'), () => exchange.ownOrigin(), allowed);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    try {
      routed = route(exchange, context, origin, trace);
    } catch (error) {
      routed = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return Promise.resolve(routed).then(
      (reply) => logged(exchange, started, trace, reply),
      (error: unknown) => {
        const proxyError =
          exchange.clientGone.aborted &&
          !(error instanceof ProxyError || error instanceof UpstreamError)
            ? new ProxyError(400, 'BAD_REQUEST', 'The client closed the request.')
            : toProxyError(error);
        const reply = errorReply(proxyError, corsHeaders(origin));
        return logged(exchange, started, trace, reply, proxyError.code, proxyError.logDetail);
      },
    );
  }

  /** Writes the request's log line and returns its reply. */
  function logged(
    exchange: Exchange,
    started: number,
    trace: Trace,
    response: Reply,
    code?: ProxyErrorCode,
    detail?: string,
  ): Reply {
    if (logger !== undefined) {
      const entry: LogEntry = {
        level: response.status >= 500 ? 'error' : response.status >= 400 ? 'warn' : 'info',
        msg: 'liveness request',
        method: exchange.method,
        path: exchange.pathname,
        status: response.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        bytesIn: trace.bodyProgress?.bytesRead ?? 0,
        upstream: upstream.name,
      };
      // Assigned, not spread: each spread of a conditional object made one more object a request.
      if (code !== undefined) entry.code = code;
      if (trace.imageBytes !== undefined) entry.imageBytes = trace.imageBytes;
      if (trace.outcome !== undefined) entry.outcome = trace.outcome;
      if (detail !== undefined) entry.detail = detail;
      logger(entry);
    }
    return response;
  }

  async function handle(request: Request, context: RequestContext = {}): Promise<Response> {
    return toResponse(await handleExchange(webExchange(request), context));
  }

  return Object.assign(handle, { path, [EXCHANGE_HANDLER]: handleExchange });
}

function forbidden(): ProxyError {
  return new ProxyError(
    403,
    'ORIGIN_NOT_ALLOWED',
    'This origin may not call the liveness proxy; add it to the allowed origins.',
  );
}

function parseReply(body: string): LivenessResponse {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new UpstreamError('invalid-response', 'The upstream answered 200 with non-JSON');
  }
  try {
    return parseLivenessResponse(json);
  } catch (error) {
    if (!(error instanceof LivenessResponseError)) throw error;
    // The path only: a field's value could echo anything, secrets included.
    const where = error.path === '' ? 'the root' : error.path;
    throw new UpstreamError(
      'invalid-response',
      `The upstream's answer is off contract at ${where}`,
    );
  }
}
