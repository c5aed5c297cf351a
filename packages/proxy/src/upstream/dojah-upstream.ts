import { extractReason, redact } from './redact.js';
import { parseRetryAfter } from './retry-after.js';
import { UpstreamError } from './types.js';
import type { Upstream, UpstreamContext, UpstreamImage, UpstreamReply } from './types.js';

export interface DojahUpstreamOptions {
  /** Your Dojah app ID, sent as the `AppId` header. Required. */
  appId: string;
  /** Your Dojah secret key, sent raw as the `Authorization` header (never `Bearer`). Required. */
  secretKey: string;
  /**
   * Where the API lives; the proxy calls `{baseUrl}/api/v1/ml/liveness/`.
   * Use `https://sandbox.dojah.io` for the sandbox.
   * @default 'https://api.dojah.io'
   */
  baseUrl?: string;
  /**
   * How long to wait for Dojah before answering 504 `TIMEOUT`, in milliseconds.
   * @default 15000
   */
  timeoutMs?: number;
  /**
   * The `fetch` used to call Dojah; tests pass a stub here.
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch;
}

const encoder = new TextEncoder();
const DEFAULT_BASE_URL = 'https://api.dojah.io';
const DEFAULT_TIMEOUT_MS = 15_000;
const LIVENESS_PATH = '/api/v1/ml/liveness/';
const IMAGE_REJECTED_FALLBACK = 'The liveness provider could not process this image.';

function requireText(value: string, name: string): string {
  if (typeof value !== 'string' || value.trim().length === 0) {
    throw new TypeError(`dojahUpstream: ${name} is required.`);
  }
  return value.trim();
}

function livenessUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`dojahUpstream: baseUrl "${baseUrl}" is not a URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`dojahUpstream: baseUrl must be http(s), got "${url.protocol}".`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}${LIVENESS_PATH}`;
}

/**
 * Dojah's passive liveness endpoint. Sends `POST {baseUrl}/api/v1/ml/liveness/` with `AppId`,
 * `Authorization` (the raw key) and `{ "image": "<base64>" }`; nothing else from the client.
 * Secrets are scrubbed from anything it reports.
 */
export function dojahUpstream(options: DojahUpstreamOptions): Upstream {
  const appId = requireText(options.appId, 'appId');
  const secretKey = requireText(options.secretKey, 'secretKey');
  const url = livenessUrl(options.baseUrl ?? DEFAULT_BASE_URL);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new TypeError('dojahUpstream: timeoutMs must be a positive number.');
  }
  const secrets = [secretKey];

  async function send(image: UpstreamImage, signal: AbortSignal): Promise<Response> {
    try {
      return await (options.fetch ?? globalThis.fetch)(url, {
        method: 'POST',
        headers: {
          AppId: appId,
          Authorization: secretKey,
          'Content-Type': 'application/json',
          Accept: 'application/json',
        },
        // Base64 never needs JSON escaping, so no re-scan of a large string; bytes, because
        // undici sends a string body several times slower than a Uint8Array.
        body: encoder.encode(`{"image":"${image.base64}"}`),
        redirect: 'manual',
        signal,
      });
    } catch (error) {
      if (signal.aborted) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new UpstreamError('unavailable', `Dojah unreachable: ${redact(detail, secrets)}`);
    }
  }

  async function check(image: UpstreamImage, context: UpstreamContext): Promise<UpstreamReply> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = AbortSignal.any([context.signal, timeout.signal]);
    try {
      const response = await send(image, signal);
      const body = await response.text();
      if (response.ok) {
        // Unchanged or not at all: an answer that echoes the key never reaches the browser.
        if (body.includes(secretKey)) {
          throw new UpstreamError(
            'invalid-response',
            'Dojah answered 200 with the secret key in the body; not forwarded',
            { status: response.status },
          );
        }
        return { body };
      }
      throw classify(response, body);
    } catch (error) {
      if (timeout.signal.aborted && !context.signal.aborted) {
        throw new UpstreamError('timeout', `Dojah did not answer within ${timeoutMs} ms`);
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  function classify(response: Response, body: string): UpstreamError {
    const { status } = response;
    const reason = extractReason(body, secrets);
    const said = reason === undefined ? '' : `: ${reason}`;
    if (status === 401 || status === 402 || status === 403) {
      return new UpstreamError(
        'unauthorized',
        `Dojah refused the credentials (HTTP ${status})${said}. Check DOJAH_APP_ID, DOJAH_SECRET_KEY, DOJAH_BASE_URL and the account's balance.`,
        { status },
      );
    }
    if (status === 429) {
      const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'), 30);
      return new UpstreamError('rate-limited', `Dojah rate limit (HTTP 429)${said}`, {
        status,
        retryAfterSeconds,
      });
    }
    if (status >= 400 && status < 500 && status !== 404 && status !== 405) {
      return new UpstreamError(
        'image-rejected',
        `Dojah rejected the image (HTTP ${status})${said}`,
        {
          status,
          publicReason: reason ?? IMAGE_REJECTED_FALLBACK,
        },
      );
    }
    return new UpstreamError('unavailable', `Dojah answered HTTP ${status}${said}`, { status });
  }

  return { name: 'dojah', check };
}
