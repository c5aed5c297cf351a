import type { FrameRegion } from './frame-region.js';
import type { FramePixels } from './types.js';

/** Side of the square grid the region is resampled to before measuring sharpness. */
export const SHARPNESS_GRID = 64;

/** At most this many samples per grid cell and axis when shrinking a large region. */
const MAX_SUBSAMPLES = 3;

/** Mean luma the sharpness is normalised to: mid-grey. */
const REFERENCE_LUMA = 128;

/** Below this mean luma (0..255) there is no usable detail: sharpness 0. */
const MIN_MEAN_LUMA = 2;

/**
 * Sharpness of `region`: the variance of the 4-neighbour Laplacian of its luma (0..255),
 * after resampling the region to a {@link SHARPNESS_GRID}-square grid (area average when
 * shrinking, bilinear when enlarging), scaled as if the region's mean luma were mid-grey.
 * The fixed scale makes the number independent of the camera resolution and of the face
 * size; the luma normalisation (Laplacian and mean both scale with exposure) makes a sharp but
 * under-exposed face read as sharp. About 37k bilinear samples at most, whatever the frame.
 */
export function measureSharpness(pixels: FramePixels, region: FrameRegion): number {
  const grid = resampleLuma(pixels, region);
  const n = SHARPNESS_GRID;
  let lumaSum = 0;
  for (const luma of grid) lumaSum += luma;
  const meanLuma = lumaSum / grid.length;
  if (meanLuma < MIN_MEAN_LUMA) return 0;
  let sum = 0;
  let sumOfSquares = 0;
  for (let y = 1; y < n - 1; y += 1) {
    for (let x = 1, i = y * n + 1; x < n - 1; x += 1, i += 1) {
      const laplacian =
        (grid[i - 1] ?? 0) +
        (grid[i + 1] ?? 0) +
        (grid[i - n] ?? 0) +
        (grid[i + n] ?? 0) -
        4 * (grid[i] ?? 0);
      sum += laplacian;
      sumOfSquares += laplacian * laplacian;
    }
  }
  const count = (n - 2) * (n - 2);
  const mean = sum / count;
  const variance = Math.max(0, sumOfSquares / count - mean * mean);
  return variance * (REFERENCE_LUMA / meanLuma) ** 2;
}

function resampleLuma({ data, width, height }: FramePixels, region: FrameRegion): Float32Array {
  const n = SHARPNESS_GRID;
  const grid = new Float32Array(n * n);
  const cellWidth = region.width / n;
  const cellHeight = region.height / n;
  const samplesX = Math.min(MAX_SUBSAMPLES, Math.max(1, Math.ceil(cellWidth)));
  const samplesY = Math.min(MAX_SUBSAMPLES, Math.max(1, Math.ceil(cellHeight)));
  const weight = 1 / (samplesX * samplesY);
  const maxX = width - 1;
  const maxY = height - 1;

  for (let row = 0; row < n; row += 1) {
    for (let column = 0; column < n; column += 1) {
      let total = 0;
      for (let sy = 0; sy < samplesY; sy += 1) {
        // Sample positions in pixel-centre coordinates: pixel k covers [k, k + 1).
        const fy = region.y + (row + (sy + 0.5) / samplesY) * cellHeight - 0.5;
        const y = Math.min(maxY, Math.max(0, fy));
        const y0 = Math.floor(y);
        const y1 = Math.min(maxY, y0 + 1);
        const ty = y - y0;
        for (let sx = 0; sx < samplesX; sx += 1) {
          const fx = region.x + (column + (sx + 0.5) / samplesX) * cellWidth - 0.5;
          const x = Math.min(maxX, Math.max(0, fx));
          const x0 = Math.floor(x);
          const x1 = Math.min(maxX, x0 + 1);
          const tx = x - x0;
          const top = lumaAt(data, y0 * width + x0) * (1 - tx) + lumaAt(data, y0 * width + x1) * tx;
          const bottom =
            lumaAt(data, y1 * width + x0) * (1 - tx) + lumaAt(data, y1 * width + x1) * tx;
          total += top * (1 - ty) + bottom * ty;
        }
      }
      grid[row * n + column] = total * weight;
    }
  }
  return grid;
}

function lumaAt(data: FramePixels['data'], pixel: number): number {
  const i = pixel * 4;
  return 0.299 * (data[i] ?? 0) + 0.587 * (data[i + 1] ?? 0) + 0.114 * (data[i + 2] ?? 0);
}
