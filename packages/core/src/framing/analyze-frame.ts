import type { FaceBox } from '../detector/types.js';
import type { FramingReason } from '../reasons.js';
import { assertFaceBoxes, assertFramePixels } from './assert-frame-input.js';
import { faceGeometryReasons } from './face-geometry-reasons.js';
import { centralRegion, clampRegion, wholeFrame } from './frame-region.js';
import { FRAMING_PRIORITY } from './framing-priority.js';
import type { FramingOptions } from './framing-options.js';
import { resolveFramingOptions } from './framing-options.js';
import { measureExposure } from './measure-exposure.js';
import { measureSharpness } from './measure-sharpness.js';
import type { FramePixels } from './types.js';

/** What `analyzeFrame` measured, for debugging, calibration and custom rules. */
export interface FramingMetrics {
  /** Faces scoring at least `minFaceScore`. */
  faceCount: number;
  /** Mean luma (0..1) of the face region, or of the whole frame when there is no face. */
  luminance: number;
  /** Share (0..1) of that region's pixels with clipped highlights. */
  highlightClip: number;
  /**
   * Variance of the Laplacian of the face region resampled to 64x64 (the frame's centre when
   * there is no face); compare with `minSharpness`.
   */
  sharpness: number;
  /** The face that was judged: the highest-scoring one. Absent when there is none. */
  face?: FaceBox;
}

/** The result of {@link analyzeFrame}. */
export interface FramingAnalysis {
  /** Every problem found, in display order (`FRAMING_PRIORITY`); empty when framing is good. */
  reasons: FramingReason[];
  /** The one reason to show (the first of `reasons`), or `null` when framing is good. */
  reason: FramingReason | null;
  metrics: FramingMetrics;
}

/** Where the guide puts the face: the region judged for sharpness when no face was found. */
const NO_FACE_SHARPNESS_REGION = 0.45;

/**
 * Judges one frame before it is sent: light, face count, face size and place, sharpness.
 * Pure and synchronous: RGBA pixels and the detector's face boxes (in the frame's pixel
 * coordinates) in, reason codes out. Cheap enough for 15 frames a second on the main thread.
 *
 * @param pixels the frame, e.g. an `ImageData` from a canvas.
 * @param faces the detector's boxes for this frame; empty when none was found.
 * @param options thresholds overriding `DEFAULT_FRAMING`.
 * @throws {RangeError} when the frame's buffer does not match its size, a face box is not
 * finite or an option is out of range; {@link TypeError} when an argument is not of the
 * expected kind.
 */
export function analyzeFrame(
  pixels: FramePixels,
  faces: readonly FaceBox[],
  options?: Partial<FramingOptions>,
): FramingAnalysis {
  assertFramePixels(pixels);
  assertFaceBoxes(faces);
  const limits = resolveFramingOptions(options);

  const counted = faces.filter((face) => face.score >= limits.minFaceScore);
  const face = counted.reduce<FaceBox | undefined>(
    (best, candidate) =>
      best === undefined ||
      candidate.score > best.score ||
      (candidate.score === best.score &&
        candidate.width * candidate.height > best.width * best.height)
        ? candidate
        : best,
    undefined,
  );
  const faceRegion = face ? clampRegion(face, pixels) : null;

  const exposure = measureExposure(pixels, faceRegion ?? wholeFrame(pixels), limits.highlightLevel);
  const sharpness = measureSharpness(
    pixels,
    faceRegion ?? centralRegion(pixels, NO_FACE_SHARPNESS_REGION),
  );

  const found = new Set<FramingReason>();
  if (exposure.luminance < limits.minLuminance) found.add('TOO_DARK');
  if (
    exposure.luminance > limits.maxLuminance ||
    exposure.highlightClip > limits.maxHighlightClip
  ) {
    found.add('TOO_BRIGHT');
  }
  if (!face) found.add('NO_FACE');
  if (counted.length >= 2) found.add('MULTIPLE_FACES');
  if (face) {
    for (const reason of faceGeometryReasons(face, pixels.width, pixels.height, limits)) {
      found.add(reason);
    }
  }
  if (sharpness < limits.minSharpness) found.add('BLURRY');

  const reasons: FramingReason[] = FRAMING_PRIORITY.filter((reason) => found.has(reason));
  return {
    reasons,
    reason: reasons[0] ?? null,
    metrics: {
      faceCount: counted.length,
      luminance: exposure.luminance,
      highlightClip: exposure.highlightClip,
      sharpness,
      ...(face ? { face } : {}),
    },
  };
}
