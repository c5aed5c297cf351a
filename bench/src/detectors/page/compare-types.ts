import type { FaceBox } from '@liveframe/core';

/** The detectors compared. */
export const DETECTORS = ['mediapipe', 'blazeface'] as const;
export type DetectorName = (typeof DETECTORS)[number];

/** One still frame to detect faces in, served by the bench server. */
export interface FrameSpec {
  readonly name: string;
  readonly url: string;
}

/** What one detector found in one frame, and how long `detect` took each time. */
export interface FrameResult {
  readonly frame: string;
  readonly width: number;
  readonly height: number;
  readonly faces: readonly FaceBox[];
  /** Timed calls, after the warm-up calls. */
  readonly detectMs: readonly number[];
}

export interface DetectorRun {
  readonly detector: DetectorName;
  /** From calling the create function to having a detector (files from the local server). */
  readonly loadMs: number;
  readonly frames: readonly FrameResult[];
}

export interface ComparePage {
  run(
    detector: DetectorName,
    frames: readonly FrameSpec[],
    iterations: number,
  ): Promise<DetectorRun>;
}

declare global {
  interface Window {
    comparePage: ComparePage;
  }
}
