// Test helpers: one state of each status, built through the public reducer's types.
import type { LivenessResponse } from '../contract/liveness-response.js';
import type { LivenessVerdict } from '../verdict/assess-liveness.js';
import { createSessionState } from '../session/session-reducer.js';
import type {
  LivenessCaptureResult,
  SessionState,
  SessionStatus,
} from '../session/session-state.js';

export const base = createSessionState({ detector: 'ready' });

export function resultOf(verdict: Partial<LivenessVerdict>): LivenessCaptureResult {
  return {
    response: { entity: {} } as unknown as LivenessResponse,
    verdict: { outcome: 'retry', reasons: [], livenessProbability: 10, ...verdict },
    bytesSent: 1234,
    image: '/9j/4AAQ',
  };
}

const examples: { [S in SessionStatus]: Extract<SessionState, { status: S }> } = {
  idle: { ...base, status: 'idle' },
  starting: { ...base, status: 'starting', cameraRequest: 1 },
  framing: {
    ...base,
    status: 'framing',
    cameraRequest: 1,
    reasons: [],
    reason: null,
    analysed: true,
    goodSinceMs: 0,
  },
  capturing: { ...base, status: 'capturing', cameraRequest: 1 },
  submitting: { ...base, status: 'submitting', cameraRequest: 1, bytesSent: 1234 },
  passed: { ...base, status: 'passed', attempt: 1, result: resultOf({ outcome: 'pass' }) },
  retry: {
    ...base,
    status: 'retry',
    attempt: 1,
    cameraRequest: 1,
    reasons: ['LIVENESS_FAILED'],
    result: null,
    retryAtMs: null,
    waitSeconds: 0,
  },
  failed: { ...base, status: 'failed', attempt: 3, reasons: ['LIVENESS_FAILED'], result: null },
  error: { ...base, status: 'error', reason: 'CAMERA_DENIED' },
};

/** An example state of `status`, with `patch` applied. */
export function at<S extends SessionStatus>(
  status: S,
  patch: Partial<Extract<SessionState, { status: S }>> = {},
): Extract<SessionState, { status: S }> {
  return { ...examples[status], ...patch };
}
