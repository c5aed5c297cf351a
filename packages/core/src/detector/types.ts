/** A face found in a frame, in that frame's pixel coordinates (origin top-left). */
export interface FaceBox {
  /** Left edge, in pixels. */
  x: number;
  /** Top edge, in pixels. */
  y: number;
  width: number;
  height: number;
  /** Detection confidence, 0..1. */
  score: number;
}

/** What a detector can look at: anything `drawImage` or a MediaPipe task accepts. */
export type DetectorInput =
  HTMLVideoElement | HTMLCanvasElement | OffscreenCanvas | ImageBitmap | ImageData;

/**
 * Finds faces in a frame. The MediaPipe adapter (`@liveframe/core/detector/mediapipe`) is one
 * implementation; tests and integrators can pass their own.
 */
export interface FaceDetector {
  /**
   * Faces in `frame`, boxes in the frame's own pixel coordinates.
   * `timestampMs` must increase from call to call (video mode).
   */
  detect(
    frame: DetectorInput,
    timestampMs: number,
  ): readonly FaceBox[] | Promise<readonly FaceBox[]>;
  /** Frees the detector's resources. Safe to call twice. */
  close(): void;
}
