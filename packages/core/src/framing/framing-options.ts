import type { FaceGeometryLimits } from './geometry-defaults.js';
import { DEFAULT_FACE_GEOMETRY } from './geometry-defaults.js';

/**
 * Thresholds of the on-device framing check. Every field can be overridden; the rest keep
 * {@link DEFAULT_FRAMING}. Luminance and clipping are fractions (0..1); sharpness is the
 * variance of the Laplacian of the face region resampled to a fixed 64x64 grid of 8-bit luma,
 * so it does not depend on the camera resolution or on how large the face is in the frame.
 */
export interface FramingOptions extends FaceGeometryLimits {
  /**
   * A face counts only when its detection score is at least this. No such face is `NO_FACE`;
   * two or more are `MULTIPLE_FACES`. Default `0.5`.
   */
  minFaceScore: number;
  /** Mean luma (0..1) of the face region below which the frame is `TOO_DARK`. Default `0.25`. */
  minLuminance: number;
  /** Mean luma (0..1) of the face region above which the frame is `TOO_BRIGHT`. Default `0.85`. */
  maxLuminance: number;
  /**
   * Share (0..1) of the face region's pixels with clipped highlights (luma of at least
   * {@link FramingOptions.highlightLevel}) above which the frame is `TOO_BRIGHT`. Default `0.2`.
   */
  maxHighlightClip: number;
  /** 8-bit luma (0..255) from which a pixel counts as a clipped highlight. Default `250`. */
  highlightLevel: number;
  /**
   * Sharpness (variance of the Laplacian at the fixed scale) below which the frame is
   * `BLURRY`. Calibrated on sharp and blurred fixture images: see the package README.
   * Default `75`.
   */
  minSharpness: number;
}

/** The defaults of {@link FramingOptions}; geometry from `DEFAULT_FACE_GEOMETRY`. */
export const DEFAULT_FRAMING: Readonly<FramingOptions> = Object.freeze({
  ...DEFAULT_FACE_GEOMETRY,
  minFaceScore: 0.5,
  minLuminance: 0.25,
  maxLuminance: 0.85,
  maxHighlightClip: 0.2,
  highlightLevel: 250,
  minSharpness: 75,
});

const RANGES: Readonly<Record<keyof FramingOptions, readonly [min: number, max: number]>> = {
  minFaceWidth: [0, 1],
  maxFaceWidth: [0, 1],
  maxCenterOffsetX: [0, 1],
  maxCenterOffsetY: [0, 1],
  minFaceScore: [0, 1],
  minLuminance: [0, 1],
  maxLuminance: [0, 1],
  maxHighlightClip: [0, 1],
  highlightLevel: [0, 255],
  minSharpness: [0, Infinity],
};

/**
 * `DEFAULT_FRAMING` with `overrides` applied, checked.
 * @throws {RangeError} when a threshold is not a finite number in its range.
 */
export function resolveFramingOptions(overrides?: Partial<FramingOptions>): FramingOptions {
  const options: FramingOptions = { ...DEFAULT_FRAMING };
  for (const key of Object.keys(RANGES) as (keyof FramingOptions)[]) {
    const value = overrides?.[key] ?? options[key];
    const [min, max] = RANGES[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      const range = max === Infinity ? `of at least ${min}` : `from ${min} to ${max}`;
      throw new RangeError(
        `Framing option ${key} must be a finite number ${range}, got ${String(value)}.`,
      );
    }
    options[key] = value;
  }
  return options;
}
