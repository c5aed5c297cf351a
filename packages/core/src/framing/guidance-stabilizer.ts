import type { FramingReason } from '../reasons.js';

/** Timing of {@link createGuidanceStabilizer}. */
export interface GuidanceStabilizerOptions {
  /**
   * A shown guidance (a reason, or `null` for good framing) stays at least this long, so a
   * person can read it before it changes. Default `1200` ms.
   */
  minDisplayMs?: number;
  /**
   * A different reason (or `null`) must be reported continuously for this long before it
   * replaces the shown one, so a single odd frame never flashes a message. Default `300` ms.
   */
  settleMs?: number;
}

/** Turns the per-frame reason into the reason to display. */
export interface GuidanceStabilizer {
  /**
   * Feeds the latest frame's reason (`null` when framing is good) at `nowMs` (any monotonic
   * clock, e.g. `performance.now()`) and returns the reason to display. The first call shows
   * its reason at once. For display only: decide whether a frame may be sent from the frame's
   * own analysis, not from this.
   * @throws {RangeError} when `nowMs` is not a finite number.
   */
  update(reason: FramingReason | null, nowMs: number): FramingReason | null;
  /** Forgets everything shown, e.g. when a new attempt starts. */
  reset(): void;
}

/** Default of {@link GuidanceStabilizerOptions.minDisplayMs}. */
export const DEFAULT_MIN_DISPLAY_MS = 1200;
/** Default of {@link GuidanceStabilizerOptions.settleMs}. */
export const DEFAULT_SETTLE_MS = 300;

interface Shown {
  reason: FramingReason | null;
  since: number;
}

/**
 * Keeps framing guidance readable: the message changes no more often than a person can read
 * it. Pure: time comes in through `update`, no timers.
 * @throws {RangeError} when a duration is negative or not finite.
 */
export function createGuidanceStabilizer({
  minDisplayMs = DEFAULT_MIN_DISPLAY_MS,
  settleMs = DEFAULT_SETTLE_MS,
}: GuidanceStabilizerOptions = {}): GuidanceStabilizer {
  assertDuration('minDisplayMs', minDisplayMs);
  assertDuration('settleMs', settleMs);
  let shown: Shown | undefined;
  let candidate: Shown | undefined;
  let lastNow = -Infinity;

  return {
    update(reason, nowMs) {
      if (!Number.isFinite(nowMs)) {
        throw new RangeError(`Guidance time must be a finite number of ms, got ${nowMs}.`);
      }
      // A clock that steps back is treated as standing still.
      const now = Math.max(nowMs, lastNow);
      lastNow = now;
      if (shown === undefined) {
        shown = { reason, since: now };
        return reason;
      }
      if (reason === shown.reason) {
        candidate = undefined;
        return shown.reason;
      }
      if (candidate === undefined || candidate.reason !== reason) {
        candidate = { reason, since: now };
      }
      if (now - candidate.since >= settleMs && now - shown.since >= minDisplayMs) {
        shown = { reason, since: now };
        candidate = undefined;
      }
      return shown.reason;
    },
    reset() {
      shown = undefined;
      candidate = undefined;
      lastNow = -Infinity;
    },
  };
}

function assertDuration(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number of ms, at least 0, got ${value}.`);
  }
}
