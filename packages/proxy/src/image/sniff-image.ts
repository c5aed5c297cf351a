/** The image formats the proxy forwards. */
export type ImageMime = 'image/jpeg' | 'image/png';

export interface SniffedImage {
  mime: ImageMime;
  width: number;
  height: number;
}

export type SniffResult =
  { ok: true; image: SniffedImage } | { ok: false; reason: 'unknown-format' | 'unreadable-header' };

const UNREADABLE = { ok: false, reason: 'unreadable-header' } as const;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function readUint16(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset] ?? 0) << 8) | (bytes[offset + 1] ?? 0);
}

function readUint32(bytes: Uint8Array, offset: number): number {
  return readUint16(bytes, offset) * 0x10000 + readUint16(bytes, offset + 2);
}

function sniffPng(bytes: Uint8Array): SniffResult {
  // Signature (8) + IHDR length (4) + "IHDR" (4) + width (4) + height (4).
  if (bytes.length < 24) return UNREADABLE;
  const isIhdr = startsWith(bytes.subarray(12, 16), [0x49, 0x48, 0x44, 0x52]);
  if (!isIhdr) return UNREADABLE;
  return {
    ok: true,
    image: { mime: 'image/png', width: readUint32(bytes, 16), height: readUint32(bytes, 20) },
  };
}

/** Start-of-frame markers carry the dimensions; C4 (DHT), C8 (JPG) and CC (DAC) do not. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function sniffJpeg(bytes: Uint8Array): SniffResult {
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return UNREADABLE;
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      offset += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return UNREADABLE; // end, or a scan before any frame
    const length = readUint16(bytes, offset + 2);
    if (length < 2) return UNREADABLE;
    if (isStartOfFrame(marker)) {
      if (offset + 9 > bytes.length) return UNREADABLE;
      const height = readUint16(bytes, offset + 5);
      const width = readUint16(bytes, offset + 7);
      return { ok: true, image: { mime: 'image/jpeg', width, height } };
    }
    offset += 2 + length;
  }
  return UNREADABLE;
}

/**
 * Identifies a JPEG or PNG by its magic numbers and reads its dimensions from the header,
 * without decoding any pixels.
 */
export function sniffImage(bytes: Uint8Array): SniffResult {
  if (startsWith(bytes, PNG_SIGNATURE)) return sniffPng(bytes);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return sniffJpeg(bytes);
  return { ok: false, reason: 'unknown-format' };
}
