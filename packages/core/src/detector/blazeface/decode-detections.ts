import { INPUT_SIZE } from './anchors.js';

/** A detection in the model's input square, as fractions of its side (0..1). */
export interface RawDetection {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  /** 0..1 */
  score: number;
}

/** Values per anchor in the output: the score logit, then 16 regressors. */
export const VALUES_PER_ANCHOR = 17;
/** MediaPipe's face detection graph: overlapping boxes above this IoU are merged. */
const MIN_SUPPRESSION_IOU = 0.3;
/** MediaPipe clips logits to ±100 before the sigmoid. */
const SCORE_CLIPPING = 100;

/**
 * Turns BlazeFace's raw output (`[896, 17]`, flattened) into face boxes scoring at least
 * `minScore`, merged with MediaPipe's weighted non-maximum suppression.
 */
export function decodeDetections(
  output: Float32Array,
  anchors: Float32Array,
  minScore: number,
): RawDetection[] {
  const count = anchors.length / 2;
  if (output.length !== count * VALUES_PER_ANCHOR) {
    throw new Error(`Expected ${count * VALUES_PER_ANCHOR} output values, got ${output.length}.`);
  }
  const candidates: RawDetection[] = [];
  for (let i = 0; i < count; i++) {
    const at = i * VALUES_PER_ANCHOR;
    const logit = Math.max(-SCORE_CLIPPING, Math.min(SCORE_CLIPPING, output[at]!));
    const score = 1 / (1 + Math.exp(-logit));
    if (score < minScore) continue;
    const centreX = output[at + 1]! / INPUT_SIZE + anchors[i * 2]!;
    const centreY = output[at + 2]! / INPUT_SIZE + anchors[i * 2 + 1]!;
    const width = output[at + 3]! / INPUT_SIZE;
    const height = output[at + 4]! / INPUT_SIZE;
    if (!(width > 0 && height > 0)) continue;
    candidates.push({
      xMin: centreX - width / 2,
      yMin: centreY - height / 2,
      xMax: centreX + width / 2,
      yMax: centreY + height / 2,
      score,
    });
  }
  return weightedNonMaxSuppression(candidates);
}

/**
 * MediaPipe's `WEIGHTED` suppression: the best box absorbs every box overlapping it by more
 * than the threshold, its corners becoming their score-weighted mean; the best score is kept.
 */
export function weightedNonMaxSuppression(detections: readonly RawDetection[]): RawDetection[] {
  let remaining = [...detections].sort((a, b) => b.score - a.score);
  const kept: RawDetection[] = [];
  while (remaining.length > 0) {
    const best = remaining[0]!;
    const merged: RawDetection[] = [];
    const rest: RawDetection[] = [];
    for (const detection of remaining) {
      (iou(best, detection) > MIN_SUPPRESSION_IOU ? merged : rest).push(detection);
    }
    let weight = 0;
    const box = { xMin: 0, yMin: 0, xMax: 0, yMax: 0 };
    for (const detection of merged) {
      weight += detection.score;
      box.xMin += detection.xMin * detection.score;
      box.yMin += detection.yMin * detection.score;
      box.xMax += detection.xMax * detection.score;
      box.yMax += detection.yMax * detection.score;
    }
    kept.push({
      xMin: box.xMin / weight,
      yMin: box.yMin / weight,
      xMax: box.xMax / weight,
      yMax: box.yMax / weight,
      score: best.score,
    });
    remaining = rest;
  }
  return kept;
}

function iou(a: RawDetection, b: RawDetection): number {
  const width = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
  const height = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
  if (width <= 0 || height <= 0) return 0;
  const overlap = width * height;
  const union =
    (a.xMax - a.xMin) * (a.yMax - a.yMin) + (b.xMax - b.xMin) * (b.yMax - b.yMin) - overlap;
  return union > 0 ? overlap / union : 0;
}
