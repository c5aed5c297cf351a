// Synthetic frames for table-driven framing tests.
import type { FaceBox } from '../../detector/types.js';
import type { RgbaImage } from './image-ops.js';

/** A grey `width` x `height` frame of one luma level. */
export function uniform(level: number, width = 320, height = 240): RgbaImage {
  return checkerboard(level, level, 1, width, height);
}

/** Grey squares of `cell` px alternating between luma `dark` and `light`. */
export function checkerboard(
  dark: number,
  light: number,
  cell = 8,
  width = 320,
  height = 240,
): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const level = (Math.floor(x / cell) + Math.floor(y / cell)) % 2 === 0 ? dark : light;
      data.fill(level, (y * width + x) * 4, (y * width + x) * 4 + 3);
      data[(y * width + x) * 4 + 3] = 255;
    }
  }
  return { data, width, height };
}

/** Vertical stripes whose luma follows a sine of `periods` periods across the frame. */
export function sineStripes(width: number, height: number, periods: number): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let x = 0; x < width; x += 1) {
    const level = 128 + 80 * Math.sin((2 * Math.PI * periods * (x + 0.5)) / width);
    for (let y = 0; y < height; y += 1) {
      data.fill(level, (y * width + x) * 4, (y * width + x) * 4 + 3);
      data[(y * width + x) * 4 + 3] = 255;
    }
  }
  return { data, width, height };
}

/**
 * A face box of `widthShare` of a `frameWidth` x `frameHeight` frame (height 1.2 times its
 * width), its centre moved from the frame centre by the given shares of width and height.
 */
export function faceBox(
  widthShare = 0.3,
  offsetX = 0,
  offsetY = 0,
  score = 0.9,
  frameWidth = 320,
  frameHeight = 240,
): FaceBox {
  const width = widthShare * frameWidth;
  const height = width * 1.2;
  return {
    x: frameWidth / 2 + offsetX * frameWidth - width / 2,
    y: frameHeight / 2 + offsetY * frameHeight - height / 2,
    width,
    height,
    score,
  };
}
