/**
 * `@liveframe/core/session`: what a view needs to run a capture session (the session, its
 * selectors, the guidance and the message catalogs), without the proxy client. `@liveframe/react`
 * imports from here so that every bundler, esbuild included, leaves the client and its response
 * schema in the chunk loaded when the camera starts, and the non-English catalogs in their own
 * chunks (`loadCatalog`). Everything here is also exported from `@liveframe/core`.
 */
export { LivenessSession } from './liveness-session.js';
export { isCameraOn, canCapture, attemptsLeft } from './session-selectors.js';
export { describeSession } from './describe-session.js';
export { describeDetectorLoading } from './describe-detector-loading.js';
export type { DetectorLoadingView } from './describe-detector-loading.js';
export type { SessionGuidance } from './describe-session.js';
export { LivenessCaptureError } from './liveness-capture-error.js';
export { resolveMessages } from '../messages/resolve-messages.js';
export { matchLocale } from '../messages/match-locale.js';
export { loadCatalog, loadedCatalog } from '../messages/load-catalog.js';
export { applyMessageOverrides } from '../messages/apply-message-overrides.js';
export { textDirection } from '../messages/text-direction.js';
