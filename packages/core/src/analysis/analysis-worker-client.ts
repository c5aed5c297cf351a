import type { FrameSource } from '../capture/source-size.js';
import { DetectorLoadError } from '../detector/detector-load-error.js';
import type { DetectorProgressListener } from '../detector/load-progress.js';
import type { FaceBox } from '../detector/types.js';
import type { FramingOptions } from '../framing/framing-options.js';
import type { FramingReason } from '../reasons.js';
import type { FromAnalysisWorker, ToAnalysisWorker } from './analysis-protocol.js';

/** What the worker found in one frame. */
export interface WorkerAnalysis {
  /** `null` while the detector is not ready: only light and sharpness were judged. */
  readonly faces: readonly FaceBox[] | null;
  readonly reasons: readonly FramingReason[];
  /** Time the worker spent on the frame, in ms. */
  readonly workMs: number;
}

/** Width frames are shrunk to before they go to the worker (as `createFrameReader`'s default). */
const ANALYSIS_WIDTH = 320;

type Pending = { resolve: (value: WorkerAnalysis) => void; reject: (error: Error) => void };

/**
 * Runs the frame analysis and BlazeFace in a module worker: the page only shrinks each frame
 * into an `ImageBitmap` (`createImageBitmap`, mostly off the main thread) and transfers it.
 */
export class AnalysisWorkerClient {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  #started = false;
  #closed = false;
  #load: { resolve: () => void; reject: (error: Error) => void } | undefined;
  #onProgress: DetectorProgressListener | undefined;
  #onFailure: ((error: Error) => void) | undefined;

  /**
   * Starts the worker. `onFailure` is told when the worker itself fails (its script did not
   * load, or it crashed); every pending call is rejected then.
   */
  constructor(onFailure?: (error: Error) => void) {
    this.#onFailure = onFailure;
    this.#worker = new Worker(new URL('./analysis-worker.js', import.meta.url), {
      type: 'module',
      name: 'liveframe-analysis',
    });
    this.#worker.addEventListener('message', (event: MessageEvent<FromAnalysisWorker>) =>
      this.#receive(event.data),
    );
    this.#worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.#fail(new Error(`The analysis worker failed: ${event.message || 'not loaded'}`));
    });
  }

  /** True once the worker's script runs: until then frames are better analysed on the page. */
  get started(): boolean {
    return this.#started;
  }

  /** Loads the face detector in the worker; rejects with a `DetectorLoadError`. */
  loadDetector(assetsBaseUrl: string | undefined, onProgress?: DetectorProgressListener) {
    this.#onProgress = onProgress;
    const base =
      assetsBaseUrl === undefined
        ? undefined
        : new URL(
            assetsBaseUrl.endsWith('/') ? assetsBaseUrl : `${assetsBaseUrl}/`,
            globalThis.location?.href,
          ).href;
    return new Promise<void>((resolve, reject) => {
      this.#load = { resolve, reject };
      this.#post({ type: 'load', ...(base === undefined ? {} : { assetsBaseUrl: base }) });
    });
  }

  /** Analyses the current frame of `source`; `null` when it has no frame yet. */
  async analyze(
    source: FrameSource,
    framing: Partial<FramingOptions> | undefined,
  ): Promise<WorkerAnalysis | null> {
    if (this.#closed) throw new Error('The analysis worker has been closed.');
    if ('readyState' in source && source.readyState < 2) return null;
    // The source's size, inlined: this module loads lazily and shares no code with the page's.
    const size =
      'videoWidth' in source
        ? { width: source.videoWidth, height: source.videoHeight }
        : 'naturalWidth' in source
          ? { width: source.naturalWidth, height: source.naturalHeight }
          : source;
    if (size.width === 0 || size.height === 0) return null;
    const width = ANALYSIS_WIDTH;
    const height = Math.max(1, Math.round((width * size.height) / size.width));
    const image = await grabFrame(source, width, height);
    if (this.#closed) {
      image.close();
      throw new Error('The analysis worker has been closed.');
    }
    const id = this.#nextId++;
    return new Promise<WorkerAnalysis>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      const message = { type: 'frame', id, image, width, height } as const;
      this.#post(framing === undefined ? message : { ...message, framing }, [image]);
    });
  }

  /** Stops the worker; pending calls are rejected. Safe to call twice. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#worker.terminate();
    this.#rejectAll(new Error('The analysis worker has been closed.'));
  }

  #post(message: ToAnalysisWorker, transfer: Transferable[] = []): void {
    this.#worker.postMessage(message, transfer);
  }

  #receive(message: FromAnalysisWorker): void {
    switch (message.type) {
      case 'started':
        this.#started = true;
        return;
      case 'progress':
        this.#onProgress?.({ loaded: message.loaded, total: message.total });
        return;
      case 'ready':
        this.#load?.resolve();
        this.#load = undefined;
        return;
      case 'loadFailed':
        this.#load?.reject(new DetectorLoadError(message.stage ?? 'runtime', message.message));
        this.#load = undefined;
        return;
      case 'analysed':
      case 'frameFailed': {
        const pending = this.#pending.get(message.id);
        this.#pending.delete(message.id);
        if (message.type === 'analysed') {
          pending?.resolve({
            faces: message.faces,
            reasons: message.reasons,
            workMs: message.workMs,
          });
        } else {
          pending?.reject(new Error(message.message));
        }
      }
    }
  }

  #fail(error: Error): void {
    if (this.#closed) return;
    this.close();
    this.#load?.reject(new DetectorLoadError('runtime', error.message, { cause: error }));
    this.#load = undefined;
    this.#onFailure?.(error);
  }

  #rejectAll(error: Error): void {
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
  }
}

/**
 * The current frame, cheaply: a `VideoFrame` of a video wraps the camera's frame without
 * converting it (the worker scales it); elsewhere `createImageBitmap`, shrunk, whose copy runs
 * on the main thread (tens of ms a frame with software rendering, hence `VideoFrame` first).
 */
async function grabFrame(
  source: FrameSource,
  width: number,
  height: number,
): Promise<ImageBitmap | VideoFrame> {
  if (typeof VideoFrame === 'function' && 'videoWidth' in source) {
    try {
      return new VideoFrame(source);
    } catch {
      // No frame to wrap (e.g. a video not playing yet): the bitmap path reports it better.
    }
  }
  return createImageBitmap(source, {
    resizeWidth: width,
    resizeHeight: height,
    resizeQuality: 'low',
  });
}
