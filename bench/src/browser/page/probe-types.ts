/** What the bench page records, read by the runner as `window.__liveframeBench`. */

/** A User Timing measure or a long task: start and duration, ms on the page's clock. */
export interface TimedEntry {
  readonly name: string;
  readonly start: number;
  readonly duration: number;
}

/** A change of the component root's `data-liveframe-state`, ms on the page's clock. */
export interface StateChange {
  readonly state: string;
  readonly at: number;
}

export interface EncodeSample {
  readonly ms: number;
  readonly base64Bytes: number;
  readonly width: number;
  readonly height: number;
  /** JPEG quality for LiveFrame; for react-webcam, the data URL's MIME type. */
  readonly detail: string;
}

/** The on-device framing verdict of one image, judged as the component judges a frame. */
export interface SharpnessCheck {
  readonly label: string;
  readonly faces: number;
  readonly sharpness: number;
  readonly reasons: readonly string[];
}

export interface PayloadProbe {
  readonly videoWidth: number;
  readonly videoHeight: number;
  readonly liveframe: readonly EncodeSample[];
  readonly reactWebcam: readonly EncodeSample[];
  readonly minSharpness: number;
  readonly sharpness: readonly SharpnessCheck[];
}

export interface PageProbe {
  /** When the page first called `getUserMedia`. */
  cameraStart?: number;
  /** When that call resolved with a stream. */
  cameraReady?: number;
  /** `liveframe:*` User Timing marks and measures, in order. */
  readonly timings: TimedEntry[];
  readonly longTasks: TimedEntry[];
  readonly states: StateChange[];
  /** The first animation frame after the root showed `passed`, `retry` or `failed`. */
  verdictPainted?: number;
  payload?: PayloadProbe;
  error?: string;
}

declare global {
  interface Window {
    __liveframeBench: PageProbe;
  }
}
