import { ProxyError } from '../errors/proxy-error.js';
import type { ByteBudget } from './byte-budget.js';

/** The 400 for a body the client stopped sending. */
function unreadableBody(): ProxyError {
  return new ProxyError(400, 'BAD_REQUEST', 'The request body could not be read.');
}

/** The 413 for a body over `limit` bytes. */
function tooLarge(limit: number): ProxyError {
  return new ProxyError(
    413,
    'PAYLOAD_TOO_LARGE',
    `The request body is larger than the limit of ${limit} bytes. Send a smaller image.`,
  );
}

/**
 * Reads a request body as a stream, counting bytes and stopping as soon as the count passes
 * `limit`: never more than `limit` bytes (plus one chunk in flight) are held in memory, whatever
 * `Content-Length` claims. A declared length above the limit is refused before reading.
 * `progress.bytesRead` follows the count, for logs, even when reading stops with an error.
 * With `shared`, the bytes also count against a cap over all requests; `progress.held` says how
 * many the caller must give back (`shared.give`) once it no longer holds the body.
 */
export async function readLimitedBody(
  request: Request,
  limit: number,
  progress: { bytesRead: number; held?: number } = { bytesRead: 0 },
  shared?: ByteBudget,
): Promise<Uint8Array> {
  const hold = (bytes: number): void => {
    shared?.take(bytes);
    progress.held = (progress.held ?? 0) + bytes;
  };
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) throw tooLarge(limit);
  if (request.body === null) return new Uint8Array(0);

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await reader.read();
    } catch {
      throw unreadableBody();
    }
    if (result.done) break;
    total += result.value.byteLength;
    progress.bytesRead = total;
    if (total > limit) {
      chunks.length = 0;
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    try {
      hold(result.value.byteLength);
    } catch (error) {
      chunks.length = 0;
      await reader.cancel().catch(() => undefined);
      throw error;
    }
    chunks.push(result.value);
  }
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
