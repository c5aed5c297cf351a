import type { FramingState, SessionState } from './session-state.js';

/** True while the session wants the camera open. */
export function isCameraOn(state: SessionState): boolean {
  switch (state.status) {
    case 'starting':
    case 'framing':
    case 'capturing':
    case 'submitting':
    case 'retry':
      return true;
    default:
      return false;
  }
}

/** True when a `capture` action would be accepted: framing, analysed and without a problem. */
export function canCapture(state: SessionState): state is FramingState {
  return state.status === 'framing' && state.analysed && state.reasons.length === 0;
}

/** Judged attempts still available. */
export function attemptsLeft(state: SessionState): number {
  return Math.max(0, state.config.maxAttempts - state.attempt);
}
