import { encode as encodeJpeg } from 'jpeg-js';
import { PNG } from 'pngjs';

/** Colour of the pixel at (x, y), RGB 0..255. */
export type Painter = (x: number, y: number) => readonly [number, number, number];

export interface TestImageOptions {
  width?: number;
  height?: number;
  paint?: Painter;
}

/** A mid-grey 8 px checkerboard: sharp edges, medium brightness. */
export const checkerboard: Painter = (x, y) =>
  (Math.floor(x / 8) + Math.floor(y / 8)) % 2 === 0 ? [200, 200, 200] : [60, 60, 60];

/** One flat level of grey: no edges at all. */
export const flat =
  (level: number): Painter =>
  () => [level, level, level];

function rgba({ width = 64, height = 48, paint = checkerboard }: TestImageOptions): {
  width: number;
  height: number;
  data: Buffer;
} {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const [red, green, blue] = paint(x, y);
      const offset = (y * width + x) * 4;
      data[offset] = red;
      data[offset + 1] = green;
      data[offset + 2] = blue;
      data[offset + 3] = 255;
    }
  }
  return { width, height, data };
}

/** A real JPEG, encoded with jpeg-js. */
export function makeJpeg(options: TestImageOptions = {}, quality = 90): Uint8Array {
  return new Uint8Array(encodeJpeg(rgba(options), quality).data);
}

/** A real PNG, encoded with pngjs. */
export function makePng(options: TestImageOptions = {}): Uint8Array {
  const { width, height, data } = rgba(options);
  const png = new PNG({ width, height });
  data.copy(png.data);
  return new Uint8Array(PNG.sync.write(png));
}

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}
