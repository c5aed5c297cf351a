import type { CameraReason, FramingReason, TransportReason } from '../reasons.js';
import type {
  CameraDevice,
  DetectorProgress,
  DetectorStatus,
  LivenessCaptureResult,
  SessionConfig,
} from './session-state.js';

/** Everything that can happen to a capture session. Times are on one monotonic clock, in ms. */
export type SessionAction =
  /** Open the camera (from `idle`, or again from `error`). */
  | { readonly type: 'start' }
  /** The camera delivers frames. */
  | { readonly type: 'cameraReady' }
  /**
   * The camera failed or stopped. `overconstrained` asks once more with relaxed constraints
   * (while starting); otherwise the session ends in `error` with `reason`.
   */
  | {
      readonly type: 'cameraFailed';
      readonly reason: CameraReason;
      readonly overconstrained?: boolean;
    }
  /** The face detector finished loading, or failed to. */
  | {
      readonly type: 'detectorSettled';
      readonly detector: Exclude<DetectorStatus, 'loading' | 'slow'>;
    }
  /** The detector is still loading after a while: offer capture by button meanwhile. */
  | { readonly type: 'detectorSlow' }
  /** More of the detector's files arrived. */
  | { readonly type: 'detectorProgress'; readonly progress: DetectorProgress }
  /**
   * A frame was analysed: `reasons` are its problems (empty when good), `reason` the steadied one
   * to show.
   */
  | {
      readonly type: 'frameAnalyzed';
      readonly reasons: readonly FramingReason[];
      readonly reason: FramingReason | null;
      readonly atMs: number;
    }
  /** Capture the current frame (only while framing is good). */
  | { readonly type: 'capture' }
  /** The frame could not be captured, or its last check found `reasons`: back to framing. */
  | { readonly type: 'captureFailed'; readonly reasons: readonly FramingReason[] }
  /** The encoded frame of `bytes` Base64 bytes has been sent. */
  | { readonly type: 'submitted'; readonly bytes: number }
  /** The proxy answered and the answer was judged. */
  | { readonly type: 'judged'; readonly result: LivenessCaptureResult }
  /**
   * The request failed. `retryable` failures go to `retry` (after `retryAtMs` when set);
   * the others end in `error`. `consumesAttempt` when the frame itself was judged (rejected).
   */
  | {
      readonly type: 'submitFailed';
      readonly reason: TransportReason;
      readonly retryable: boolean;
      readonly consumesAttempt: boolean;
      readonly retryAtMs: number | null;
      readonly atMs: number;
    }
  /** Time passes (the rate-limit countdown). */
  | { readonly type: 'tick'; readonly atMs: number }
  /** Try again: a new frame from `retry`, or the camera again from `error`. */
  | { readonly type: 'retry'; readonly atMs: number }
  /** The cameras available (listed once the camera is allowed). */
  | { readonly type: 'camerasListed'; readonly cameras: readonly CameraDevice[] }
  /** Use another camera (`null`: the default one). */
  | { readonly type: 'selectCamera'; readonly deviceId: string | null }
  /** Settings changed. */
  | { readonly type: 'configure'; readonly config: Partial<SessionConfig> }
  /** Back to `idle` with every attempt available again. */
  | { readonly type: 'reset' };

/** The `type` of every {@link SessionAction}. */
export type SessionActionType = SessionAction['type'];
