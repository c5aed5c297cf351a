import { UpstreamError } from './upstream-error.js';

/**
 * An upstream answer's body as text, read as a stream and abandoned as soon as it passes `cap`
 * bytes (after any decompression `fetch` does), so a huge or compressed-bomb answer never
 * grows in memory past the cap plus one chunk.
 */
export async function readCappedText(response: Response, cap: number): Promise<string> {
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel().catch(() => undefined);
      throw new UpstreamError(
        'invalid-response',
        `The upstream's answer is larger than ${cap} bytes; not read further`,
        { status: response.status },
      );
    }
    chunks.push(value);
  }
  const decoder = new TextDecoder();
  return chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join('') + decoder.decode();
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
