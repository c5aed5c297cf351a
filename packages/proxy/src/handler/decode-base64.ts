/**
 * Decodes strict, padded standard Base64 (RFC 4648 section 4) with the platform's decoder (Node's
 * `Buffer`, else `atob`), or returns `undefined` when the text is not exactly that. The decoders
 * skip or stop at characters outside the alphabet, so the check is that the decoded length is the
 * one the text's length and padding promise; Node's also reads base64url, refused apart.
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (text.length === 0 || text.length % 4 !== 0) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const expected = (text.length / 4) * 3 - padding;
  let bytes: Uint8Array;
  if (typeof Buffer === 'function') {
    if (text.includes('-') || text.includes('_')) return undefined;
    const decoded = Buffer.from(text, 'base64');
    bytes = new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.byteLength);
  } else {
    let binary: string;
    try {
      binary = atob(text);
    } catch {
      return undefined;
    }
    bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  }
  return bytes.byteLength === expected ? bytes : undefined;
}
