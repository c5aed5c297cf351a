import type { LivenessResponse } from '../contract/liveness-response.js';
import type { CameraReason, FramingReason, ReasonCode, TransportReason } from '../reasons.js';
import type { LivenessVerdict } from '../verdict/assess-liveness.js';

/** Every state a capture session can be in; the value of `data-liveframe-state`. */
export const SESSION_STATUSES = [
  'idle',
  'starting',
  'framing',
  'capturing',
  'submitting',
  'passed',
  'retry',
  'failed',
  'error',
] as const;

/** A state of the capture session. */
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/**
 * `'auto'` captures once framing has been good for `autoCaptureDelayMs`; `'manual'` waits for
 * `capture()` (a button), accepted only while framing is good.
 */
export type CaptureMode = 'auto' | 'manual';

/**
 * Where the face detector is: `'off'` (disabled with `detector: false`), `'loading'`, `'slow'`
 * (still loading after `manualCaptureAfterMs`: capture by button is offered meanwhile, and the
 * detector takes over when it arrives), `'ready'`, or `'unavailable'` (it failed to load).
 * Without a ready detector the session still checks light and sharpness, but never captures by
 * itself.
 */
export type DetectorStatus = 'off' | 'loading' | 'slow' | 'ready' | 'unavailable';

/** Bytes of the face detector received so far, and expected (`null` when unknown). */
export interface DetectorProgress {
  readonly loaded: number;
  readonly total: number | null;
}

/** The settings the reducer needs. */
export interface SessionConfig {
  /** Judged attempts allowed before the session ends in `failed`. Default `3`. */
  readonly maxAttempts: number;
  /** How a frame gets captured. Default `'auto'`. */
  readonly captureMode: CaptureMode;
  /** How long framing must stay good before an automatic capture. Default `1000` ms. */
  readonly autoCaptureDelayMs: number;
}

/** What a judged attempt produced: reported to `onResult` and kept in `passed`/`retry`/`failed`. */
export interface LivenessCaptureResult {
  /** The proxy's answer, validated. */
  readonly response: LivenessResponse;
  /** `assessLiveness`'s judgement of it. */
  readonly verdict: LivenessVerdict;
  /** Bytes of the Base64 image that was sent. */
  readonly bytesSent: number;
  /**
   * The JPEG that was sent, as Base64 without a `data:` prefix (show it with
   * `data:image/jpeg;base64,${image}`). Not mirrored: what the server judged.
   */
  readonly image: string;
}

/** A camera the user can choose. */
export interface CameraDevice {
  readonly deviceId: string;
  /** The browser's name for it; empty before camera permission was granted. */
  readonly label: string;
}

/** What every state carries. */
export interface SessionContext {
  readonly config: SessionConfig;
  /** Attempts judged so far: a verdict, or an image the server rejected. */
  readonly attempt: number;
  readonly detector: DetectorStatus;
  /** Download progress while the detector loads; `null` before any byte and once settled. */
  readonly detectorProgress: DetectorProgress | null;
  /** The camera chosen by the user or the host; `null` for the browser's default (front camera). */
  readonly deviceId: string | null;
  /** The cameras found once the camera was allowed; a picker makes sense when there are several. */
  readonly cameras: readonly CameraDevice[];
  /** `'relaxed'` after an `OverconstrainedError`: the camera is asked again with no preferences. */
  readonly constraints: 'ideal' | 'relaxed';
  /** Increases each time the camera must be opened afresh (a good key for the preview). */
  readonly cameraRequest: number;
}

export interface IdleState extends SessionContext {
  readonly status: 'idle';
}

/** Waiting for the camera (and the permission prompt). */
export interface StartingState extends SessionContext {
  readonly status: 'starting';
}

/** The camera runs and every frame is checked. */
export interface FramingState extends SessionContext {
  readonly status: 'framing';
  /** Every problem of the latest analysed frame, most important first; empty when good. */
  readonly reasons: readonly FramingReason[];
  /** The problem to show, steadied so a person can read it; `null` when framing looks good. */
  readonly reason: FramingReason | null;
  /** False until a first frame has been analysed. */
  readonly analysed: boolean;
  /** When frames started being continuously good, or `null`. */
  readonly goodSinceMs: number | null;
}

/** A good frame is being checked once more and encoded. */
export interface CapturingState extends SessionContext {
  readonly status: 'capturing';
}

/** The frame is on its way to the proxy. */
export interface SubmittingState extends SessionContext {
  readonly status: 'submitting';
  readonly bytesSent: number;
}

export interface PassedState extends SessionContext {
  readonly status: 'passed';
  readonly result: LivenessCaptureResult;
}

/** The attempt did not pass; the user can try again (after `waitSeconds`, when rate limited). */
export interface RetryState extends SessionContext {
  readonly status: 'retry';
  /** Why, most actionable first. */
  readonly reasons: readonly ReasonCode[];
  /** The judged answer, when there was one (not after a transport error). */
  readonly result: LivenessCaptureResult | null;
  /** When another try is allowed (`RATE_LIMITED`), or `null` when it is allowed now. */
  readonly retryAtMs: number | null;
  /** Whole seconds left before another try is allowed; `0` when allowed. */
  readonly waitSeconds: number;
}

/** Every attempt has been used. */
export interface FailedState extends SessionContext {
  readonly status: 'failed';
  readonly reasons: readonly ReasonCode[];
  readonly result: LivenessCaptureResult | null;
}

/** The camera could not be used, or the proxy failed in a way a new frame cannot fix. */
export interface ErrorState extends SessionContext {
  readonly status: 'error';
  readonly reason: CameraReason | TransportReason;
}

/** The capture session: one of its states, discriminated by `status`. */
export type SessionState =
  | IdleState
  | StartingState
  | FramingState
  | CapturingState
  | SubmittingState
  | PassedState
  | RetryState
  | FailedState
  | ErrorState;

/** Defaults of {@link SessionConfig}. */
export const DEFAULT_SESSION_CONFIG: Readonly<SessionConfig> = Object.freeze({
  maxAttempts: 3,
  captureMode: 'auto',
  autoCaptureDelayMs: 1000,
});
