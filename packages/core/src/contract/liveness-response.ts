/**
 * The typed shape of a passive liveness response, as documented for
 * `POST {baseUrl}/api/v1/ml/liveness/`. `parseLivenessResponse()` returns this after checking
 * every field at run time.
 *
 * Fields the documentation does not list are kept at run time (nothing is stripped) but are not
 * part of these types, so a typo such as `entity.livness` is still a compile error.
 */
export interface LivenessResponse {
  readonly entity: LivenessEntity;
}

export interface LivenessEntity {
  readonly liveness: LivenessResult;
  readonly face: LivenessFace;
}

export interface LivenessResult {
  /** Whether the upstream judged the face live (documented as `liveness_probability > 50`). */
  readonly liveness_check: boolean;
  /** Probability, 0..100, that the image shows a live person. Above 50 means live. */
  readonly liveness_probability: number;
}

/** Face detection results: either a detected face with its attributes, or no face. */
export type LivenessFace = DetectedFace | UndetectedFace;

/** Fields present whether or not a face was found. */
interface FaceCommon {
  /** Human-readable detection status from the upstream, e.g. `"face detected"`. Not for end users. */
  readonly message: string;
  /** Whether more than one face was found in the image. */
  readonly multiface_detected: boolean;
}

export interface DetectedFace extends FaceCommon {
  readonly face_detected: true;
  readonly details: FaceDetails;
  readonly quality: FaceQuality;
  /** Confidence, 0..100, that a face is present. */
  readonly confidence: number;
  readonly bounding_box: BoundingBox;
}

/** No face was found: the attributes may be absent, and are checked when present. */
export interface UndetectedFace extends FaceCommon {
  readonly face_detected: false;
  readonly details?: FaceDetails;
  readonly quality?: FaceQuality;
  readonly confidence?: number;
  readonly bounding_box?: BoundingBox;
}

/** A detected attribute and the upstream's confidence in it, 0..100. */
export interface FaceAttribute<T> {
  readonly value: T;
  readonly confidence: number;
}

export interface AgeRange {
  /** Lower bound of the estimated age, a non-negative integer. */
  readonly low: number;
  /** Upper bound of the estimated age, a non-negative integer. */
  readonly high: number;
}

export interface FaceEmotion {
  /** e.g. `CALM`, `HAPPY`, `SAD`, `ANGRY`, `SURPRISED`, `DISGUSTED`, `FEAR`, `CONFUSED`. */
  readonly type: string;
  /** Confidence, 0..100. */
  readonly confidence: number;
}

export interface FaceDetails {
  readonly age_range: AgeRange;
  readonly smile: FaceAttribute<boolean>;
  /** e.g. `Male`, `Female`. */
  readonly gender: FaceAttribute<string>;
  readonly eyeglasses: FaceAttribute<boolean>;
  readonly sunglasses: FaceAttribute<boolean>;
  readonly beard: FaceAttribute<boolean>;
  readonly mustache: FaceAttribute<boolean>;
  readonly eyes_open: FaceAttribute<boolean>;
  readonly mouth_open: FaceAttribute<boolean>;
  /** Emotions ranked by confidence. */
  readonly emotions: readonly FaceEmotion[];
}

/** Image quality of the face region. */
export interface FaceQuality {
  /** 0..100, higher is brighter. */
  readonly brightness: number;
  /** 0..100, higher is sharper. */
  readonly sharpness: number;
}

/** The face box as fractions (0..1) of the image size, origin top-left. */
export interface BoundingBox {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly top: number;
}
