import type { EncodeBudget, EncodedFrame } from '../capture/encode-within-budget.js';
import type { FrameReader } from '../capture/frame-reader.js';
import type { FrameSource } from '../capture/source-size.js';
import type { LivenessResponse } from '../contract/liveness-response.js';
import type { FramingOptions } from '../framing/framing-options.js';
import type { DetectorOption } from './load-detector.js';
import type { LivenessCaptureError } from './liveness-capture-error.js';
import type { CaptureMode, LivenessCaptureResult, SessionStatus } from './session-state.js';

/** Sends the Base64 JPEG and resolves with the validated answer; must honour `signal`. */
export type SubmitFrame = (image: string, signal: AbortSignal) => Promise<LivenessResponse>;

/**
 * How frames are read and encoded. Replace these for a custom camera pipeline, or in tests
 * (jsdom has no 2D canvas).
 */
export interface CapturePipeline {
  /** Reads downscaled frames for analysis. Default: the built-in reader (320 px wide). */
  frameReader?: FrameReader;
  /** Encodes the captured frame. Default: `encodeFrame` (JPEG, 1280 px, 1 MB of Base64). */
  encodeFrame?: (source: FrameSource, budget: EncodeBudget) => Promise<EncodedFrame>;
  /** The monotonic clock, in ms. Default: `performance.now()`. */
  now?: () => number;
}

/** Options of `LivenessSession`. */
export interface LivenessSessionOptions {
  /** Sends a captured frame (e.g. with `checkLiveness`). Required. */
  submit: SubmitFrame;
  /** Judged attempts before the session ends in `failed`. Default `3`. */
  maxAttempts?: number;
  /** `'auto'` captures after framing is good for `autoCaptureDelayMs`; `'manual'` waits for `capture()`. Default `'auto'`. */
  captureMode?: CaptureMode;
  /** How long framing must stay good before an automatic capture. Default `1000` ms. */
  autoCaptureDelayMs?: number;
  /** Thresholds of the on-device framing check, over `DEFAULT_FRAMING`. Its face geometry limits also apply to the verdict. */
  framing?: Partial<FramingOptions>;
  /** A pass needs `liveness_probability` strictly above this (0..100). Default `50`. */
  livenessThreshold?: number;
  /**
   * The face detector: an instance (yours to close), a function loading one, or `false` for
   * none (light and sharpness checks only, manual capture). Default: MediaPipe, loaded lazily
   * when the camera starts. Read when the camera first starts.
   */
  detector?: DetectorOption;
  /** Folder the MediaPipe detector's wasm and model are served from. Default: the package's own assets. */
  assetsBaseUrl?: string;
  /** Camera to use; `undefined` for the default (front) camera. */
  deviceId?: string;
  /** Most frames analysed a second. Default `15`. */
  maxFps?: number;
  /** JPEG budget of the captured frame. Default: longest side 1280 px, 1,000,000 bytes of Base64. */
  encode?: EncodeBudget;
  /** Called with every judged answer (pass or not): the response, the verdict, the bytes sent. */
  onResult?: (result: LivenessCaptureResult) => void;
  /** Called on every camera or transport failure, retryable or not. */
  onError?: (error: LivenessCaptureError) => void;
  /** Called whenever the state changes. */
  onStateChange?: (state: SessionStatus) => void;
  /** Advanced: how frames are read and encoded. */
  capturePipeline?: CapturePipeline;
}
