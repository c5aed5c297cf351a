// The work the session does once the camera is on: the framing checks, the encoder, the verdict
// and the reading of a failed request. Loaded with `loadFrameWork()` when the camera starts.
export { analyzeFrame } from '../framing/analyze-frame.js';
export { encodeFrame } from '../capture/encode-frame.js';
export { assessLiveness } from '../verdict/assess-liveness.js';
export { transportFailure } from './transport-failure.js';
export { reportIntegrationError } from './report-integration-error.js';
