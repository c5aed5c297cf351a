import { describe, expect, it } from 'vitest';
import { AnalysisPacer } from './analysis-pacer.js';

describe('AnalysisPacer', () => {
  it.each([
    { durations: [], interval: 1000 / 15 },
    { durations: [10], interval: 1000 / 15 },
    // A slow frame: the next one waits as long again, so analysis takes at most half a core.
    { durations: [58], interval: 116 },
    { durations: [200], interval: 400 },
  ])(
    'waits $interval ms between frames after analyses of $durations ms',
    ({ durations, interval }) => {
      const pacer = new AnalysisPacer({ maxFps: 15 });
      for (const ms of durations) pacer.record(ms);
      expect(pacer.intervalMs()).toBeCloseTo(interval);
    },
  );

  it('follows a running average, so one slow frame does not stall the loop', () => {
    const pacer = new AnalysisPacer({ maxFps: 15 });
    pacer.record(40);
    pacer.record(240);
    expect(pacer.averageMs).toBeCloseTo(100);
    for (let i = 0; i < 30; i++) pacer.record(40);
    expect(pacer.averageMs).toBeCloseTo(40, 0);
  });

  it('counts the time already spent towards the wait', () => {
    const pacer = new AnalysisPacer({ maxFps: 10 });
    expect(pacer.delayMs(30)).toBe(70);
    expect(pacer.delayMs(150)).toBe(0);
  });

  it('ignores durations that are not finite or negative, and can be reset', () => {
    const pacer = new AnalysisPacer({ maxFps: 15, maxBusyShare: 0.25 });
    pacer.record(Number.NaN);
    pacer.record(-1);
    expect(pacer.averageMs).toBeNull();
    pacer.record(50);
    expect(pacer.intervalMs()).toBe(200);
    pacer.reset();
    expect(pacer.averageMs).toBeNull();
  });

  it('rejects options out of range', () => {
    expect(() => new AnalysisPacer({ maxFps: 0 })).toThrow(RangeError);
    expect(() => new AnalysisPacer({ maxFps: 15, maxBusyShare: 1.5 })).toThrow(RangeError);
  });
});
