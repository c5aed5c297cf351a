import type { FrameReader } from '../capture/frame-reader.js';
import { createFrameReader } from '../capture/frame-reader.js';
import { createGuidanceStabilizer } from '../framing/guidance-stabilizer.js';
import type { CameraReason } from '../reasons.js';
import type { VerdictOptions } from '../verdict/verdict-options.js';
import { cameraEnvironmentProblem, classifyCameraError } from './camera-error.js';
import { AnalysisPacer } from './analysis-pacer.js';
import { initialDetectorStatus } from './detector-slot.js';
import { FrameAnalysis } from './frame-analysis.js';
import { FrameDetectionError } from './frame-check.js';
import { LivenessCaptureError } from './liveness-capture-error.js';
import { loadFrameWork } from './load-frame-work.js';
import type { LivenessSessionOptions } from './liveness-session-options.js';
import type { SessionAction } from './session-action.js';
import { createSessionState, sessionReducer } from './session-reducer.js';
import { isCameraOn } from './session-selectors.js';
import { configOf } from './config-of.js';
import { stopTracks } from './stop-tracks.js';
import { verdictOptionsOf } from './verdict-options-of.js';
import type { SessionState } from './session-state.js';
import { throttleProgress } from './throttle-progress.js';
import { Store } from './store.js';

const DEFAULT_MAX_FPS = 15;
/** How long framing waits for a loading detector before offering capture by button. */
const DEFAULT_MANUAL_CAPTURE_AFTER_MS = 4000;
/** Download progress is passed on at most this often (and once more when complete). */
const PROGRESS_INTERVAL_MS = 250;
/** The User Timing mark set when the face detector is ready. */
export const DETECTOR_READY_MARK = 'liveframe:detector-ready';
/** A detector that fails on this many frames in a row is given up until the camera restarts. */
export const DETECTOR_FAILURE_LIMIT = 5;

/**
 * A capture session: the pure `sessionReducer` plus the effects it asks for (camera release,
 * detector loading, frame analysis at up to 15 fps, capture, request, countdown). Read it with
 * `subscribe`/`getSnapshot` (e.g. `useSyncExternalStore`).
 *
 * The camera itself is opened by the view (react-webcam in `@liveframe/react`) while
 * `isCameraOn(state)`; it reports back with `handleStream` / `handleCameraError` and gives the
 * video element with `attachVideo`. The session stops every track as soon as the camera is no
 * longer needed (passed, failed, error, reset) and on `unmount`.
 */
export class LivenessSession extends Store<SessionState> {
  #options: LivenessSessionOptions;
  #verdictOptions: VerdictOptions;
  #reader: FrameReader;
  #disposed = false;
  #stream: MediaStream | null = null;
  #video: HTMLVideoElement | null = null;
  readonly #analysis = new FrameAnalysis();
  #loopRun = 0;
  #loopTimer: ReturnType<typeof setTimeout> | undefined;
  #pacer: AnalysisPacer;
  /** The loop waits for the page to be visible again. */
  #paused = false;
  #stopWatchingVisibility: (() => void) | undefined;
  #countdownTimer: ReturnType<typeof setTimeout> | undefined;
  #slowTimer: ReturnType<typeof setTimeout> | undefined;
  #captureRun = 0;
  #request: AbortController | null = null;
  #lastTimestamp = 0;
  #detectionFailures = 0;
  #warned = new Set<string>();
  readonly #stabilizer = createGuidanceStabilizer();

  /** @throws {RangeError} when an option is out of range. */
  constructor(options: LivenessSessionOptions) {
    super(
      createSessionState({
        config: configOf(options),
        detector: initialDetectorStatus(options.detector),
        deviceId: options.deviceId ?? null,
      }),
    );
    this.#options = options;
    this.#verdictOptions = verdictOptionsOf(options);
    this.#reader = options.capturePipeline?.frameReader ?? createFrameReader();
    this.#pacer = new AnalysisPacer({ maxFps: options.maxFps ?? DEFAULT_MAX_FPS });
  }

