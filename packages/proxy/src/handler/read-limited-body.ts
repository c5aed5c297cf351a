import { ProxyError } from '../errors/proxy-error.js';
import { readCapped } from '../stream/read-capped.js';
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
  try {
    return await readCapped(request.body, (chunk, total) => {
      progress.bytesRead = total;
      if (total > limit) throw tooLarge();
      shared?.take(chunk.byteLength);
      progress.held = (progress.held ?? 0) + chunk.byteLength;
    });
  } catch (error) {
    if (error instanceof ProxyError) throw error;
    throw new ProxyError(400, 'BAD_REQUEST', 'The request body could not be read.');
  }
}
