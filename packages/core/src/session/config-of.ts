import type { LivenessSessionOptions } from './liveness-session-options.js';
import type { SessionConfig } from './session-state.js';

/** The reducer's settings among the session options. */
export function configOf(options: LivenessSessionOptions): Partial<SessionConfig> {
  return {
    ...(options.maxAttempts !== undefined && { maxAttempts: options.maxAttempts }),
    ...(options.captureMode !== undefined && { captureMode: options.captureMode }),
    ...(options.autoCaptureDelayMs !== undefined && {
      autoCaptureDelayMs: options.autoCaptureDelayMs,
    }),
  };
}
