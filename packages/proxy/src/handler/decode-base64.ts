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
  const bytes = new Uint8Array((text.length / 4) * 3);
  let length = 0;
  for (let start = 0; start < text.length; start += SLICE) {
    const slice = decodeSlice(decoder.decode(text.subarray(start, start + SLICE)));
    // Padding may only end the whole text.
    if (slice === undefined || (slice.length % 3 !== 0 && start + SLICE < text.length)) {
      return undefined;
    }
    bytes.set(slice, length);
    length += slice.length;
  }
  return bytes.subarray(0, length);
}

/**
 * The decoders skip or stop at characters outside the alphabet, so the check is that the decoded
 * length is the one the text's length and padding promise; Node's also reads base64url, refused.
 */
function decodeSlice(text: string): Uint8Array | undefined {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const expected = (text.length / 4) * 3 - padding;
  let bytes: Uint8Array;
  if (typeof Buffer === 'function') {
    if (text.includes('-') || text.includes('_')) return undefined;
    bytes = Buffer.from(text, 'base64');
  } else {
    let binary: string;
    try {
      binary = atob(text);
    } catch {
      return undefined;
    }
    bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  }
  return bytes.byteLength === expected ? bytes : undefined;
}
