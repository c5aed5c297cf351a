import { assessLiveness, LivenessResponseError, parseLivenessResponse } from '@liveframe/core';
import type { LivenessResponse } from '@liveframe/core';
import {
  corsHeaders,
  decideOrigin,
  normalizeOrigin,
  PREFLIGHT_HEADERS,
} from '../cors/cors-policy.js';
import type { OriginDecision } from '../cors/cors-policy.js';
import { ownOrigins } from '../cors/own-origins.js';
import { ProxyError } from '../errors/proxy-error.js';
import { jsonLineLogger } from '../logging/json-line-logger.js';
import type { LogEntry } from '../logging/log-entry.js';
import { clientKey } from '../rate-limit/client-key.js';
import { memoryStore } from '../store/memory-store.js';
import { bounded } from '../logging/bounded.js';
import { captureGuard } from './capture-guard-for.js';
import { checkHost } from './check-host.js';
import { ByteBudget } from './byte-budget.js';
import { spendSession, storeUnavailable, takeAttempt } from '../capture/capture-guard.js';
import { UpstreamError } from '../upstream/upstream-error.js';
import type { LivenessHandler, LivenessHandlerOptions, RequestContext } from './handler-options.js';
import { errorResponse, jsonResponse } from './json-response.js';
import { parseImageRequest } from './parse-image-request.js';
import { readLimitedBody } from './read-limited-body.js';
import { toProxyError } from './to-proxy-error.js';
import { integerOption } from './integer-option.js';

const ALLOW = 'POST, OPTIONS';
const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;

/** Per-request facts gathered for the log line. */
interface Trace {
  body: { bytesRead: number; held?: number };
  path: string;
  imageBytes?: number;
  outcome?: 'pass' | 'retry';
  attempt?: number | undefined;
  detail?: string | undefined;
}

const positiveInteger = (value: number, name: string, min = 1): number =>
  integerOption(value, `createLivenessHandler: ${name}`, min);

function origins(values: readonly string[], name: string): string[] {
  return values.map((value) => {
    if (value === '*') {
      throw new TypeError(`createLivenessHandler: ${name} cannot hold "*"; list origins.`);
    }
    const normalized = normalizeOrigin(value);
    if (normalized === undefined) {
      throw new TypeError(`createLivenessHandler: "${value}" in ${name} is not an origin.`);
    }
    return normalized;
  });
}

/**
 * Creates the proxy as a Web-standard `(request, context?) => Promise<Response>` handler: it
 * checks the request, forwards the image to the upstream and returns the upstream's validated
 * answer unchanged, or `{ "error": { "code", "message" } }`.
 */