  /** Replaces the options (latest callbacks, settings, camera). The detector is read at start. */
  setOptions(options: LivenessSessionOptions): void {
    const previous = this.#options;
    this.#verdictOptions = verdictOptionsOf(options);
    this.#options = options;
    if (options.capturePipeline?.frameReader !== previous.capturePipeline?.frameReader) {
      this.#reader = options.capturePipeline?.frameReader ?? createFrameReader();
    }
    if (options.maxFps !== previous.maxFps) {
      this.#pacer = new AnalysisPacer({ maxFps: options.maxFps ?? DEFAULT_MAX_FPS });
    }
    this.#dispatch({ type: 'configure', config: configOf(options) });
    if (options.deviceId !== previous.deviceId) {
      this.#dispatch({ type: 'selectCamera', deviceId: options.deviceId ?? null });
    }
  }

  /** Makes the session live; returns `unmount`, which aborts and releases everything. */
  mount(): () => void {
    this.#disposed = false;
    return () => this.#unmount();
  }

  /** Opens the camera (from `idle`, or again after an `error`). */
  start(): void {
    this.#dispatch({ type: 'start' });
  }

  /** Captures now, if framing is good. A second call while capturing does nothing. */
  capture(): void {
    this.#dispatch({ type: 'capture' });
  }

  /** A new frame after `retry` (once any rate-limit wait is over), or the camera again after `error`. */
  retry(): void {
    this.#dispatch({ type: 'retry', atMs: this.#now() });
  }

  /** Back to `idle`, every attempt available again; aborts a request and releases the camera. */
  reset(): void {
    this.#dispatch({ type: 'reset' });
  }

  /** Switches to another camera (`null`: the default one). */
  selectCamera(deviceId: string | null): void {
    this.#dispatch({ type: 'selectCamera', deviceId });
  }

  /** The video element showing the camera, or `null` when it goes away. */
  attachVideo(video: HTMLVideoElement | null): void {
    this.#video = video;
  }

  /** The camera opened: frames can be analysed. A stream nobody waits for is stopped at once. */
  handleStream(stream: MediaStream): void {
    if (this.#disposed || this.getSnapshot().status !== 'starting') {
      stopTracks(stream);
      return;
    }
    if (this.#stream !== stream) this.#releaseCamera();
    this.#stream = stream;
    for (const track of stream.getVideoTracks()) {
      track.addEventListener('ended', () => {
        if (this.#stream === stream) this.#cameraFailed('CAMERA_NOT_FOUND', undefined);
      });
    }
    this.#dispatch({ type: 'cameraReady' });
    void this.#listCameras();
  }

  /** The camera could not be opened; `error` is what `getUserMedia` rejected with. */
  handleCameraError(error: unknown): void {
    if (this.#disposed) return;
    const { reason, overconstrained } = classifyCameraError(error);
    const state = this.getSnapshot();
    if (overconstrained && state.status === 'starting' && state.constraints === 'ideal') {
      this.#dispatch({ type: 'cameraFailed', reason, overconstrained });
      return;
    }
    this.#cameraFailed(reason, error);
  }

  #cameraFailed(reason: CameraReason, cause: unknown): void {
    if (!isCameraOn(this.getSnapshot())) return;
    this.#options.onError?.(new LivenessCaptureError(reason, { cause }));
    this.#dispatch({ type: 'cameraFailed', reason });
  }

  #dispatch(action: SessionAction): void {
    if (this.#disposed) return;
    const previous = this.getSnapshot();
    const next = sessionReducer(previous, action);
    if (next === previous) return;
    this.setSnapshot(next);
    // The answer first, then the state it led to: a handler of `'passed'`/`'failed'` already has it.
    if (action.type === 'judged') this.#options.onResult?.(action.result);
    if (next.status !== previous.status) this.#options.onStateChange?.(next.status);
    this.#runEffects(previous, next);
  }

  #runEffects(previous: SessionState, next: SessionState): void {
    const entered = (status: SessionState['status']) =>
      next.status === status && previous.status !== status;
    const left = (status: SessionState['status']) =>
      previous.status === status && next.status !== status;

    if (left('framing')) this.#stopLoop();
    if (left('retry')) clearTimeout(this.#countdownTimer);
    if (next.status !== 'capturing' && next.status !== 'submitting') this.#abortCapture();
    if (!isCameraOn(next)) this.#releaseCamera();

    if (next.status === 'starting' && next.cameraRequest !== previous.cameraRequest) {
      this.#releaseCamera();
      this.#loadDetector();
      // The checks, encoder and verdict load while the person grants the camera.
      loadFrameWork().catch(() => undefined);
      const problem = cameraEnvironmentProblem();
      if (problem) this.#cameraFailed(problem, undefined);
    }
    if (entered('framing')) {
      this.#watchSlowDetector();
      this.#startLoop();
    }
    if (entered('capturing')) void this.#captureAndSubmit();
    if (entered('retry')) this.#scheduleCountdown();
  }

  #loadDetector(): void {
    const options = this.#options;
    this.#analysis.load(
      options.detector,
      options.assetsBaseUrl,
      options.analysisWorker !== false && options.capturePipeline?.frameReader === undefined,
      {
        settled: (detector) => {
          clearTimeout(this.#slowTimer);
          if (detector === 'ready') markDetectorReady();
          this.#dispatch({ type: 'detectorSettled', detector });
        },
        progress: throttleProgress(
          (progress) => this.#dispatch({ type: 'detectorProgress', progress }),
          PROGRESS_INTERVAL_MS,
          () => this.#now(),
        ),
      },
    );
  }

  /** Offers capture by button if the detector is still loading a few seconds into framing. */
  #watchSlowDetector(): void {
    if (this.getSnapshot().detector !== 'loading' || this.#slowTimer !== undefined) return;
    this.#slowTimer = setTimeout(
      () => this.#dispatch({ type: 'detectorSlow' }),
      this.#options.manualCaptureAfterMs ?? DEFAULT_MANUAL_CAPTURE_AFTER_MS,
    );
  }

