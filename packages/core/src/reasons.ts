/**
 * The one vocabulary of LiveFrame. A reason code means the same thing whether the browser found
 * it before sending a frame or the server reported it after judging one; messages, stories and
 * the DOM contract (`data-reason`) are all keyed by these codes.
 */
export const FRAMING_REASONS = [
  'NO_FACE',
  'MULTIPLE_FACES',
  'FACE_TOO_SMALL',
  'FACE_TOO_LARGE',
  'FACE_OFF_CENTER',
  'TOO_DARK',
  'TOO_BRIGHT',
  'BLURRY',
  'EYES_CLOSED',
  'SUNGLASSES',
] as const;

export const LIVENESS_REASONS = ['LIVENESS_FAILED'] as const;

export const CAMERA_REASONS = [
  'CAMERA_DENIED',
  'CAMERA_NOT_FOUND',
  'CAMERA_IN_USE',
  'CAMERA_UNSUPPORTED',
  'INSECURE_CONTEXT',
] as const;

export const TRANSPORT_REASONS = [
  'NETWORK_ERROR',
  'TIMEOUT',
  'RATE_LIMITED',
  'SERVER_ERROR',
  'INVALID_RESPONSE',
  'IMAGE_REJECTED',
  // The proxy's capture-session refusals: start again (the first three), come back later (the last).
  'TOKEN_MISSING',
  'TOKEN_INVALID',
  'TOKEN_EXPIRED',
  'ATTEMPTS_EXHAUSTED',
] as const;

/** Every reason code, in a stable order. */
export const REASON_CODES = [
  ...FRAMING_REASONS,
  ...LIVENESS_REASONS,
  ...CAMERA_REASONS,
  ...TRANSPORT_REASONS,
] as const;

export type FramingReason = (typeof FRAMING_REASONS)[number];
export type LivenessReason = (typeof LIVENESS_REASONS)[number];
export type CameraReason = (typeof CAMERA_REASONS)[number];
export type TransportReason = (typeof TRANSPORT_REASONS)[number];
export type ReasonCode = (typeof REASON_CODES)[number];

const ALL = new Set<string>(REASON_CODES);

/** True when `value` is one of the {@link REASON_CODES}. */
export function isReasonCode(value: unknown): value is ReasonCode {
  return typeof value === 'string' && ALL.has(value);
}
