import type { FrameRegion } from './frame-region.js';
import type { FramePixels } from './types.js';

/** Exposure of a region: mean luma and share of clipped highlights, both 0..1. */
export interface Exposure {
  luminance: number;
  highlightClip: number;
}

/** Large regions are sampled on a regular grid of about this many pixels. */
const MAX_SAMPLES = 16_384;

/**
 * Mean Rec. 601 luma of `region` and the share of its pixels whose luma is at least
 * `highlightLevel` (0..255). One pass, no allocation; regions larger than about 16k pixels are
 * sampled on a regular grid.
 */
export function measureExposure(
  { data, width }: FramePixels,
  region: FrameRegion,
  highlightLevel: number,
): Exposure {
  const x0 = Math.floor(region.x);
  const y0 = Math.floor(region.y);
  const x1 = Math.ceil(region.x + region.width);
  const y1 = Math.ceil(region.y + region.height);
  const step = Math.max(1, Math.ceil(Math.sqrt(((x1 - x0) * (y1 - y0)) / MAX_SAMPLES)));
  let sum = 0;
  let clipped = 0;
  let count = 0;
  for (let y = y0; y < y1; y += step) {
    let i = (y * width + x0) * 4;
    for (let x = x0; x < x1; x += step, i += step * 4) {
      // Integer Rec. 601 weights (77 + 150 + 29 = 256): 0..255 without floating point.
      const luma = ((data[i] ?? 0) * 77 + (data[i + 1] ?? 0) * 150 + (data[i + 2] ?? 0) * 29) >> 8;
      sum += luma;
      if (luma >= highlightLevel) clipped += 1;
      count += 1;
    }
  }
  return count === 0
    ? { luminance: 0, highlightClip: 0 }
    : { luminance: sum / count / 255, highlightClip: clipped / count };
}
