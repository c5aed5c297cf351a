// Test-only image operations for making fixture variants at test time, on RGBA buffers in the
// `FramePixels` layout. Written for clarity, not speed; they run once per test file.
import type { FaceBox } from '../../detector/types.js';
import type { FramePixels } from '../types.js';

/** An RGBA image that tests own and may pass to `analyzeFrame`. */
export interface RgbaImage extends FramePixels {
  readonly data: Uint8ClampedArray;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A `width` x `height` image filled with one opaque colour. */
export function solid(width: number, height: number, [r, g, b]: readonly number[]): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) {
    data[i] = r ?? 0;
    data[i + 1] = g ?? 0;
    data[i + 2] = b ?? 0;
    data[i + 3] = 255;
  }
  return { data, width, height };
}

/** The pixels of `rect` (integers, inside `image`). */
export function crop(image: RgbaImage, rect: Rect): RgbaImage {
  const { x, y, width, height } = rect;
  if (x < 0 || y < 0 || x + width > image.width || y + height > image.height) {
    throw new RangeError(`Crop ${JSON.stringify(rect)} is outside ${image.width}x${image.height}`);
  }
  const data = new Uint8ClampedArray(width * height * 4);
  for (let row = 0; row < height; row += 1) {
    const from = ((y + row) * image.width + x) * 4;
    data.set(image.data.subarray(from, from + width * 4), row * width * 4);
  }
  return { data, width, height };
}

/** `source` drawn onto a copy of `target` with its top-left corner at (`x`, `y`), clipped. */
export function paste(target: RgbaImage, source: RgbaImage, x: number, y: number): RgbaImage {
  const data = new Uint8ClampedArray(target.data);
  for (let row = 0; row < source.height; row += 1) {
    for (let column = 0; column < source.width; column += 1) {
      const tx = x + column;
      const ty = y + row;
      if (tx < 0 || ty < 0 || tx >= target.width || ty >= target.height) continue;
      const from = (row * source.width + column) * 4;
      data.set(source.data.subarray(from, from + 4), (ty * target.width + tx) * 4);
    }
  }
  return { data, width: target.width, height: target.height };
}

/** `image` shrunk to `width` x `height` by exact area averaging (a camera's own downscale). */
export function shrink(image: RgbaImage, width: number, height: number): RgbaImage {
  if (width > image.width || height > image.height) {
    throw new RangeError('shrink only makes images smaller');
  }
  // Separable: columns first (source rows x target columns), then rows.
  const across = new Float64Array(image.height * width * 4);
  const columns = coverage(image.width, width);
  for (let y = 0; y < image.height; y += 1) {
    columns.forEach((cells, tx) => {
      for (const [sx, weight] of cells) {
        const i = (y * image.width + sx) * 4;
        const o = (y * width + tx) * 4;
        for (let c = 0; c < 4; c += 1) {
          across[o + c] = (across[o + c] ?? 0) + (image.data[i + c] ?? 0) * weight;
        }
      }
    });
  }
  const sums = new Float64Array(width * height * 4);
  const rowLength = width * 4;
  coverage(image.height, height).forEach((cells, ty) => {
    for (const [sy, weight] of cells) {
      for (let i = 0; i < rowLength; i += 1) {
        const o = ty * rowLength + i;
        sums[o] = (sums[o] ?? 0) + (across[sy * rowLength + i] ?? 0) * weight;
      }
    }
  });
  const scale = (width / image.width) * (height / image.height);
  return { data: Uint8ClampedArray.from(sums, (sum) => Math.round(sum * scale)), width, height };
}

/** For each target index, the source indices it covers and by how much (0..1). */
function coverage(sourceSize: number, targetSize: number): [number, number][][] {
  const step = sourceSize / targetSize;
  return Array.from({ length: targetSize }, (_, t) => {
    const start = t * step;
    const end = start + step;
    const cells: [number, number][] = [];
    for (let s = Math.floor(start); s < Math.min(sourceSize, Math.ceil(end)); s += 1) {
      cells.push([s, Math.min(end, s + 1) - Math.max(start, s)]);
    }
    return cells;
  });
}

/** Every colour channel mapped through `f` (alpha kept). */
export function mapChannels(image: RgbaImage, f: (value: number) => number): RgbaImage {
  const table = Array.from({ length: 256 }, (_, v) => f(v));
  const data = new Uint8ClampedArray(image.data.length);
  image.data.forEach((value, i) => {
    data[i] = i % 4 === 3 ? value : (table[value] ?? 0);
  });
  return { data, width: image.width, height: image.height };
}

/** A separable Gaussian blur of standard deviation `sigma` pixels (edges clamped). */
export function gaussianBlur(image: RgbaImage, sigma: number): RgbaImage {
  if (sigma <= 0) return image;
  const radius = Math.ceil(3 * sigma);
  const kernel = Float64Array.from({ length: 2 * radius + 1 }, (_, k) =>
    Math.exp(-((k - radius) ** 2) / (2 * sigma * sigma)),
  );
  const total = kernel.reduce((a, b) => a + b, 0);
  for (let k = 0; k < kernel.length; k += 1) kernel[k] = (kernel[k] ?? 0) / total;
  const { width, height } = image;
  const pass = (source: Float64Array, target: Float64Array, horizontal: boolean): void => {
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        let r = 0;
        let g = 0;
        let b = 0;
        for (let k = -radius; k <= radius; k += 1) {
          const sx = horizontal ? Math.min(width - 1, Math.max(0, x + k)) : x;
          const sy = horizontal ? y : Math.min(height - 1, Math.max(0, y + k));
          const i = (sy * width + sx) * 4;
          const w = kernel[k + radius] ?? 0;
          r += (source[i] ?? 0) * w;
          g += (source[i + 1] ?? 0) * w;
          b += (source[i + 2] ?? 0) * w;
        }
        const o = (y * width + x) * 4;
        target[o] = r;
        target[o + 1] = g;
        target[o + 2] = b;
        target[o + 3] = source[o + 3] ?? 255;
      }
    }
  };
  const source = Float64Array.from(image.data);
  const between = new Float64Array(source.length);
  pass(source, between, true);
  pass(between, source, false);
  return { data: Uint8ClampedArray.from(source, Math.round), width, height };
}

/** `left` and `right` next to each other (same height). */
export function sideBySide(left: RgbaImage, right: RgbaImage): RgbaImage {
  if (left.height !== right.height) throw new RangeError('sideBySide needs equal heights');
  const canvas = solid(left.width + right.width, left.height, [0, 0, 0]);
  return paste(paste(canvas, left, 0, 0), right, left.width, 0);
}

/** `box` moved by (`dx`, `dy`) pixels. */
export function moveBox(box: FaceBox, dx: number, dy: number): FaceBox {
  return { ...box, x: box.x + dx, y: box.y + dy };
}

/** `box` scaled by `factor` about the image origin (as the image is by `shrink`). */
export function scaleBox(box: FaceBox, factor: number): FaceBox {
  return {
    ...box,
    x: box.x * factor,
    y: box.y * factor,
    width: box.width * factor,
    height: box.height * factor,
  };
}
