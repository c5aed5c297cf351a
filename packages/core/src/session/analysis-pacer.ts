/** Options of {@link AnalysisPacer}. */
export interface AnalysisPacerOptions {
  /** Most frames analysed a second. */
  readonly maxFps: number;
  /**
   * Largest share of one core the analysis may take (0..1): the pause between frames is at
   * least `(1 / maxBusyShare - 1)` times the analysis itself. Default `0.5`.
   */
  readonly maxBusyShare?: number;
}

/** Weight of the newest duration in the running average. */
const SMOOTHING = 0.3;

/**
 * Sets the pace of frame analysis from how long it takes: at most `maxFps`, and slow enough
 * that analysing never takes more than about half a core (a slow phone gets fewer frames, not a
 * frozen page).
 */
export class AnalysisPacer {
  readonly #minIntervalMs: number;
  readonly #maxBusyShare: number;
  #averageMs: number | null = null;

  /** @throws {RangeError} when `maxFps` is not positive or `maxBusyShare` not within (0, 1]. */
  constructor({ maxFps, maxBusyShare = 0.5 }: AnalysisPacerOptions) {
    if (!(maxFps > 0)) throw new RangeError(`maxFps must be above 0, got ${maxFps}`);
    if (!(maxBusyShare > 0 && maxBusyShare <= 1)) {
      throw new RangeError(`maxBusyShare must be within (0, 1], got ${maxBusyShare}`);
    }
    this.#minIntervalMs = 1000 / maxFps;
    this.#maxBusyShare = maxBusyShare;
  }

  /** The running average of the analysis durations recorded, in ms; `null` before any. */
  get averageMs(): number | null {
    return this.#averageMs;
  }

  /** Records how long one frame's analysis took, in ms. */
  record(durationMs: number): void {
    if (!(durationMs >= 0 && Number.isFinite(durationMs))) return;
    this.#averageMs =
      this.#averageMs === null
        ? durationMs
        : this.#averageMs + SMOOTHING * (durationMs - this.#averageMs);
  }

  /** Time between the starts of two analyses, in ms. */
  intervalMs(): number {
    return Math.max(this.#minIntervalMs, (this.#averageMs ?? 0) / this.#maxBusyShare);
  }

  /** How long to wait before the next analysis, `elapsedMs` after the previous one started. */
  delayMs(elapsedMs: number): number {
    return Math.max(0, this.intervalMs() - elapsedMs);
  }

  /** Forgets the durations recorded (e.g. after another detector took over). */
  reset(): void {
    this.#averageMs = null;
  }
}
