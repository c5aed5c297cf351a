import type * as v from 'valibot';
import type { livenessResponseSchema } from './liveness-response-schema.js';

/**
 * `T` read-only all the way down, without the index signatures of the schema's loose objects:
 * unknown fields are kept at run time but are not part of the types, so a typo such as
 * `entity.livness` is still a compile error.
 */
type Documented<T> = T extends readonly (infer Item)[]
  ? readonly Documented<Item>[]
  : T extends object
    ? { readonly [K in keyof T as string extends K ? never : K]: Documented<T[K]> }
    : T;

/**
 * The typed shape of a passive liveness response, inferred from the schema that
 * `parseLivenessResponse()` checks: `entity.liveness` (`liveness_check`, and
 * `liveness_probability` 0..100, above 50 is live) and `entity.face`.
 */
export type LivenessResponse = Documented<v.InferOutput<typeof livenessResponseSchema>>;
export type LivenessEntity = LivenessResponse['entity'];
/** Whether the upstream judged the face live, and its probability (0..100). */
export type LivenessResult = LivenessEntity['liveness'];
/** Face detection results: either a detected face with its attributes, or no face. */
export type LivenessFace = LivenessEntity['face'];
/** A face was found: details, quality (0..100), confidence (0..100) and its box are present. */
export type DetectedFace = Extract<LivenessFace, { readonly face_detected: true }>;
/** No face was found: the attributes may be absent, and are checked when present. */
export type UndetectedFace = Extract<LivenessFace, { readonly face_detected: false }>;
/** Age range, gender, the yes/no attributes and the emotions ranked by confidence. */
export type FaceDetails = DetectedFace['details'];
/** A detected attribute and the upstream's confidence in it, 0..100. */
export interface FaceAttribute<T> {
  readonly value: T;
  readonly confidence: number;
}
/** Estimated age bounds, non-negative integers. */
export type AgeRange = FaceDetails['age_range'];
/** e.g. `CALM`, `HAPPY`, `SAD`, with its confidence 0..100. */
export type FaceEmotion = FaceDetails['emotions'][number];
/** Brightness and sharpness of the face region, 0..100, higher is better. */
export type FaceQuality = DetectedFace['quality'];
/** The face box as fractions (0..1) of the image size, origin top-left. */
export type BoundingBox = DetectedFace['bounding_box'];
