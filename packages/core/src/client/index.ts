/**
 * `@liveframe/core/client`: the proxy client on its own entry. `@liveframe/react` loads it with
 * `import()` when the camera starts, so the response schema (valibot) and the transport code
 * weigh nothing on pages that render the component but never capture. Everything here is also
 * exported from `@liveframe/core`.
 */
export { checkLiveness, DEFAULT_CHECK_TIMEOUT_MS } from './check-liveness.js';
export type { CheckLivenessOptions } from './check-liveness.js';
export { LivenessCheckError, isLivenessCheckError } from './liveness-check-error.js';
export type { LivenessCheckErrorInit } from './liveness-check-error.js';
export { isAbortError } from './is-abort-error.js';
export { parseRetryAfter, DEFAULT_RETRY_AFTER_SECONDS } from './retry-after.js';
