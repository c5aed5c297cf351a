import { describe, expect, it } from 'vitest';
import {
  analysisRunMetrics,
  ANALYZE_MEASURE,
  cpuPerFrame,
  WARM_UP_MS,
} from './analysis-metrics.js';
import type { PageProbe, TimedEntry } from './page/probe-types.js';
import type { ResourceRecord } from './run-page.js';

const analyze = (start: number, duration: number): TimedEntry => ({
  name: ANALYZE_MEASURE,
  start,
  duration,
});

const resource = (url: string, responseEnd: number, transferSize: number): ResourceRecord => ({
  url,
  initiatorType: 'script',
  transferSize,
  encodedBodySize: transferSize - 300,
  decodedBodySize: transferSize * 3,
  startTime: responseEnd - 10,
  responseEnd,
});

// Camera starts at 100 ms; first analysis at 1000 ms; frames every 100 ms up to 3000 ms.
const probe: PageProbe = {
  cameraStart: 100,
  cameraReady: 400,
  timings: [
    { name: 'liveframe:other', start: 900, duration: 1 },
    analyze(1000, 80),
    ...Array.from({ length: 20 }, (_, index) => analyze(1100 + index * 100, index % 2 ? 6 : 4)),
  ],
  longTasks: [
    { name: 'self', start: 500, duration: 300 },
    { name: 'self', start: 1000, duration: 90 },
    { name: 'self', start: WARM_UP_MS + 1500, duration: 60 },
  ],
  states: [],
};

const resources = [
  resource('http://x/', 50, 1000),
  resource('http://x/app.js', 300, 20_000),
  resource('http://x/vision.wasm', 990, 3_000_000),
  resource('http://x/api/liveness', 5000, 500),
];

describe('analysisRunMetrics', () => {
  const metrics = analysisRunMetrics(probe, resources, 3000);

  it('times camera start to the end of the first analysis', () => {
    expect(metrics.cameraToFirstAnalysisMs).toBe(980);
    expect(metrics.cameraToStreamMs).toBe(300);
    expect(metrics.firstAnalysisMs).toBe(80);
  });

  it('splits analyses into warm-up and steady frames inside the window', () => {
    expect(metrics.warmUpAnalyzeMs).toEqual([80, 4, 6, 4, 6, 4, 6, 4, 6, 4]);
    expect(metrics.steadyAnalyzeMs).toHaveLength(10);
    expect(metrics.analysedFps).toBe(10);
  });

  it('counts long tasks from the first analysis on, warm-up apart', () => {
    expect(metrics.longTasksDuringWarmUp.map((task) => task.duration)).toEqual([90]);
    expect(metrics.longTasksAfterWarmUp.map((task) => task.duration)).toEqual([60]);
    // The 60 ms task (2500..2560) overlaps the frame analysed at 2500.
    expect(metrics.longTasksDuringAnalysis).toBe(1);
  });

  it('adds up what finished downloading before the first analysis', () => {
    expect(metrics.bytesBeforeFirstAnalysis).toBe(3_021_000);
    expect(metrics.decodedBytesBeforeFirstAnalysis).toBe(9_063_000);
    expect(metrics.resourcesBeforeFirstAnalysis).toHaveLength(3);
  });

  it('fails clearly without a camera start or an analysed frame', () => {
    const { cameraStart: _cameraStart, ...withoutCamera } = probe;
    expect(() => analysisRunMetrics(withoutCamera, [], 0)).toThrow(/getUserMedia/);
    expect(() => analysisRunMetrics({ ...probe, timings: [] }, [], 0)).toThrow(ANALYZE_MEASURE);
  });
});

describe('cpuPerFrame', () => {
  const at = (analyses: number): PageProbe => ({
    ...probe,
    timings: Array.from({ length: analyses }, (_, index) => analyze(index * 100, 5)),
  });

  it('divides the CPU time between two samples by the frames analysed in between', () => {
    expect(
      cpuPerFrame(
        { mainThreadMs: 1000, processMs: 3000, probe: at(10) },
        { mainThreadMs: 1400, processMs: 4000, probe: at(50) },
      ),
    ).toEqual({ frames: 40, mainThreadMsPerFrame: 10, processMsPerFrame: 25 });
  });

  it('gives nothing when no frame was analysed in between', () => {
    expect(
      cpuPerFrame(
        { mainThreadMs: 1, processMs: 1, probe: at(3) },
        { mainThreadMs: 2, processMs: 2, probe: at(3) },
      ),
    ).toBeUndefined();
  });
});
