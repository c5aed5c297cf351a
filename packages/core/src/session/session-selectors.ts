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

/**
 * True when a `capture` action would be accepted: framing, analysed, and the guidance on screen
 * shows no problem. It follows the steadied guidance, not each frame's raw result, so the capture
 * button never flickers at borderline framing and always agrees with the words next to it; the
 * frame is checked once more at capture, so nothing with a framing problem is ever sent.
 */
export function canCapture(state: SessionState): state is FramingState {
  return state.status === 'framing' && state.analysed && state.reason === null;
}

/** Judged attempts still available. */
export function attemptsLeft(state: SessionState): number {
  return Math.max(0, state.config.maxAttempts - state.attempt);
}
