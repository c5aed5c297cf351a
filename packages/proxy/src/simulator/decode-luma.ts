import { decode as decodeJpeg } from 'jpeg-js';
import { PNG } from 'pngjs';
import type { ImageMime } from '../image/sniff-image.js';

/** A grayscale image, one byte of luma (Rec. 601) per pixel. */
export interface LumaImage {
  width: number;
  height: number;
  luma: Uint8Array;
}

const MAX_MEGAPIXELS = 70;

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

/** Decodes a JPEG or PNG to luma. Throws when the bytes cannot be decoded. */
export function decodeLuma(bytes: Uint8Array, mime: ImageMime): LumaImage {
  if (mime === 'image/jpeg') {
    const image = decodeJpeg(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      maxResolutionInMP: MAX_MEGAPIXELS,
      maxMemoryUsageInMB: 512,
    });
    return toLuma(image.width, image.height, image.data);
  }
  const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return toLuma(png.width, png.height, png.data);
}
