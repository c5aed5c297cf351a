const decoder = new TextDecoder();
/** Base64 characters decoded at a time (a multiple of 4): no string the size of the image is made. */
const SLICE = 32_768;

/**
 * Decodes strict, padded standard Base64 (RFC 4648 section 4), given as ASCII bytes, with the
 * platform's decoder (Node's `Buffer`, else `atob`), or returns `undefined` when the text is not
 * exactly that.
 */
export function decodeBase64(text: Uint8Array): Uint8Array | undefined {
  if (text.length === 0 || text.length % 4 !== 0) return undefined;
  const size = (text.length / 4) * 3;
  // Node decodes each slice in place; `atob` is copied out of its string.
  const bytes = typeof Buffer === 'function' ? Buffer.alloc(size) : new Uint8Array(size);
  let length = 0;
  for (let start = 0; start < text.length; start += SLICE) {
    const written = decodeSlice(decoder.decode(text.subarray(start, start + SLICE)), bytes, length);
    // Padding may only end the whole text.
    if (written === undefined || (written % 3 !== 0 && start + SLICE < text.length)) {
      return undefined;
    }
    length += written;
  }
  // A plain Uint8Array over the written bytes, whichever decoder wrote them.
  return new Uint8Array(bytes.buffer, bytes.byteOffset, length);
}

/**
 * Decodes `text` into `bytes` at `offset` and returns how many bytes it wrote. The decoders skip
 * or stop at characters outside the alphabet, so the check is that this is the length the text's
 * length and padding promise; Node's also reads base64url, refused.
 */
function decodeSlice(text: string, bytes: Uint8Array, offset: number): number | undefined {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const expected = (text.length / 4) * 3 - padding;
  if (typeof Buffer === 'function' && Buffer.isBuffer(bytes)) {
    if (text.includes('-') || text.includes('_')) return undefined;
    return bytes.write(text, offset, 'base64') === expected ? expected : undefined;
  }
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return undefined;
  }
  if (binary.length !== expected) return undefined;
  for (let index = 0; index < binary.length; index += 1) {
    bytes[offset + index] = binary.charCodeAt(index);
  }
  return expected;
}
