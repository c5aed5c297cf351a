import type { FaceBox } from '../types.js';
import type { RawDetection } from './decode-detections.js';

/** Where a frame sits inside the model's square input: scaled to fit, centred, padded. */
export interface Letterbox {
  /** Frame size, in pixels. */
  readonly frameWidth: number;
  readonly frameHeight: number;
  /** The frame's drawn rectangle inside a square of side `side`. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly side: number;
}

/** Fits a `frameWidth` x `frameHeight` frame into a square of `side` pixels, aspect kept. */
export function fitLetterbox(frameWidth: number, frameHeight: number, side: number): Letterbox {
  const scale = side / Math.max(frameWidth, frameHeight);
  const width = frameWidth * scale;
  const height = frameHeight * scale;
  return {
    frameWidth,
    frameHeight,
    x: (side - width) / 2,
    y: (side - height) / 2,
    width,
    height,
    side,
  };
}

/**
 * A detection in the square input, back in the frame's pixels. Not clipped: like MediaPipe's, a
 * box may reach past the frame's edge when the face does.
 */
export function toFrameBox(detection: RawDetection, box: Letterbox): FaceBox {
  const toX = (v: number) => ((v * box.side - box.x) / box.width) * box.frameWidth;
  const toY = (v: number) => ((v * box.side - box.y) / box.height) * box.frameHeight;
  const x = toX(detection.xMin);
  const y = toY(detection.yMin);
  return {
    x,
    y,
    width: toX(detection.xMax) - x,
    height: toY(detection.yMax) - y,
    score: detection.score,
  };
}
