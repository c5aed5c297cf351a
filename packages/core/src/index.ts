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

export { parseLivenessResponse } from './contract/parse-liveness-response.js';
export { LivenessResponseError } from './contract/liveness-response-error.js';
export type { LivenessResponseIssue } from './contract/liveness-response-error.js';
export type {
  LivenessResponse,
  LivenessEntity,
  LivenessResult,
  LivenessFace,
  DetectedFace,
  UndetectedFace,
  FaceDetails,
  FaceAttribute,
  FaceEmotion,
  FaceQuality,
  AgeRange,
  BoundingBox,
} from './contract/liveness-response.js';
export { PROXY_ERROR_CODES, isProxyErrorCode, parseProxyError } from './contract/proxy-error.js';
export type { ProxyErrorCode, ProxyErrorBody } from './contract/proxy-error.js';

export { assessLiveness } from './verdict/assess-liveness.js';
export type { LivenessVerdict } from './verdict/assess-liveness.js';
export { DEFAULT_VERDICT_OPTIONS } from './verdict/verdict-options.js';
export type { VerdictOptions } from './verdict/verdict-options.js';

// Face detection: types only here; the MediaPipe adapter is the lazy entry
// `@liveframe/core/detector/mediapipe`, so the main entry never loads MediaPipe.
export type { FaceBox, FaceDetector, DetectorInput } from './detector/types.js';
export type { MediaPipeDetectorOptions, MediaPipeAssetUrls } from './detector/mediapipe.js';
export { DetectorLoadError } from './detector/detector-load-error.js';
export type { DetectorLoadStage } from './detector/detector-load-error.js';

export { MESSAGES, LOCALES } from './messages/messages.js';
export type { Locale } from './messages/messages.js';
export { MESSAGE_KEYS, UI_MESSAGE_KEYS } from './messages/message-keys.js';
export type {
  MessageKey,
  UiMessageKey,
  MessageCatalog,
  MessageOverrides,
} from './messages/message-keys.js';
export { resolveMessages, matchLocale } from './messages/resolve-messages.js';
export { formatMessage } from './messages/format-message.js';

// On-device framing: pixels and face boxes in, reason codes out; and readable guidance.
export { analyzeFrame } from './framing/analyze-frame.js';
export type { FramingAnalysis, FramingMetrics } from './framing/analyze-frame.js';
export { DEFAULT_FRAMING } from './framing/framing-options.js';
export type { FramingOptions } from './framing/framing-options.js';
export { FRAMING_PRIORITY } from './framing/framing-priority.js';
export type { FrameCheckReason } from './framing/framing-priority.js';
export {
  createGuidanceStabilizer,
  DEFAULT_MIN_DISPLAY_MS,
  DEFAULT_SETTLE_MS,
} from './framing/guidance-stabilizer.js';
export type {
  GuidanceStabilizer,
  GuidanceStabilizerOptions,
} from './framing/guidance-stabilizer.js';
export type { FramePixels } from './framing/types.js';

export { checkLiveness, DEFAULT_CHECK_TIMEOUT_MS } from './client/check-liveness.js';
export type { CheckLivenessOptions } from './client/check-liveness.js';
export { LivenessCheckError, isLivenessCheckError } from './client/liveness-check-error.js';
export type { LivenessCheckErrorInit } from './client/liveness-check-error.js';
export { isAbortError } from './client/is-abort-error.js';
export { parseRetryAfter, DEFAULT_RETRY_AFTER_SECONDS } from './client/retry-after.js';
