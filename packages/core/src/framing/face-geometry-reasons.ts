import type { FaceBox } from '../detector/types.js';
import type { FaceGeometryLimits } from './geometry-defaults.js';

/** The geometry problems of `face` in a `frameWidth` x `frameHeight` frame, in display order. */
export function faceGeometryReasons(
  face: FaceBox,
  frameWidth: number,
  frameHeight: number,
  limits: FaceGeometryLimits,
): ('FACE_TOO_SMALL' | 'FACE_TOO_LARGE' | 'FACE_OFF_CENTER')[] {
  const reasons: ('FACE_TOO_SMALL' | 'FACE_TOO_LARGE' | 'FACE_OFF_CENTER')[] = [];
  const widthShare = face.width / frameWidth;
  if (widthShare < limits.minFaceWidth) reasons.push('FACE_TOO_SMALL');
  if (widthShare > limits.maxFaceWidth) reasons.push('FACE_TOO_LARGE');
  const offsetX = Math.abs(face.x + face.width / 2 - frameWidth / 2) / frameWidth;
  const offsetY = Math.abs(face.y + face.height / 2 - frameHeight / 2) / frameHeight;
  if (offsetX > limits.maxCenterOffsetX || offsetY > limits.maxCenterOffsetY) {
    reasons.push('FACE_OFF_CENTER');
  }
  return reasons;
}
