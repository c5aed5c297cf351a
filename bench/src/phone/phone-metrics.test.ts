import { describe, expect, it } from 'vitest';
import { phoneRunMetrics } from './phone-metrics.js';

const probe = {
  timeOrigin: 1_000_000,
  cameraStart: 100,
  timings: [
    { name: 'liveframe:analyze-light', start: 500, duration: 5 },
    { name: 'liveframe:detector-ready', start: 1900, duration: 0 },
    { name: 'liveframe:analyze', start: 2000, duration: 50 },
    { name: 'liveframe:analyze', start: 2200, duration: 50 },
    { name: 'liveframe:analyze', start: 8000, duration: 50 },
  ],
  longTasks: [
    { name: 'self', start: 1000, duration: 80 },
    { name: 'self', start: 3000, duration: 60 },
  ],
  verdictAt: 4100,
};

describe('phoneRunMetrics', () => {
  it('counts bytes requested before the first face-analysed frame ended', () => {
    const metrics = phoneRunMetrics(
      probe,
      [
        { url: '/', bytes: 1000, requestedAt: 1_000_200 },
        { url: '/model', bytes: 300_000, requestedAt: 1_001_900 },
        { url: '/late', bytes: 5, requestedAt: 1_002_100 },
      ],
      5000,
    );
    expect(metrics).toEqual({
      bytesBeforeFirstFaceFrame: 301_000,
      cameraToFirstFaceFrameMs: 1950,
      cameraToVerdictMs: 4000,
      faceFramesInWindow: 1,
      longTasksInWindow: [{ name: 'self', start: 3000, duration: 60 }],
    });
  });

  it('reports nothing measured when no frame was face-analysed', () => {
    const metrics = phoneRunMetrics({ timeOrigin: 0, timings: [], longTasks: [] }, [], 5000);
    expect(metrics).toEqual({
      bytesBeforeFirstFaceFrame: null,
      cameraToFirstFaceFrameMs: null,
      cameraToVerdictMs: null,
      faceFramesInWindow: 0,
      longTasksInWindow: [],
    });
  });
});
