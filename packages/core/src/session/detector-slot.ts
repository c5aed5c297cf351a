import type { DetectorProgressListener } from '../detector/load-progress.js';
import type { FaceDetector } from '../detector/types.js';
import type { DetectorOption } from './load-detector.js';
import { DEFAULT_DETECTOR, isFaceDetector, loadBuiltInDetector } from './load-detector.js';
import type { DetectorStatus } from './session-state.js';

/**
 * Holds the session's face detector: loads it once (lazily, when the camera starts), closes it
 * on release if it loaded it (an instance the integrator gave stays theirs), and ignores a load
 * that finishes after a release, closing what it produced.
 */
export class DetectorSlot {
  #detector: FaceDetector | null = null;
  #owned = false;
  #loading: 'none' | 'pending' | 'settled' = 'none';
  #generation = 0;

  /** The detector, once ready; `null` before, without one, or after a failed load. */
  get current(): FaceDetector | null {
    return this.#detector;
  }

  /**
   * Makes the detector of `option` available, once. `settled` is told the outcome (now for an
   * instance or `false`, later for a load); a load failure is reported to the developer with
   * `console.warn`.
   */
  load(
    option: DetectorOption | undefined,
    assetsBaseUrl: string | undefined,
    settled: (status: Exclude<DetectorStatus, 'loading' | 'slow'>) => void,
    onProgress?: DetectorProgressListener,
  ): void {
    if (this.#detector || this.#loading !== 'none') return;
    if (option === false) {
      settled('off');
      return;
    }
    if (isFaceDetector(option)) {
      this.#detector = option;
      settled('ready');
      return;
    }
    this.#loading = 'pending';
    const generation = this.#generation;
    const load =
      typeof option === 'function'
        ? option
        : () => loadBuiltInDetector(option ?? DEFAULT_DETECTOR, assetsBaseUrl, onProgress);
    load().then(
      (detector) => {
        if (generation !== this.#generation) {
          detector.close();
          return;
        }
        this.#loading = 'settled';
        this.#detector = detector;
        this.#owned = true;
        settled('ready');
      },
      (error: unknown) => {
        if (generation !== this.#generation) return;
        this.#loading = 'settled';
        console.warn(
          '[liveframe] The face detector could not be loaded: checking light and sharpness only, with manual capture.',
          error,
        );
        settled('unavailable');
      },
    );
  }

  /** Closes a detector this slot loaded, forgets any detector, and ignores pending loads. */
  release(): void {
    this.#generation++;
    this.#loading = 'none';
    if (this.#owned) this.#detector?.close();
    this.#detector = null;
    this.#owned = false;
  }
}

/** The detector status a session starts with for `option`. */
export function initialDetectorStatus(option: DetectorOption | undefined): DetectorStatus {
  if (option === false) return 'off';
  return isFaceDetector(option) ? 'ready' : 'loading';
}
