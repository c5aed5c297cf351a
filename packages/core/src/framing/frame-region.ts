import type { FramePixels } from './types.js';

/** An axis-aligned rectangle of a frame, in pixels (origin top-left). */
export interface FrameRegion {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The whole frame as a region. */
export function wholeFrame({ width, height }: FramePixels): FrameRegion {
  return { x: 0, y: 0, width, height };
}

/** `region` cut to the frame; `null` when nothing of it lies inside. */
export function clampRegion(
  region: FrameRegion,
  { width, height }: FramePixels,
): FrameRegion | null {
  const x0 = Math.max(0, region.x);
  const y0 = Math.max(0, region.y);
  const x1 = Math.min(width, region.x + region.width);
  const y1 = Math.min(height, region.y + region.height);
  return x1 - x0 >= 1 && y1 - y0 >= 1 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
}

/**
 * A square in the middle of the frame, `fraction` of the frame width wide (capped by the
 * height): where the guide places the face, used for sharpness when no face was found.
 */
export function centralRegion(frame: FramePixels, fraction: number): FrameRegion {
  const side = Math.min(frame.width * fraction, frame.height);
  return {
    x: (frame.width - side) / 2,
    y: (frame.height - side) / 2,
    width: side,
    height: side,
  };
}
