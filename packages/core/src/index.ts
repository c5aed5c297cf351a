export {
  REASON_CODES,
  FRAMING_REASONS,
  LIVENESS_REASONS,
  CAMERA_REASONS,
  TRANSPORT_REASONS,
  isReasonCode,
} from './reasons.js';
export type {
  ReasonCode,
  FramingReason,
  LivenessReason,
  CameraReason,
  TransportReason,
} from './reasons.js';
