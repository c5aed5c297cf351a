import type {
  CameraDevice,
  CaptureMode,
  CapturePipeline,
  DetectorOption,
  EncodeBudget,
  FramingOptions,
  LivenessCaptureError,
  LivenessCaptureResult,
  MessageOverrides,
  SessionStatus,
} from '@liveframe/core';
import type { SubmitOptions } from './use-liveness-submit.js';

/** Options of `useLivenessCapture()`, and props of `<LivenessCapture>`. */
export interface UseLivenessCaptureOptions extends SubmitOptions {
  /**
   * Called with every judged answer: the validated response, the verdict
   * (`verdict.outcome === 'pass'` on success) and the bytes sent. Record the pass on your server
   * (the proxy's `onResult`), never trust the browser alone. Called before `onStateChange` for
   * the state the answer leads to, so a `'failed'` handler already has the last answer.
   */
  onResult?: (result: LivenessCaptureResult) => void;
  /** Called on every camera or transport failure (`error.reason` is its reason code). */
  onError?: (error: LivenessCaptureError) => void;
  /** Called whenever the state changes, with the new state; after `onResult` for an answer. */
  onStateChange?: (state: SessionStatus) => void;
  /**
   * `'auto'`: capture once framing has been good for about a second. `'manual'`: a capture
   * button, enabled while framing is good. Without a face detector capture is always manual.
   * Default `'auto'`.
   */
  captureMode?: CaptureMode;
  /** Attempts judged by the server before `failed`. Default `3`. */
  maxAttempts?: number;
  /** How long framing must stay good before an automatic capture. Default `1000` ms. */
  autoCaptureDelayMs?: number;
  /**
   * Language of the messages: `'auto'`, or a BCP 47 tag to force one (`'fr'`, `'pt-AO'`).
   * Bundled: `en`, `fr`, `ar`, `pt`, `sw`; other tags fall back to English. `'auto'` picks the
   * first of `navigator.languages` that is bundled (on the server and while hydrating: English).
   * The root gets the matching `lang` and `dir` (`rtl` for Arabic). Default `'auto'`.
   */
  locale?: 'auto' | (string & {});
  /** Your own wording for some messages, by reason code or interface key. Default: none. */
  messages?: MessageOverrides;
  /** Thresholds of the on-device framing check, over `DEFAULT_FRAMING`. Default: none. */
  framing?: Partial<FramingOptions>;
  /** A pass needs `liveness_probability` strictly above this (0..100). Default `50`. */
  livenessThreshold?: number;
  /**
   * The face detector: `'blazeface'` or `'mediapipe'` (built in), your own `FaceDetector`, a
   * function loading one, or `false` for none (light and sharpness checks only, manual
   * capture). Default: `'blazeface'` (TensorFlow.js, WebAssembly, in a worker), loaded lazily
   * when the camera starts.
   */
  detector?: DetectorOption;
  /**
   * Folder URL the built-in detector's wasm and model are served from (your own origin).
   * Default: the files of `@liveframe/core/assets/`, emitted by your bundler.
   */
  assetsBaseUrl?: string;
  /**
   * While the detector is still loading this long after the camera shows (a slow link), offer
   * the capture button; the detector takes over when it arrives. Default `4000` ms.
   */
  manualCaptureAfterMs?: number;
  /**
   * Analyse frames in a module worker when the default detector is used and the browser allows
   * it; `false` keeps the analysis on the main thread. Default `true`.
   */
  analysisWorker?: boolean;
  /** The camera to use (a `deviceId` from `enumerateDevices`). Default: the front camera. */
  deviceId?: string;
  /** Open the camera on mount instead of waiting for `start()`. Default `false`. */
  autoStart?: boolean;
  /** Most frames analysed a second. Default `15`. */
  maxFps?: number;
  /** JPEG budget of the captured frame. Default: longest side 1280 px, 1,000,000 Base64 bytes. */
  encode?: EncodeBudget;
  /** Advanced: replace how frames are read and encoded (custom pipelines, tests without canvas). */
  capturePipeline?: CapturePipeline;
}

export type { CameraDevice };
