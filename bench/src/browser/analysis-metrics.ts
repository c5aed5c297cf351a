import type { PageProbe, TimedEntry } from './page/probe-types.js';
import type { ResourceRecord } from './run-page.js';

/** Framing frames analysed in the first second are warm-up (detector graph set-up, JIT). */
export const WARM_UP_MS = 1000;

export const ANALYZE_MEASURE = 'liveframe:analyze';

/** What one analysis run measured, derived from the page's probe and Resource Timing. */
export interface AnalysisRunMetrics {
  /** Camera start (first `getUserMedia` call) to the end of the first `liveframe:analyze`. */
  readonly cameraToFirstAnalysisMs: number;
  /** Camera start to the stream being ready. */
  readonly cameraToStreamMs: number | undefined;
  readonly firstAnalysisMs: number;
  /** `liveframe:analyze` durations after warm-up. */
  readonly steadyAnalyzeMs: readonly number[];
  readonly warmUpAnalyzeMs: readonly number[];
  /** Analysed frames per second after warm-up. */
  readonly analysedFps: number;
  readonly longTasksDuringWarmUp: readonly TimedEntry[];
  readonly longTasksAfterWarmUp: readonly TimedEntry[];
  /** How many of the long tasks after warm-up overlap a `liveframe:analyze` measure. */
  readonly longTasksDuringAnalysis: number;
  /** Bytes on the wire (headers included) of everything that finished before the first analysis. */
  readonly bytesBeforeFirstAnalysis: number;
  /** The same resources' bodies after decompression. */
  readonly decodedBytesBeforeFirstAnalysis: number;
  readonly resourcesBeforeFirstAnalysis: readonly ResourceRecord[];
}

/**
 * Derives a run's figures. Framing starts at the first `liveframe:analyze` (long tasks before it
 * belong to page load and detector loading); warm-up is the {@link WARM_UP_MS} after it.
 * @throws {Error} when the page recorded no camera start or no analysed frame.
 */
export function analysisRunMetrics(
  probe: PageProbe,
  resources: readonly ResourceRecord[],
  windowEnd: number,
): AnalysisRunMetrics {
  const analyses = probe.timings.filter((entry) => entry.name === ANALYZE_MEASURE);
  const first = analyses[0];
  if (probe.cameraStart === undefined) throw new Error('the page never called getUserMedia');
  if (first === undefined) throw new Error(`no ${ANALYZE_MEASURE} measure was recorded`);
  const warmUpEnd = first.start + WARM_UP_MS;
  const steady = analyses.filter((entry) => entry.start >= warmUpEnd && entry.start < windowEnd);
  const before = resources.filter((resource) => resource.responseEnd <= first.start);
  const longAfter = probe.longTasks.filter(
    (task) => task.start >= warmUpEnd && task.start < windowEnd,
  );
  const overlaps = (a: TimedEntry, b: TimedEntry): boolean =>
    a.start < b.start + b.duration && b.start < a.start + a.duration;
  return {
    cameraToFirstAnalysisMs: first.start + first.duration - probe.cameraStart,
    cameraToStreamMs:
      probe.cameraReady === undefined ? undefined : probe.cameraReady - probe.cameraStart,
    firstAnalysisMs: first.duration,
    steadyAnalyzeMs: steady.map((entry) => entry.duration),
    warmUpAnalyzeMs: analyses
      .filter((entry) => entry.start < warmUpEnd)
      .map((entry) => entry.duration),
    analysedFps: (steady.length * 1000) / Math.max(1, windowEnd - warmUpEnd),
    longTasksDuringWarmUp: probe.longTasks.filter(
      (task) => task.start >= first.start && task.start < warmUpEnd,
    ),
    longTasksAfterWarmUp: longAfter,
    longTasksDuringAnalysis: longAfter.filter((task) =>
      analyses.some((analysis) => overlaps(task, analysis)),
    ).length,
    bytesBeforeFirstAnalysis: sum(before.map((resource) => resource.transferSize)),
    decodedBytesBeforeFirstAnalysis: sum(before.map((resource) => resource.decodedBodySize)),
    resourcesBeforeFirstAnalysis: before,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** CPU time (not wall time) per analysed frame over a sampled stretch of framing. */
export interface CpuPerFrame {
  readonly frames: number;
  /** Main-thread CPU time per analysed frame: analysis plus everything else the page did. */
  readonly mainThreadMsPerFrame: number;
  /** Renderer-process CPU time (all threads: video decode, compositing...) per analysed frame. */
  readonly processMsPerFrame: number;
}

/**
 * Chromium's CPU clocks between two samples, divided by the `liveframe:analyze` measures recorded
 * in between. CPU time grows much less than wall-clock durations when other processes compete for
 * the cores (it excludes time spent waiting for a core), so it is the steadier figure on a busy
 * machine; it is an upper bound of the analysis cost, as it includes all the page's other
 * main-thread work.
 */
export function cpuPerFrame(
  from: { mainThreadMs: number; processMs: number; probe: PageProbe },
  to: { mainThreadMs: number; processMs: number; probe: PageProbe },
): CpuPerFrame | undefined {
  const count = (probe: PageProbe): number =>
    probe.timings.filter((entry) => entry.name === ANALYZE_MEASURE).length;
  const frames = count(to.probe) - count(from.probe);
  if (frames <= 0) return undefined;
  return {
    frames,
    mainThreadMsPerFrame: (to.mainThreadMs - from.mainThreadMs) / frames,
    processMsPerFrame: (to.processMs - from.processMs) / frames,
  };
}
