import type { AnalysisWorkerClient } from '../analysis/analysis-worker-client.js';
import { supportsAnalysisWorker } from '../analysis/supports-analysis-worker.js';
import type { FrameReader } from '../capture/frame-reader.js';
import type { FrameSource } from '../capture/source-size.js';
import type { DetectorProgressListener } from '../detector/load-progress.js';
import type { FramingOptions } from '../framing/framing-options.js';
import type { FramingReason } from '../reasons.js';
import { DetectorSlot } from './detector-slot.js';
import { checkFrame, FACE_REASONS, FrameDetectionError, measureAnalysis } from './frame-check.js';
import type { DetectorOption } from './load-detector.js';
import type { DetectorStatus } from './session-state.js';

/** One analysed frame: its problems, and how long the analysis took (ms). */
export interface FrameAnalysisResult {
  readonly reasons: readonly FramingReason[];
  readonly durationMs: number;
}

/** What {@link FrameAnalysis.load} reports. */
export interface FrameAnalysisEvents {
  settled: (status: Exclude<DetectorStatus, 'loading' | 'slow'>) => void;
  progress?: DetectorProgressListener;
}

/**
 * Where frames are judged. The default detector (BlazeFace) runs with the whole analysis in a
 * module worker where the browser has Worker, OffscreenCanvas and createImageBitmap; otherwise,
 * and for other detectors or a custom frame reader, on the main thread. Until the worker's
 * script runs, and while the detector loads, light and sharpness are judged on the page.
 */
export class FrameAnalysis {
  readonly #slot = new DetectorSlot();
  #worker: AnalysisWorkerClient | null = null;
  #generation = 0;
  #workerFailed = false;
  #workerPending = false;

  /** Loads the detector of `option` once (see `DetectorSlot.load`). */
  load(
    option: DetectorOption | undefined,
    assetsBaseUrl: string | undefined,
    useWorker: boolean,
    events: FrameAnalysisEvents,
  ): void {
    if (this.#worker || this.#workerPending) return;
    const builtIn = option === undefined || option === 'blazeface';
    const onMainThread = () =>
      this.#slot.load(option, assetsBaseUrl, events.settled, events.progress);
    if (!(builtIn && useWorker && !this.#workerFailed && supportsAnalysisWorker())) {
      onMainThread();
      return;
    }
    const generation = ++this.#generation;
    this.#workerPending = true;
    const fallBack = () => {
      if (generation !== this.#generation) return;
      this.#workerPending = false;
      this.#worker = null;
      this.#workerFailed = true;
      onMainThread();
    };
    // The worker's client loads when the camera starts, like the detector, not with the page.
    import('../analysis/analysis-worker-client.js').then(({ AnalysisWorkerClient }) => {
      if (generation !== this.#generation) return;
      this.#workerPending = false;
      let worker: AnalysisWorkerClient;
      try {
        // If the worker cannot run (blocked script, crash), carry on on the main thread.
        worker = new AnalysisWorkerClient(fallBack);
      } catch {
        fallBack();
        return;
      }
      this.#worker = worker;
      worker.loadDetector(assetsBaseUrl, events.progress).then(
        () => {
          if (generation === this.#generation && this.#worker === worker) events.settled('ready');
        },
        (error: unknown) => {
          if (generation !== this.#generation || this.#worker !== worker) return;
          console.warn(
            '[liveframe] The face detector could not be loaded: checking light and sharpness only, with manual capture.',
            error,
          );
          events.settled('unavailable');
        },
      );
    }, fallBack);
  }

  /**
   * Judges the current frame of `source`; `null` when it has no frame yet. `now` is the
   * session's clock, for the duration (the worker reports its own).
   */
  async check(
    source: FrameSource,
    reader: FrameReader,
    framing: Partial<FramingOptions> | undefined,
    timestamp: () => number,
    now: () => number,
  ): Promise<FrameAnalysisResult | null> {
    const start = globalThis.performance?.now() ?? 0;
    const clockStart = now();
    const worker = this.#worker;
    if (worker?.started) {
      const analysis = await worker.analyze(source, framing).catch((error: unknown) => {
        throw new FrameDetectionError(error);
      });
      if (!analysis) return null;
      measureAnalysis(start, analysis.faces !== null);
      const reasons = analysis.faces
        ? analysis.reasons
        : analysis.reasons.filter((reason) => !FACE_REASONS.has(reason));
      return { reasons, durationMs: analysis.workMs };
    }
    const reasons = await checkFrame({
      source,
      reader,
      detector: this.#slot.current,
      framing,
      timestamp,
    });
    if (!reasons) return null;
    return { reasons, durationMs: now() - clockStart };
  }

  /** Stops the worker, closes a detector loaded here, and ignores pending loads. */
  release(): void {
    this.#generation++;
    this.#workerPending = false;
    this.#worker?.close();
    this.#worker = null;
    this.#slot.release();
  }
}
