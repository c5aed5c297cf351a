/**
 * Decodes strict, padded standard Base64 (RFC 4648 section 4), or returns `undefined` when the
 * text is not exactly that. Linear and allocation-light: the decoders skip characters they do not
 * know, so any stray character shows up as a decoded length that does not match the text's.
 * Uses `Buffer` where it exists (Node, fast) and `atob` elsewhere (edge runtimes).
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (text.length === 0 || text.length % 4 !== 0) return undefined;
  // Node's decoder also reads base64url; this endpoint takes the standard alphabet only.
  if (text.includes('-') || text.includes('_')) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const expected = (text.length / 4) * 3 - padding;
  let bytes: Uint8Array;
  if (typeof globalThis.Buffer === 'function') {
    bytes = globalThis.Buffer.from(text, 'base64');
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
