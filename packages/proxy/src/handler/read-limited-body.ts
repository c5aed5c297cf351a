import { ProxyError } from '../errors/proxy-error.js';
import type { ByteBudget } from './byte-budget.js';

/**
 * Reads a request body as a stream, stopping as soon as it passes `limit` bytes (a larger
 * `Content-Length` is refused before reading), so no more than `limit` plus one chunk is held.
 * `progress.bytesRead` follows the count for logs; with `shared`, the bytes also count against a
 * cap over all requests, and `progress.held` says how many the caller must give back.
 */
export async function readLimitedBody(
  request: Request,
  limit: number,
  progress: { bytesRead: number; held?: number } = { bytesRead: 0 },
  shared?: ByteBudget,
): Promise<Uint8Array> {
  const tooLarge = () =>
    new ProxyError(
      413,
      'PAYLOAD_TOO_LARGE',
      `The request body is larger than the limit of ${limit} bytes. Send a smaller image.`,
    );
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) throw tooLarge();
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      total += read.value.byteLength;
      progress.bytesRead = total;
      if (total > limit) throw tooLarge();
      shared?.take(read.value.byteLength);
      progress.held = (progress.held ?? 0) + read.value.byteLength;
      chunks.push(read.value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    if (error instanceof ProxyError) throw error;
    throw new ProxyError(400, 'BAD_REQUEST', 'The request body could not be read.');
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
