/** Strict, padded standard Base64 (RFC 4648 section 4): the alphabet, `=` only at the end. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decodes strict, padded standard Base64 with the platform's decoder (Node's `Buffer`, else
 * `atob`), or returns `undefined` when the text is not exactly that: the decoders themselves
 * skip characters they do not know, so the text is checked first.
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (text.length === 0 || text.length % 4 !== 0 || !BASE64.test(text)) return undefined;
  if (typeof Buffer === 'function') {
    const decoded = Buffer.from(text, 'base64');
    return new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.byteLength);
  }
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
