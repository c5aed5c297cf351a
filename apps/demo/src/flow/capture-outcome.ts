import type { LivenessResponse, ReasonCode } from '@liveframe/core';

/** What the selfie step hands to the result step: a pass, or the last answer once attempts ran out. */
export interface CaptureOutcome {
  /** The endpoint's answer, as the proxy returned it. */
  readonly response: LivenessResponse;
  /** The verdict `<LivenessCapture>` reached on it. */
  readonly verdict: {
    readonly outcome: 'pass' | 'retry';
    readonly reasons: readonly ReasonCode[];
    readonly livenessProbability: number;
  };
  /** The frame that was sent, as a URL, when the component provides it. */
  readonly imageSrc: string | undefined;
}
