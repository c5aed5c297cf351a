/** One response the server sent (to the page or its worker). */
export interface FinishedRequest {
  readonly url: string;
  /** Body bytes as sent (gzipped when compressed). */
  readonly bytes: number;
  /** When the server received the request, ms since the epoch. */
  readonly requestedAt: number;
}

/** A User Timing entry or a long task, on the page's clock (ms). */
export interface PageEntry {
  readonly name: string;
  readonly start: number;
  readonly duration: number;
}

/** What the page recorded during one phone run. */
export interface PhoneProbe {
  /** `performance.timeOrigin` of the page, ms since the epoch. */
  readonly timeOrigin: number;
  /** First `getUserMedia` call, page clock. */
  readonly cameraStart?: number;
  readonly timings: readonly PageEntry[];
  readonly longTasks: readonly PageEntry[];
  /** First time the root showed `passed`, `retry` or `failed`, page clock. */
  readonly verdictAt?: number;
}

export interface PhoneRunMetrics {
  /**
   * Body bytes of every response requested before the first face-analysed frame ended: an
   * upper bound of what was downloaded before it.
   */
  readonly bytesBeforeFirstFaceFrame: number | null;
  readonly cameraToFirstFaceFrameMs: number | null;
  readonly cameraToVerdictMs: number | null;
  /** `liveframe:analyze` measures whose end falls inside the observed window. */
  readonly faceFramesInWindow: number;
  /** Long tasks starting inside the window (from the first face-analysed frame, `windowMs`). */
  readonly longTasksInWindow: readonly PageEntry[];
}

const ANALYZE = 'liveframe:analyze';

/**
 * Figures of one run. The window starts at the end of the first face-analysed frame (the first
 * `liveframe:analyze` measure) and lasts `windowMs`.
 */
export function phoneRunMetrics(
  probe: PhoneProbe,
  requests: readonly FinishedRequest[],
  windowMs: number,
): PhoneRunMetrics {
  const analyses = probe.timings.filter((entry) => entry.name === ANALYZE);
  const first = analyses[0];
  const firstEnd = first === undefined ? undefined : first.start + first.duration;
  const windowEnd = firstEnd === undefined ? undefined : firstEnd + windowMs;
  const cutoff = firstEnd === undefined ? undefined : probe.timeOrigin + firstEnd;
  return {
    bytesBeforeFirstFaceFrame:
      cutoff === undefined
        ? null
        : requests.filter((r) => r.requestedAt <= cutoff).reduce((sum, r) => sum + r.bytes, 0),
    cameraToFirstFaceFrameMs:
      firstEnd === undefined || probe.cameraStart === undefined
        ? null
        : firstEnd - probe.cameraStart,
    cameraToVerdictMs:
      probe.verdictAt === undefined || probe.cameraStart === undefined
        ? null
        : probe.verdictAt - probe.cameraStart,
    faceFramesInWindow:
      firstEnd === undefined || windowEnd === undefined
        ? 0
        : analyses.filter(
            (e) => e.start + e.duration > firstEnd && e.start + e.duration <= windowEnd,
          ).length,
    longTasksInWindow:
      firstEnd === undefined || windowEnd === undefined
        ? []
        : probe.longTasks.filter((task) => task.start >= firstEnd && task.start < windowEnd),
  };
}
