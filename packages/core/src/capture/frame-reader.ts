import type { DetectorInput } from '../detector/types.js';
import type { FramePixels } from '../framing/types.js';
import type { FrameSource } from './source-size.js';
import { createCanvas, sourceSize } from './source-size.js';

/** One downscaled frame for the on-device checks: its pixels, and the canvas they came from. */
export interface AnalysisFrame {
  readonly pixels: FramePixels;
  /** Give this to the face detector, so its boxes are in the same coordinates as `pixels`. */
  readonly image: DetectorInput;
}

/** Reads small frames out of a video for analysis. */
export interface FrameReader {
  /** The current frame of `source`, or `null` when it has none yet. */
  read(source: FrameSource): AnalysisFrame | null;
}

/** Options of {@link createFrameReader}. */
export interface FrameReaderOptions {
  /** Width frames are scaled to (height keeps the aspect ratio). Default `320`. */
  width?: number;
}

/**
 * Draws frames into one small reusable canvas (320 px wide by default) and reads its pixels:
 * cheap enough to analyse 15 frames a second. The canvas is created on first use.
 */
export function createFrameReader({ width = 320 }: FrameReaderOptions = {}): FrameReader {
  if (!(Number.isInteger(width) && width >= 16)) {
    throw new RangeError(`Frame reader width must be a whole number of at least 16, got ${width}.`);
  }
  let canvas: OffscreenCanvas | HTMLCanvasElement | undefined;
  let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null = null;
  return {
    read(source) {
      if ('readyState' in source && source.readyState < 2) return null;
      const size = sourceSize(source);
      if (size.width === 0 || size.height === 0) return null;
      const height = Math.max(1, Math.round((width * size.height) / size.width));
      if (!canvas || canvas.height !== height) {
        canvas = createCanvas(width, height);
        context = canvas.getContext('2d', { willReadFrequently: true }) as typeof context;
      }
      if (!context) return null;
      context.drawImage(source, 0, 0, width, height);
      return { pixels: context.getImageData(0, 0, width, height), image: canvas };
    },
  };
}