export function createLivenessHandler(options: LivenessHandlerOptions): LivenessHandler {
  const { upstream, onResult, verdictOptions } = options;
  const path = options.path ?? '/api/liveness';
  const allowed = new Set(origins(options.allowedOrigins ?? [], 'allowedOrigins'));
  const publicOrigins = origins([options.publicOrigin ?? []].flat(), 'publicOrigin');
  const trustHost = options.trustHost ?? false;
  const trustedHops = positiveInteger(options.trustedHops ?? 0, 'trustedHops', 0);
  const maxImageBytes = positiveInteger(options.maxImageBytes ?? 1_048_576, 'maxImageBytes');
  // Base64 grows data by 4/3; 4 KiB more for the JSON around it and a `data:` prefix.
  const bodyLimit = Math.ceil(maxImageBytes / 3) * 4 + 4096;
  const dimensions = {
    minSide: positiveInteger(options.imageDimensions?.minSide ?? 32, 'imageDimensions.minSide'),
    maxSide: positiveInteger(options.imageDimensions?.maxSide ?? 8192, 'imageDimensions.maxSide'),
  };
  const store = options.store ?? memoryStore();
  const rateLimit =
    options.rateLimit === false
      ? undefined
      : {
          limit: positiveInteger(options.rateLimit?.limit ?? 30, 'rateLimit.limit'),
          windowMs: positiveInteger(options.rateLimit?.windowMs ?? 60_000, 'rateLimit.windowMs'),
          store: options.rateLimit?.store ?? store,
        };
  const logger = options.logger === false ? undefined : (options.logger ?? jsonLineLogger);
  const guard = captureGuard(options);
  const allowedHosts = new Set((options.allowedHosts ?? []).map((host) => host.toLowerCase()));
  const buffered = new ByteBudget(
    positiveInteger(options.maxBufferedBytes ?? 64 * 1024 * 1024, 'maxBufferedBytes'),
  );

  async function enforceRateLimit(request: Request, context: RequestContext): Promise<void> {
    if (rateLimit === undefined) return;
    const forwardedFor = request.headers.get('x-forwarded-for');
    const key = clientKey(forwardedFor, context.clientAddress, trustedHops);
    let hit;
    try {
      hit = await rateLimit.store.hit(key, rateLimit.windowMs);
    } catch (error) {
      throw storeUnavailable(error);
    }
    if (hit.count <= rateLimit.limit) return;
    const seconds = Math.min(3600, Math.max(1, Math.ceil((hit.resetAt - Date.now()) / 1000)));
    throw new ProxyError(429, 'RATE_LIMITED', `Too many requests; retry in ${seconds} s.`, {
      headers: { 'Retry-After': String(seconds) },
    });
  }

  /** A 403 that says which origin came and which were expected (no secret is involved). */
  function forbidden(origin: string, own: readonly string[]): ProxyError {
    const expected = [
      own.length === 0
        ? 'this proxy could not tell its own origin'
        : `this proxy is at ${own.join(', ')}`,
      allowed.size === 0
        ? 'allowedOrigins is empty'
        : `allowedOrigins is ${[...allowed].join(', ')}`,
    ].join(' and ');
    const message = `This origin may not call the liveness proxy: the request came from ${bounded(origin)}; ${expected}. Set publicOrigin (or trustHost) when pages and proxy share an origin, or add the origin to allowedOrigins.`;
    return new ProxyError(403, 'ORIGIN_NOT_ALLOWED', message, { logDetail: message });
  }

  async function route(
    request: Request,
    context: RequestContext,
    origin: OriginDecision,
    trace: Trace,
  ): Promise<Response> {
    const isPreflight = request.method === 'OPTIONS' && trace.path === path;
    // Every request but a preflight counts, refused paths and methods included.
    if (!isPreflight) await enforceRateLimit(request, context);
    if (trace.path !== path) {
      throw new ProxyError(
        404,
        'NOT_FOUND',
        `Nothing here; the liveness endpoint is POST ${path}.`,
      );
    }
    if (request.method === 'OPTIONS') {
      const isCors = request.headers.has('access-control-request-method');
      const headers = isCors ? { ...corsHeaders(origin), ...PREFLIGHT_HEADERS } : {};
      return new Response(null, { status: 204, headers: { Allow: ALLOW, ...headers } });
    }
    if (request.method !== 'POST') {
      throw new ProxyError(405, 'METHOD_NOT_ALLOWED', `Use POST ${path}.`, {
        headers: { Allow: ALLOW },
      });
    }
    const session = guard === undefined ? undefined : await guard(request);
    if (session instanceof Response) return session;
    const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
    if (!JSON_MEDIA_TYPE.test(mediaType.toLowerCase())) {
      throw new ProxyError(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'Send the image as JSON with Content-Type: application/json.',
      );
    }
    const body = await readLimitedBody(request, bodyLimit, trace.body, buffered);
    const image = parseImageRequest(body, maxImageBytes, dimensions);
    trace.imageBytes = image.byteLength;
    // Counted atomically before the call: concurrent requests cannot exceed the budget.
    const attempt = session === undefined ? undefined : await takeAttempt(store, session);
    trace.attempt = attempt;
    const scenario = request.headers.get('x-liveframe-scenario');
    const reply = await upstream.check(image, {
      signal: request.signal,
      ...(scenario === null ? {} : { scenario }),
    });
    const { response, json } = parseReply(reply.body);
    const verdict = assessLiveness(response, verdictOptions);
    trace.outcome = verdict.outcome;
    if (session !== undefined && verdict.outcome === 'pass') {
      // The budget still bounds a session whose spend was not recorded; the log says so.
      await spendSession(store, session).catch((error: unknown) => {
        trace.detail = storeUnavailable(error).logDetail;
      });
    }
    await onResult?.({
      response,
      verdict,
      request,
      clientAddress: context.clientAddress,
      subject: session?.subject,
      sessionId: session?.sessionId,
      attempt,
    });
    // The validated answer (unknown fields kept) serialised again: never the upstream's bytes.
    return jsonResponse(200, JSON.stringify(json), corsHeaders(origin));
  }

  async function handle(request: Request, context: RequestContext = {}): Promise<Response> {
    const started = performance.now();
    const url = new URL(request.url);
    const trace: Trace = { body: { bytesRead: 0 }, path: url.pathname };
    let origin: OriginDecision = { kind: 'none' };
    let response: Response;
    let failure: ProxyError | undefined;
    try {
      checkHost(request.headers.get('host'), allowedHosts);
      const own = ownOrigins(request, publicOrigins, trustHost);
      origin = decideOrigin(request.headers.get('origin'), own, allowed);
      if (origin.kind === 'forbidden') throw forbidden(origin.origin, own);
      response = await route(request, context, origin, trace);
    } catch (error) {
      failure =
        request.signal.aborted && !(error instanceof ProxyError || error instanceof UpstreamError)
          ? new ProxyError(400, 'BAD_REQUEST', 'The client closed the request.')
          : toProxyError(error);
      response = errorResponse(failure, corsHeaders(origin));
    } finally {
      buffered.give(trace.body.held ?? 0);
    }
    if (upstream.simulated === true) {
      // A copy: a Response from `authorize` may have immutable headers.
      response = new Response(response.body, response);
      response.headers.set('X-LiveFrame-Simulated', '1');
    }
    if (logger !== undefined) {
      const entry: LogEntry = {
        level: response.status >= 500 ? 'error' : response.status >= 400 ? 'warn' : 'info',
        msg: 'liveness request',
        method: request.method,
        path: bounded(trace.path),
        status: response.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        bytesIn: trace.body.bytesRead,
        upstream: upstream.name,
        ...(failure === undefined ? {} : { code: failure.code }),
        ...(trace.imageBytes === undefined ? {} : { imageBytes: trace.imageBytes }),
        ...(trace.outcome === undefined ? {} : { outcome: trace.outcome }),
        ...(trace.attempt === undefined ? {} : { attempt: trace.attempt }),
        ...(failure?.logDetail === undefined && trace.detail === undefined
          ? {}
          : { detail: bounded(failure?.logDetail ?? trace.detail ?? '', 500) }),
      };
      logger(entry);
    }
    return response;
  }

  return Object.assign(handle, { path });
}

/** The upstream's answer, parsed and validated: the typed response and the JSON it came from. */
function parseReply(body: string): { response: LivenessResponse; json: unknown } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new UpstreamError('invalid-response', 'The upstream answered 200 with non-JSON');
  }
  try {
    return { response: parseLivenessResponse(json), json };
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
