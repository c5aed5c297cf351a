/**
 * The yes/no attributes of a detected face in a liveness response, in the endpoint's documented
 * order. Its own module, so that a view can list them without loading the response schema.
 */
export const BOOLEAN_FACE_ATTRIBUTES = [
  'smile',
  'eyeglasses',
  'sunglasses',
  'beard',
  'mustache',
  'eyes_open',
  'mouth_open',
] as const;
/** One of {@link BOOLEAN_FACE_ATTRIBUTES}. */
export type BooleanFaceAttribute = (typeof BOOLEAN_FACE_ATTRIBUTES)[number];
