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
export { BOOLEAN_FACE_ATTRIBUTES } from './contract/boolean-face-attributes.js';
export type { BooleanFaceAttribute } from './contract/boolean-face-attributes.js';
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

// Face detection: types only here; the detectors are the lazy entries
// `@liveframe/core/detector/blazeface` (default) and `@liveframe/core/detector/mediapipe`, so the
// main entry never loads TensorFlow.js or MediaPipe.
export type { FaceBox, FaceDetector, DetectorInput } from './detector/types.js';
export type { MediaPipeDetectorOptions, MediaPipeAssetUrls } from './detector/mediapipe.js';
export type { BlazeFaceDetectorOptions, BlazeFaceAssetUrls } from './detector/blazeface.js';
export type { DetectorLoadProgress, DetectorProgressListener } from './detector/load-progress.js';
export { DetectorLoadError } from './detector/detector-load-error.js';
export type { DetectorLoadStage } from './detector/detector-load-error.js';

export { MESSAGES } from './messages/messages.js';
export { LOCALES } from './messages/locales.js';
export type { Locale } from './messages/locales.js';
export { MESSAGE_KEYS, UI_MESSAGE_KEYS, PLURAL_MESSAGE_KEYS } from './messages/message-keys.js';
export type {
  MessageKey,
  UiMessageKey,
  PluralMessageKey,
  PluralMessage,
  MessageCatalog,
  MessageOverrides,
} from './messages/message-keys.js';
export { resolveMessages } from './messages/resolve-messages.js';
export { matchLocale } from './messages/match-locale.js';
export { loadCatalog, loadedCatalog } from './messages/load-catalog.js';
export { applyMessageOverrides } from './messages/apply-message-overrides.js';
export { formatMessage } from './messages/format-message.js';
export { textDirection } from './messages/text-direction.js';

// Capture: the captured frame as JPEG Base64 under a byte budget; the frame reader's types for
// `capturePipeline.frameReader`.
export type { AnalysisFrame, FrameReader, FrameReaderOptions } from './capture/frame-reader.js';
export { encodeFrame } from './capture/encode-frame.js';
export {
  encodeWithinBudget,
  EncodeBudgetError,
  DEFAULT_ENCODE_BUDGET,
} from './capture/encode-within-budget.js';
export type { EncodeBudget, EncodedFrame, JpegEncoder } from './capture/encode-within-budget.js';
export type { FrameSource } from './capture/source-size.js';

// Session: the pure reducer, and the class that runs its effects.
export { sessionReducer, createSessionState } from './session/session-reducer.js';
export { isCameraOn, canCapture, attemptsLeft } from './session/session-selectors.js';
export type { SessionStateInit } from './session/session-reducer.js';
export { SESSION_STATUSES, DEFAULT_SESSION_CONFIG } from './session/session-state.js';
export type {
  SessionStatus,
  SessionState,
  SessionConfig,
  SessionContext,
  CaptureMode,
  DetectorStatus,
  DetectorProgress,
  CameraDevice,
  LivenessCaptureResult,
  IdleState,
  StartingState,
  FramingState,
  CapturingState,
  SubmittingState,
  PassedState,
  RetryState,
  FailedState,
  ErrorState,
} from './session/session-state.js';
export type { SessionAction, SessionActionType } from './session/session-action.js';
export { LivenessSession, DETECTOR_READY_MARK } from './session/liveness-session.js';
export type {
  LivenessSessionOptions,
  SubmitFrame,
  CapturePipeline,
} from './session/liveness-session-options.js';
export { LivenessCaptureError } from './session/liveness-capture-error.js';
export { describeSession } from './session/describe-session.js';
export { describeDetectorLoading } from './session/describe-detector-loading.js';
export type { DetectorLoadingView } from './session/describe-detector-loading.js';
export type { SessionGuidance } from './session/describe-session.js';
export { classifyCameraError, cameraEnvironmentProblem } from './session/camera-error.js';
export type { CameraFailure } from './session/camera-error.js';
export { DEFAULT_DETECTOR } from './session/load-detector.js';
export type { DetectorOption, BuiltInDetector } from './session/load-detector.js';

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
