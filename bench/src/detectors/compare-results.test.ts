import { describe, expect, it } from 'vitest';
import { compareRuns, edgeDeviationPct, medianDetectMs } from './compare-results.js';
import type { DetectorRun } from './page/compare-types.js';

const box = (x: number, y: number, width: number, height: number) => ({
  x,
  y,
  width,
  height,
  score: 0.9,
});

describe('edgeDeviationPct', () => {
  it('is the largest edge distance, faces paired left to right, in % of the frame width', () => {
    const a = [box(300, 10, 100, 100), box(10, 10, 100, 100)];
    const b = [box(12, 10, 100, 100), box(300, 10, 100, 106)];
    expect(edgeDeviationPct(a, b, 600)).toBeCloseTo(1);
  });

  it('is null when the counts differ or there is no face', () => {
    expect(edgeDeviationPct([box(0, 0, 1, 1)], [], 600)).toBeNull();
    expect(edgeDeviationPct([], [], 600)).toBeNull();
  });
});

describe('compareRuns', () => {
  const run = (detector: 'mediapipe' | 'blazeface', faces: number, ms: number[]): DetectorRun => ({
    detector,
    loadMs: 1,
    frames: [
      {
        frame: 'a-640',
        width: 640,
        height: 480,
        faces: Array.from({ length: faces }, () => box(0, 0, 64, 64)),
        detectMs: ms,
      },
    ],
  });

  it('reports both face counts per frame', () => {
    expect(compareRuns(run('mediapipe', 1, [1]), run('blazeface', 2, [1]))).toEqual([
      {
        frame: 'a-640',
        width: 640,
        referenceFaces: 1,
        candidateFaces: 2,
        referenceScores: [0.9],
        candidateScores: [0.9, 0.9],
        maxEdgeDeviationPct: null,
      },
    ]);
  });

  it('fails when the candidate lacks a frame', () => {
    const empty: DetectorRun = { detector: 'blazeface', loadMs: 1, frames: [] };
    expect(() => compareRuns(run('mediapipe', 1, [1]), empty)).toThrow(/no result for a-640/);
  });

  it('pools the timed calls of the frames of one width', () => {
    expect(medianDetectMs(run('mediapipe', 1, [3, 1, 2]), 640)).toBe(2);
  });
});
