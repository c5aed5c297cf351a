/**
 * Face geometry limits shared by the on-device framing check and the server verdict, as
 * fractions of the frame. One set of numbers, so `FACE_TOO_SMALL` means the same thing on
 * both sides of the network.
 */
export interface FaceGeometryLimits {
  /** A face box narrower than this fraction of the frame width is `FACE_TOO_SMALL`. Default `0.2`. */
  minFaceWidth: number;
  /** A face box wider than this fraction of the frame width is `FACE_TOO_LARGE`. Default `0.7`. */
  maxFaceWidth: number;
  /** Largest horizontal distance of the face centre from the frame centre, as a fraction of the width. Default `0.2`. */
  maxCenterOffsetX: number;
  /** Largest vertical distance of the face centre from the frame centre, as a fraction of the height. Default `0.25`. */
  maxCenterOffsetY: number;
}

export const DEFAULT_FACE_GEOMETRY: Readonly<FaceGeometryLimits> = Object.freeze({
  minFaceWidth: 0.2,
  maxFaceWidth: 0.7,
  maxCenterOffsetX: 0.2,
  maxCenterOffsetY: 0.25,
});
