import { decode as decodeJpeg } from 'jpeg-js';
import { PNG } from 'pngjs';
import type { ImageMime } from '@liveframe/proxy';

/** A grayscale image, one byte of luma (Rec. 601) per pixel. */
export interface LumaImage {
  width: number;
  height: number;
  luma: Uint8Array;
}

/**
 * The most pixels the simulator decodes, well above what the component sends; past it a small
 * compressed file could make it allocate far more memory than the image is worth.
 */
export const SIMULATOR_MAX_PIXELS = 4_000_000;

function toLuma(width: number, height: number, rgba: Uint8Array): LumaImage {
  const luma = new Uint8Array(width * height);
  for (let index = 0; index < luma.length; index += 1) {
    const offset = index * 4;
    const red = rgba[offset] ?? 0;
    const green = rgba[offset + 1] ?? 0;
    const blue = rgba[offset + 2] ?? 0;
    luma[index] = Math.round(0.299 * red + 0.587 * green + 0.114 * blue);
  }
  return { width, height, luma };
}

/** Thrown when an image has more pixels than the simulator decodes. */
export class PixelBudgetError extends Error {
  override readonly name = 'PixelBudgetError';
}

/**
 * Decodes a JPEG or PNG to luma, within {@link SIMULATOR_MAX_PIXELS}: the header's dimensions
 * are checked before decoding, and the decoder enforces the budget on what it actually finds.
 * Throws when the bytes cannot be decoded or are over budget.
 */
export function decodeLuma(
  bytes: Uint8Array,
  mime: ImageMime,
  header: { width: number; height: number },
): LumaImage {
  if (header.width * header.height > SIMULATOR_MAX_PIXELS) {
    throw new PixelBudgetError(`${header.width} x ${header.height} is over the pixel budget`);
  }
  if (mime === 'image/jpeg') {
    const image = decodeJpeg(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      maxResolutionInMP: SIMULATOR_MAX_PIXELS / 1_000_000,
      maxMemoryUsageInMB: 64,
    });
    return toLuma(image.width, image.height, image.data);
  }
  const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (png.width * png.height > SIMULATOR_MAX_PIXELS) throw new PixelBudgetError('over budget');
  return toLuma(png.width, png.height, png.data);
}
