import type { LivenessFace, LivenessResponse } from '../contract/liveness-response.js';
import { faceGeometryReasons } from '../framing/face-geometry-reasons.js';
import type { FramingReason, ReasonCode } from '../reasons.js';
import {
  resolveVerdictOptions,
  type ResolvedVerdictOptions,
  type VerdictOptions,
} from './verdict-options.js';

export interface LivenessVerdict {
  /** `pass` only for one detected face judged live by both liveness fields. */
  outcome: 'pass' | 'retry';
  /**
   * Why a retry, most actionable first: face problems, then quality and face details, then face
   * geometry, and `LIVENESS_FAILED` last whenever liveness was not confirmed. Empty on a pass.
   */
  reasons: ReasonCode[];
  /** The upstream's `liveness_probability`, 0..100, for logs and analytics (not for end users). */
  livenessProbability: number;
}

/**
 * The one verdict on a liveness response: pass, or retry with the reasons to show the user.
 *
 * @throws {RangeError} when an option is not a finite number.
 *
 * @example
 * const verdict = assessLiveness(parseLivenessResponse(json));
 * if (verdict.outcome === 'retry') showMessage(messages[verdict.reasons[0]!]);
 */
export function assessLiveness(
  response: LivenessResponse,
  options?: VerdictOptions,
): LivenessVerdict {
  const limits = resolveVerdictOptions(options);
  const { liveness, face } = response.entity;
  const livenessProbability = liveness.liveness_probability;
  // Both fields must say live: a disagreement is not a pass.
  const live = liveness.liveness_check && livenessProbability > limits.livenessThreshold;
  const oneFace = face.face_detected && !face.multiface_detected;

  if (live && oneFace) return { outcome: 'pass', reasons: [], livenessProbability };

  const reasons: ReasonCode[] = [...faceReasons(face, limits)];
  if (!live) reasons.push('LIVENESS_FAILED');
  return { outcome: 'retry', reasons, livenessProbability };
}

function faceReasons(face: LivenessFace, limits: ResolvedVerdictOptions): FramingReason[] {
  if (!face.face_detected) return ['NO_FACE'];
  const reasons: FramingReason[] = [];
  if (face.multiface_detected) reasons.push('MULTIPLE_FACES');

  const { brightness, sharpness } = face.quality;
  if (brightness < limits.minBrightness) reasons.push('TOO_DARK');
  else if (brightness > limits.maxBrightness) reasons.push('TOO_BRIGHT');
  if (sharpness < limits.minSharpness) reasons.push('BLURRY');

  const { eyes_open, sunglasses } = face.details;
  if (!eyes_open.value && eyes_open.confidence >= limits.eyesClosedConfidence) {
    reasons.push('EYES_CLOSED');
  }
  if (sunglasses.value && sunglasses.confidence >= limits.sunglassesConfidence) {
    reasons.push('SUNGLASSES');
  }

  // The box is in fractions of the image: judge it in a 1 x 1 frame with the on-device code, so
  // FACE_TOO_SMALL means the same before sending and after.
  const { left, top, width, height } = face.bounding_box;
  reasons.push(...faceGeometryReasons({ x: left, y: top, width, height, score: 1 }, 1, 1, limits));
  return reasons;
}
