import { DEFAULT_RETRY_AFTER_SECONDS, parseRetryAfter } from '@liveframe/core';
import { extractReason } from './extract-reason.js';
import { containsSecret, readCappedText } from './read-capped-text.js';
import { redact } from './redact.js';
import type { Upstream, UpstreamContext, UpstreamImage, UpstreamReply } from './upstream.js';
import { UpstreamError } from './upstream-error.js';

export interface DojahUpstreamOptions {
  /** Your Dojah app ID (`AppId` header); checked on the first request, so builds need no secret. */
  appId?: string | undefined;
  /** Your Dojah secret key, sent raw as `Authorization` (never `Bearer`); checked like `appId`. */
  secretKey?: string | undefined;
  /**
   * Where the API lives (`https://sandbox.dojah.io` for the sandbox).
   * @default 'https://api.dojah.io'
   */
  baseUrl?: string | undefined;
  /** How long to wait for Dojah before answering 504 `TIMEOUT`, in milliseconds. @default 15000 */
  timeoutMs?: number;
}

const DEFAULT_BASE_URL = 'https://api.dojah.io';
const encoder = new TextEncoder();
const LIVENESS_PATH = '/api/v1/ml/liveness/';
const IMAGE_REJECTED_FALLBACK = 'The liveness provider could not process this image.';
/** Far above any answer of the documented shape, so only a runaway body is cut. */
const MAX_ANSWER_BYTES = 256 * 1024;
/** The longest wait passed on from Dojah's `Retry-After`: five minutes. */
const MAX_RETRY_AFTER_SECONDS = 300;

const BODY_START = encoder.encode('{"image":"');
const BODY_END = encoder.encode('"}');

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

interface DojahSettings {
  url: string;
  headers: Record<string, string>;
  secrets: string[];
}

function misconfigured(detail: string): UpstreamError {
  return new UpstreamError('misconfigured', `dojahUpstream: ${detail}`);
}

/** The checked settings, or an `UpstreamError('misconfigured')` naming what is wrong. */
function settingsOf(options: DojahUpstreamOptions): DojahSettings {
  const appId = options.appId?.trim();
  const secretKey = options.secretKey?.trim();
  if (!appId) throw misconfigured('appId is not set (DOJAH_APP_ID in the examples).');
  if (!secretKey) throw misconfigured('secretKey is not set (DOJAH_SECRET_KEY in the examples).');
  const baseUrl = options.baseUrl?.trim() || DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw misconfigured(`baseUrl "${baseUrl}" is not a URL (DOJAH_BASE_URL in the examples).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw misconfigured(`baseUrl must be http(s), got "${url.protocol}".`);
  }
  return {
    url: `${url.origin}${url.pathname.replace(/\/+$/, '')}${LIVENESS_PATH}`,
    headers: {
      AppId: appId,
      Authorization: secretKey,
      'Content-Type': 'application/json',
      Accept: 'application/json',
      // Uncompressed, so the answer's size cap is a cap on what arrives.
      'Accept-Encoding': 'identity',
    },
    secrets: [secretKey],
  };
}

/**
 * Dojah's passive liveness endpoint. Sends `POST {baseUrl}/api/v1/ml/liveness/` with `AppId`,
 * `Authorization` (the raw key) and `{ "image": "<base64>" }`, nothing else from the client,
 * through the runtime's `fetch`. Secrets are scrubbed from anything it reports.
 */
export function dojahUpstream(options: DojahUpstreamOptions): Upstream {
  const timeoutMs = options.timeoutMs ?? 15_000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new TypeError('dojahUpstream: timeoutMs must be a positive number.');
  }
  let settings: DojahSettings | undefined;

  async function check(image: UpstreamImage, context: UpstreamContext): Promise<UpstreamReply> {
    settings ??= settingsOf(options);
    const { url, headers, secrets } = settings;
    const timeout = AbortSignal.timeout(timeoutMs);
    let response: Response;
    let body: string;
    // `{"image":"<base64>"}`: checked Base64 needs no JSON escaping. Sent as a stream with its
    // length declared, as `fetch` copies a byte-array body twice and a stream's chunks never.
    const parts = [BODY_START, image.base64, BODY_END];
    const init: RequestInit & { duplex: 'half' } = {
      method: 'POST',
      headers: {
        ...headers,
        'Content-Length': String(parts.reduce((n, part) => n + part.length, 0)),
      },
      body: new ReadableStream({
        start: (controller) => {
          for (const part of parts) controller.enqueue(part);
          controller.close();
        },
      }),
      duplex: 'half', // Node's fetch needs it for a stream; the DOM types do not know it yet.
      // 'error', not 'manual': fetch then neither clones the request nor tees its body.
      redirect: 'error',
      signal: AbortSignal.any([context.signal, timeout]),
    };
    try {
      response = await fetch(url, init);
      body = await readCappedText(response, MAX_ANSWER_BYTES);
    } catch (error) {
      if (context.signal.aborted || error instanceof UpstreamError) throw error;
      if (timeout.aborted) {
        throw new UpstreamError('timeout', `Dojah did not answer within ${timeoutMs} ms`);
      }
      const detail =
        error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : String(error);
      throw new UpstreamError(
        'unavailable',
        `Dojah request failed: ${redact(detail.trim(), secrets)}`,
      );
    }
    if (response.status >= 200 && response.status < 300) {
      // Searched in the parsed values, so escaped forms (\u0073k_...) are found too; the
      // handler then sends its own serialisation of the validated answer, never these bytes.
      const raw = secrets.some((secret) => body.includes(secret));
      if (raw || containsSecret(parseOrUndefined(body), secrets)) {
        throw new UpstreamError(
          'invalid-response',
          'Dojah answered 200 with the secret key in the body; not forwarded',
          { status: response.status },
        );
      }
      return { body };
    }
    throw classify(response, extractReason(body, secrets));
  }

  return { name: 'dojah', paid: true, check };
}

/** The error for a non-2xx answer from Dojah. */
function classify(response: Response, reason: string | undefined): UpstreamError {
  const { status } = response;
  const said = reason === undefined ? '' : `: ${reason}`;
  if (status === 401 || status === 402 || status === 403) {
    return new UpstreamError(
      'unauthorized',
      `Dojah refused the credentials (HTTP ${status})${said}. Check DOJAH_APP_ID, DOJAH_SECRET_KEY, DOJAH_BASE_URL and the account's balance.`,
      { status },
    );
  }
  if (status === 429) {
    const seconds = parseRetryAfter(response.headers.get('retry-after'), Date.now());
    return new UpstreamError('rate-limited', `Dojah rate limit (HTTP 429)${said}`, {
      status,
      // Clamped: a provider's "wait a year" (or a date in the past) must not reach the person.
      retryAfterSeconds: Math.min(
        MAX_RETRY_AFTER_SECONDS,
        Math.max(1, seconds ?? DEFAULT_RETRY_AFTER_SECONDS),
      ),
    });
  }
  if (status >= 400 && status < 500 && status !== 404 && status !== 405) {
    return new UpstreamError('image-rejected', `Dojah rejected the image (HTTP ${status})${said}`, {
      status,
      publicReason: reason ?? IMAGE_REJECTED_FALLBACK,
    });
  }
  return new UpstreamError('unavailable', `Dojah answered HTTP ${status}${said}`, { status });
}
