import { readCapped } from '../stream/read-capped.js';
import { UpstreamError } from './upstream-error.js';

/**
 * An upstream answer's body as text, abandoned as soon as it passes `cap` bytes (after any
 * decompression `fetch` does), so a huge or compressed-bomb answer never grows past the cap.
 */
export async function readCappedText(response: Response, cap: number): Promise<string> {
  const bytes = await readCapped(response.body, (_chunk, total) => {
    if (total > cap) {
      throw new UpstreamError(
        'invalid-response',
        `The upstream's answer is larger than ${cap} bytes; not read further`,
        { status: response.status },
      );
    }
  });
  return new TextDecoder().decode(bytes);
}

/** True when any string in the parsed JSON `value` (keys included) contains one of `secrets`. */
export function containsSecret(value: unknown, secrets: readonly string[]): boolean {
  if (typeof value === 'string') return secrets.some((secret) => value.includes(secret));
  if (Array.isArray(value)) return value.some((item) => containsSecret(item, secrets));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).some(
      ([key, item]) => containsSecret(key, secrets) || containsSecret(item, secrets),
    );
  }
  return false;
}
