import * as v from 'valibot';
import { BOOLEAN_FACE_ATTRIBUTES } from './boolean-face-attributes.js';
import type { BooleanFaceAttribute } from './boolean-face-attributes.js';

// Loose objects everywhere: fields the documentation does not list are kept, not stripped, so a
// new upstream field never breaks a deployed client.

const percent = v.pipe(v.number(), v.minValue(0), v.maxValue(100));
const fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const age = v.pipe(v.number(), v.integer(), v.minValue(0));

const attribute = <T extends v.GenericSchema>(value: T) =>
  v.looseObject({ value, confidence: percent });
const booleanAttribute = attribute(v.boolean());
const booleanAttributes = Object.fromEntries(
  BOOLEAN_FACE_ATTRIBUTES.map((name) => [name, booleanAttribute]),
) as Record<BooleanFaceAttribute, typeof booleanAttribute>;

const details = v.looseObject({
  age_range: v.looseObject({ low: age, high: age }),
  gender: attribute(v.string()),
  ...booleanAttributes,
  emotions: v.array(v.looseObject({ type: v.string(), confidence: percent })),
});

const quality = v.looseObject({ brightness: percent, sharpness: percent });

// A face cut by the edge of the image has its box start before the edge: detectors of this family
// then report a slightly negative `left`/`top`. Such a frame deserves a FACE_OFF_CENTER retry, not
// an INVALID_RESPONSE, so edges may lie up to one frame outside; sizes stay within the frame.
const edge = v.pipe(v.number(), v.minValue(-1), v.maxValue(1));

const boundingBox = v.looseObject({
  width: fraction,
  height: fraction,
  left: edge,
  top: edge,
});

const face = v.variant('face_detected', [
  v.looseObject({
    face_detected: v.literal(true),
    message: v.string(),
    multiface_detected: v.boolean(),
    details,
    quality,
    confidence: percent,
    bounding_box: boundingBox,
  }),
  v.looseObject({
    face_detected: v.literal(false),
    message: v.string(),
    multiface_detected: v.boolean(),
    details: v.exactOptional(details),
    quality: v.exactOptional(quality),
    confidence: v.exactOptional(percent),
    bounding_box: v.exactOptional(boundingBox),
  }),
]);

/**
 * The one contract of a passive liveness response (`POST {baseUrl}/api/v1/ml/liveness/`):
 * `parseLivenessResponse()` runs it and the public types are inferred from it.
 */
export const livenessResponseSchema = v.looseObject({
  entity: v.looseObject({
    liveness: v.looseObject({
      liveness_check: v.boolean(),
      liveness_probability: percent,
    }),
    face,
  }),
});
