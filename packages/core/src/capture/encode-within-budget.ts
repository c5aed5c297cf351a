/** Limits of an encoded frame. */
export interface EncodeBudget {
  /** Longest side of the encoded image, in pixels; larger frames are scaled down. Default `1280`. */
  maxSide?: number;
  /** Largest Base64 payload, in bytes; quality steps down until it fits. Default `1_000_000`. */
  maxBase64Bytes?: number;
  /**
   * JPEG quality tried first, 0..1. Default `0.85`: a 1280x720 selfie stays well under 250 KB of
   * Base64 with the face as sharp to the liveness check as at higher qualities (see the benchmark).
   */
  quality?: number;
  /** Lowest JPEG quality tried before the image is scaled down instead. Default `0.5`. */
  minQuality?: number;
}

/** A frame encoded as JPEG. */
export interface EncodedFrame {
  /** Standard Base64 of the JPEG bytes, without a `data:` prefix. */
  base64: string;
  /** Bytes of `base64` (one a character): what is sent. */
  bytes: number;
  width: number;
  height: number;
  /** The JPEG quality that fitted the budget. */
  quality: number;
}

/** Encodes the frame at `width` x `height` and `quality`, resolving to Base64. */
export type JpegEncoder = (width: number, height: number, quality: number) => Promise<string>;

export const DEFAULT_ENCODE_BUDGET = Object.freeze({
  maxSide: 1280,
  maxBase64Bytes: 1_000_000,
  quality: 0.85,
  minQuality: 0.5,
});

const QUALITY_STEP = 0.1;
const SHRINK = 0.75;
const MIN_SIDE = 64;

/** The budget could not be met even at the lowest quality and a small size. */
export class EncodeBudgetError extends Error {
  override readonly name = 'EncodeBudgetError';
}

/**
 * Fits a frame of `width` x `height` into the budget: scales it so its longest side is at most
 * `maxSide`, then encodes at `quality`, stepping down by 0.1 to `minQuality` while the Base64
 * is over `maxBase64Bytes`; past that, shrinks the image by a quarter and tries the qualities
 * again, until it fits.
 * @throws {RangeError} when a size or a budget value is invalid.
 * @throws {EncodeBudgetError} when nothing down to 64 px fits.
 */
export async function encodeWithinBudget(
  width: number,
  height: number,
  encode: JpegEncoder,
  budget: EncodeBudget = {},
): Promise<EncodedFrame> {
  const { maxSide, maxBase64Bytes, quality, minQuality } = resolveBudget(budget);
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) {
    throw new RangeError(`Cannot encode a frame of ${width}x${height}: it has no pixels yet.`);
  }
  const scale = Math.min(1, maxSide / Math.max(width, height));
  let size = { width: Math.round(width * scale), height: Math.round(height * scale) };
  let last = 0;
  for (;;) {
    for (const q of qualityLadder(quality, minQuality)) {
      const base64 = await encode(size.width, size.height, q);
      last = base64.length;
      if (base64.length <= maxBase64Bytes) {
        return { base64, bytes: base64.length, width: size.width, height: size.height, quality: q };
      }
    }
    const next = {
      width: Math.round(size.width * SHRINK),
      height: Math.round(size.height * SHRINK),
    };
    if (Math.min(next.width, next.height) < MIN_SIDE) {
      throw new EncodeBudgetError(
        `A ${size.width}x${size.height} JPEG at quality ${minQuality} is still ${last} bytes of Base64, over ${maxBase64Bytes}.`,
      );
    }
    size = next;
  }
}

/** `start`, then down by 0.1 while above `min`, ending at `min`. */
export function qualityLadder(start: number, min: number): number[] {
  const ladder: number[] = [];
  for (let q = start; q > min + 1e-9; q = Math.round((q - QUALITY_STEP) * 100) / 100) {
    ladder.push(q);
  }
  ladder.push(min);
  return ladder;
}

function resolveBudget(budget: EncodeBudget): Required<EncodeBudget> {
  const resolved = {
    maxSide: budget.maxSide ?? DEFAULT_ENCODE_BUDGET.maxSide,
    maxBase64Bytes: budget.maxBase64Bytes ?? DEFAULT_ENCODE_BUDGET.maxBase64Bytes,
    quality: budget.quality ?? DEFAULT_ENCODE_BUDGET.quality,
    minQuality:
      budget.minQuality ?? Math.min(DEFAULT_ENCODE_BUDGET.minQuality, budget.quality ?? 1),
  };
  if (!(Number.isInteger(resolved.maxSide) && resolved.maxSide >= MIN_SIDE)) {
    throw new RangeError(
      `maxSide must be a whole number of at least ${MIN_SIDE}, got ${resolved.maxSide}.`,
    );
  }
  if (!(Number.isFinite(resolved.maxBase64Bytes) && resolved.maxBase64Bytes > 0)) {
    throw new RangeError(
      `maxBase64Bytes must be a positive number, got ${resolved.maxBase64Bytes}.`,
    );
  }
  if (!(resolved.quality > 0 && resolved.quality <= 1)) {
    throw new RangeError(`quality must be in (0, 1], got ${resolved.quality}.`);
  }
  if (!(resolved.minQuality > 0 && resolved.minQuality <= resolved.quality)) {
    throw new RangeError(
      `minQuality must be in (0, quality], got ${resolved.minQuality} with quality ${resolved.quality}.`,
    );
  }
  return resolved;
}
