import { clientGoneOf } from '../handler/client-gone.js';
import type { AbortWatch } from '../handler/client-gone.js';
import { fetchPost, isPostTimeout, nodePost } from './http-post.js';
import type { PostAnswer } from './http-post.js';
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
   * The `fetch` used to call Dojah (tests pass a stub here). Without it, Node uses its own
   * `http`/`https` with keep-alive, which the proxy benchmark measured at about 1.4 ms less CPU
   * per request than Node's `fetch`; other runtimes use `globalThis.fetch`.
   * @default node:http(s) on Node, else globalThis.fetch
   */
  fetch?: typeof globalThis.fetch;
}

const encoder = new TextEncoder();
const BODY_HEAD = encoder.encode('{"image":"');
const BODY_TAIL = encoder.encode('"}');

/**
 * `{"image":"<base64>"}` as parts: the Base64 is a view of the request body's bytes. It never
 * needs JSON escaping; and bytes, because a string of a large image would cost a large-object
 * allocation to build and another to encode.
 */
function jsonImageBody(base64: Uint8Array): Uint8Array[] {
  return [BODY_HEAD, base64, BODY_TAIL];
}

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
  const post = options.fetch === undefined ? (nodePost() ?? fetchPost()) : fetchPost(options.fetch);
  const headers = {
    AppId: appId,
    Authorization: secretKey,
    'Content-Type': 'application/json',
    Accept: 'application/json',
  };

  /**
   * Starts the request and returns the answer's promise. Not async, and neither is `check`: the
   * image and the request body it views go to the transport here and are not held while Dojah
   * answers (about a second), so they die young instead of being promoted with every waiting
   * request (the proxy README's benchmark section has the measurements).
   */
  function send(image: UpstreamImage, signal: AbortWatch | AbortSignal): Promise<UpstreamReply> {
    let sent: Promise<PostAnswer>;
    try {
      sent = post(url, headers, jsonImageBody(image.base64Bytes), signal, timeoutMs);
    } catch (error) {
      sent = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    // One promise for both outcomes: the answer, or what the transport failed with.
    return sent.then(answer, (error: unknown) => {
      if (signal.aborted) throw error;
      if (isPostTimeout(error)) {
        throw new UpstreamError('timeout', `Dojah did not answer within ${timeoutMs} ms`);
      }
      const detail = error instanceof Error ? error.message : String(error);
      throw new UpstreamError('unavailable', `Dojah unreachable: ${redact(detail, secrets)}`);
    });
  }

  /** Dojah's answer as the handler takes it. */
  function answer(response: PostAnswer): UpstreamReply {
    const body = response.text;
    if (response.status >= 200 && response.status < 300) {
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
  }

  function check(image: UpstreamImage, context: UpstreamContext): Promise<UpstreamReply> {
    return send(image, clientGoneOf(context));
  }

  function classify(response: PostAnswer, body: string): UpstreamError {
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
      const retryAfterSeconds = parseRetryAfter(response.header('retry-after'), 30);
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
