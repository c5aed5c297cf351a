import type { FaceBox } from '@liveframe/core';
import { median } from '../report/stats.js';
import type { DetectorRun } from './page/compare-types.js';

/** How a candidate's faces in one frame compare with the reference's. */
export interface FrameComparison {
  readonly frame: string;
  readonly width: number;
  readonly referenceFaces: number;
  readonly candidateFaces: number;
  /** Scores of the faces found, best first: shows how close a disagreement is to the threshold. */
  readonly referenceScores: readonly number[];
  readonly candidateScores: readonly number[];
  /**
   * Largest distance between matching box edges (faces paired left to right), as a percentage of
   * the frame width; `null` when the counts differ or there is no face.
   */
  readonly maxEdgeDeviationPct: number | null;
}

/** Pairs the frames of two runs by name and compares their faces. */
export function compareRuns(reference: DetectorRun, candidate: DetectorRun): FrameComparison[] {
  const byName = new Map(candidate.frames.map((frame) => [frame.frame, frame]));
  return reference.frames.map((ref) => {
    const other = byName.get(ref.frame);
    if (!other) throw new Error(`${candidate.detector} has no result for ${ref.frame}`);
    return {
      frame: ref.frame,
      width: ref.width,
      referenceFaces: ref.faces.length,
      candidateFaces: other.faces.length,
      referenceScores: scores(ref.faces),
      candidateScores: scores(other.faces),
      maxEdgeDeviationPct: edgeDeviationPct(ref.faces, other.faces, ref.width),
    };
  });
}

function scores(faces: readonly FaceBox[]): number[] {
  return faces.map((face) => Number(face.score.toFixed(3))).sort((a, b) => b - a);
}

/** The largest edge distance between boxes paired left to right, in % of `frameWidth`. */
export function edgeDeviationPct(
  a: readonly FaceBox[],
  b: readonly FaceBox[],
  frameWidth: number,
): number | null {
  if (a.length !== b.length || a.length === 0) return null;
  const left = [...a].sort((p, q) => p.x - q.x);
  const right = [...b].sort((p, q) => p.x - q.x);
  let max = 0;
  left.forEach((box, i) => {
    const other = right[i]!;
    max = Math.max(
      max,
      Math.abs(box.x - other.x),
      Math.abs(box.y - other.y),
      Math.abs(box.x + box.width - (other.x + other.width)),
      Math.abs(box.y + box.height - (other.y + other.height)),
    );
  });
  return (max / frameWidth) * 100;
}

/** Median `detect` time of a run over the frames of one size, all timed calls pooled. */
export function medianDetectMs(run: DetectorRun, width: number): number {
  return median(run.frames.filter((f) => f.width === width).flatMap((f) => f.detectMs));
}