  #startLoop(): void {
    this.#stabilizer.reset();
    const run = ++this.#loopRun;
    this.#watchVisibility(run);
    void this.#analyse(run);
  }

  #stopLoop(): void {
    this.#loopRun++;
    clearTimeout(this.#loopTimer);
    this.#paused = false;
    this.#stopWatchingVisibility?.();
    this.#stopWatchingVisibility = undefined;
  }

  /** Pauses the loop while the page is hidden; the next frame is analysed when it shows again. */
  #watchVisibility(run: number): void {
    const doc = globalThis.document as Document | undefined;
    if (typeof doc?.addEventListener !== 'function') return;
    const onChange = () => {
      if (doc.hidden || !this.#paused || run !== this.#loopRun) return;
      this.#paused = false;
      this.#stabilizer.reset();
      void this.#analyse(run);
    };
    doc.addEventListener('visibilitychange', onChange);
    this.#stopWatchingVisibility = () => doc.removeEventListener('visibilitychange', onChange);
  }

  async #analyse(run: number): Promise<void> {
    if (globalThis.document?.hidden === true) {
      this.#paused = true;
      return;
    }
    const started = this.#now();
    const result = await this.#checkCurrentFrame('analysis');
    if (run !== this.#loopRun || this.#disposed) return;
    if (result) {
      this.#pacer.record(result.durationMs);
      const atMs = this.#now();
      const reason = this.#stabilizer.update(result.reasons[0] ?? null, atMs);
      this.#dispatch({ type: 'frameAnalyzed', reasons: result.reasons, reason, atMs });
    }
    if (run !== this.#loopRun || this.#disposed) return;
    const wait = this.#pacer.delayMs(this.#now() - started);
    this.#loopTimer = setTimeout(() => void this.#analyse(run), wait);
  }

  async #checkCurrentFrame(purpose: 'analysis' | 'capture') {
    const video = this.#video;
    if (!video) return null;
    try {
      const result = await this.#analysis.check(
        video,
        this.#reader,
        this.#options.framing,
        () => (this.#lastTimestamp = Math.max(this.#lastTimestamp + 1, this.#now())),
        () => this.#now(),
      );
      if (result) this.#detectionFailures = 0;
      return result;
    } catch (error) {
      if (error instanceof FrameDetectionError) this.#detectionFailed(error);
      else this.#warnOnce(purpose, 'A frame could not be analysed.', error);
      return null;
    }
  }

  /** Skips a frame the detector failed on; after several in a row, goes on without it. */
  #detectionFailed(error: FrameDetectionError): void {
    this.#detectionFailures += 1;
    if (this.#detectionFailures < DETECTOR_FAILURE_LIMIT) return;
    this.#detectionFailures = 0;
    this.#analysis.release();
    console.warn(
      `[liveframe] The face detector failed on ${DETECTOR_FAILURE_LIMIT} frames in a row: checking light and sharpness only, with manual capture.`,
      error.cause,
    );
    this.#dispatch({ type: 'detectorSettled', detector: 'unavailable' });
  }

  async #captureAndSubmit(): Promise<void> {
    const run = ++this.#captureRun;
    const stale = () => this.#disposed || run !== this.#captureRun;
    const video = this.#video;
    const reasons = (await this.#checkCurrentFrame('capture'))?.reasons ?? null;
    if (stale()) return;
    if (!video || !reasons || reasons.length > 0) {
      this.#dispatch({ type: 'captureFailed', reasons: reasons ?? [] });
      return;
    }
    let work;
    let encoded;
    try {
      work = await loadFrameWork();
      const encode = this.#options.capturePipeline?.encodeFrame ?? work.encodeFrame;
      encoded = await encode(video, this.#options.encode ?? {});
    } catch (error) {
      if (stale()) return;
      this.#warnOnce('encode', 'The frame could not be encoded.', error);
      this.#dispatch({ type: 'captureFailed', reasons: [] });
      return;
    }
    if (stale()) return;
    const controller = new AbortController();
    this.#request = controller;
    this.#dispatch({ type: 'submitted', bytes: encoded.bytes });
    try {
      const response = await this.#options.submit(encoded.base64, controller.signal);
      if (stale() || controller.signal.aborted) return;
      const verdict = work.assessLiveness(response, this.#verdictOptions);
      this.#dispatch({
        type: 'judged',
        result: { response, verdict, bytesSent: encoded.bytes, image: encoded.base64 },
      });
    } catch (error) {
      if (stale() || controller.signal.aborted) return;
      const failure = work.transportFailure(error, this.#now());
      work.reportIntegrationError(error);
      this.#options.onError?.(new LivenessCaptureError(failure.reason, { cause: error }));
      this.#dispatch(failure);
    }
  }

  #abortCapture(): void {
    this.#captureRun++;
    this.#request?.abort();
    this.#request = null;
  }

  #scheduleCountdown(): void {
    clearTimeout(this.#countdownTimer);
    const state = this.getSnapshot();
    if (state.status !== 'retry' || state.retryAtMs === null) return;
    const remaining = state.retryAtMs - this.#now();
    const untilNextSecond = remaining - (Math.ceil(remaining / 1000) - 1) * 1000;
    this.#countdownTimer = setTimeout(
      () => {
        this.#dispatch({ type: 'tick', atMs: this.#now() });
        this.#scheduleCountdown();
      },
      Math.max(1, untilNextSecond),
    );
  }

  async #listCameras(): Promise<void> {
    const mediaDevices = (globalThis.navigator as Partial<Navigator> | undefined)?.mediaDevices;
    if (typeof mediaDevices?.enumerateDevices !== 'function') return;
    try {
      const devices = await mediaDevices.enumerateDevices();
      const cameras = devices
        .filter((device) => device.kind === 'videoinput' && device.deviceId !== '')
        .map(({ deviceId, label }) => ({ deviceId, label }));
      this.#dispatch({ type: 'camerasListed', cameras });
    } catch {
      // Without a list there is simply no picker.
    }
  }

  #releaseCamera(): void {
    if (this.#stream) stopTracks(this.#stream);
    this.#stream = null;
  }

  #unmount(): void {
    this.#abortCapture();
    this.#stopLoop();
    clearTimeout(this.#countdownTimer);
    clearTimeout(this.#slowTimer);
    this.#slowTimer = undefined;
    this.#releaseCamera();
    this.#analysis.release();
    const state = this.getSnapshot();
    this.setSnapshot(
      sessionReducer(
        {
          ...state,
          detector: initialDetectorStatus(this.#options.detector),
          detectorProgress: null,
        },
        { type: 'reset' },
      ),
      { notify: false },
    );
    this.#disposed = true;
  }

  #now(): number {
    return this.#options.capturePipeline?.now?.() ?? globalThis.performance.now();
  }

  #warnOnce(key: string, message: string, error: unknown): void {
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(`[liveframe] ${message}`, error);
  }
}

/** Sets the `liveframe:detector-ready` User Timing mark (best effort). */
function markDetectorReady(): void {
  const performance = globalThis.performance as Performance | undefined;
  if (typeof performance?.mark !== 'function') return;
  try {
    performance.mark(DETECTOR_READY_MARK);
  } catch {
    // User Timing is best effort.
  }
}
