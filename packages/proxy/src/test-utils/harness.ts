import { afterAll } from 'vitest';
import { createLivenessHandler } from '../handler/create-liveness-handler.js';
import type { LivenessHandlerOptions } from '../handler/handler-options.js';
import type { LogEntry } from '../logging/log-entry.js';
import { dojahUpstream } from '../upstream/dojah-upstream.js';
import { startFakeDojah } from './fake-dojah.js';
import type { FakeDojahAnswer } from './fake-dojah.js';
import { makeJpeg, toBase64 } from './images.js';
import { livenessBody } from './liveness-fixtures.js';

export const APP_ID = 'app-id-1234';
export const SECRET = 'sk_live_TOP-SECRET-9f8e7d';
export const ORIGIN = 'http://proxy.test';
export const URL_PATH = `${ORIGIN}/api/liveness`;

/** One fake Dojah over HTTP per test file, shared by its tests (which run one at a time). */
export const fakeDojah = await startFakeDojah();
afterAll(() => fakeDojah.close());

/**
 * The handler as production builds it: `dojahUpstream` with the real `fetch`, against the fake
 * Dojah answering with `answer`. `logs` collects the log lines.
 */
export function harness(
  answer: FakeDojahAnswer = () => new Response(livenessBody(), { status: 200 }),
  options: Partial<LivenessHandlerOptions> & { timeoutMs?: number } = {},
) {
  fakeDojah.reset(answer);
  const logs: LogEntry[] = [];
  const { timeoutMs, ...handlerOptions } = options;
  const handler = createLivenessHandler({
    upstream: dojahUpstream({
      appId: APP_ID,
      secretKey: SECRET,
      baseUrl: fakeDojah.baseUrl,
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    }),
    logger: (entry) => logs.push(entry),
    // Tests of other concerns run the route open; the capture tests pass captureTokens.
    ...(handlerOptions.captureTokens === undefined && handlerOptions.authorize === undefined
      ? { open: true }
      : {}),
    ...handlerOptions,
  });
  return { handler, dojah: fakeDojah, logs };
}

export const IMAGE = toBase64(makeJpeg());

export interface PostOptions {
  body?: BodyInit | null;
  image?: string;
  headers?: Record<string, string>;
  method?: string;
  url?: string;
}

/** A request as a browser would send it: JSON `{ image }` to the proxy. */
export function liveRequest({
  image = IMAGE,
  body,
  headers = {},
  method = 'POST',
  url = URL_PATH,
}: PostOptions = {}): Request {
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    ...(hasBody ? { body: body === undefined ? JSON.stringify({ image }) : body } : {}),
  });
}

/** The `{ error: { code, message } }` body of an answer. */
export async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  const json = (await response.json()) as { error: { code: string; message: string } };
  return json.error;
}

/** The chunk size of {@link postStreamed}. */
export const STREAM_CHUNK_BYTES = 64 * 1024;

/**
 * POSTs `totalBytes` of JSON-typed body as a stream (chunked, no Content-Length), in chunks of
 * {@link STREAM_CHUNK_BYTES}, so the server has to count as it reads.
 */
export function postStreamed(url: string, totalBytes: number): Promise<Response> {
  const chunk = new Uint8Array(STREAM_CHUNK_BYTES).fill(65);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      sent += chunk.byteLength;
      if (sent > totalBytes) controller.close();
      else controller.enqueue(chunk);
    },
  });
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
    duplex: 'half',
  } as RequestInit);
}
