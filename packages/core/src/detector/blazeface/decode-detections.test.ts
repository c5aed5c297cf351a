import { describe, expect, it } from 'vitest';
import { createAnchors, INPUT_SIZE } from './anchors.js';
import {
  decodeDetections,
  VALUES_PER_ANCHOR,
  weightedNonMaxSuppression,
} from './decode-detections.js';
import { fitLetterbox, toFrameBox } from './letterbox.js';

const anchors = createAnchors();
const logit = (p: number) => Math.log(p / (1 - p));

/** A raw output with every anchor scoring almost nothing, and `set` applied. */
function output(set: (values: Float32Array) => void): Float32Array {
  const values = new Float32Array((anchors.length / 2) * VALUES_PER_ANCHOR);
  for (let i = 0; i < values.length; i += VALUES_PER_ANCHOR) values[i] = -20;
  set(values);
  return values;
}

/** Makes anchor `i` predict a box of `size` pixels shifted by `dx`, with probability `p`. */
function predict(values: Float32Array, i: number, p: number, size: number, dx = 0): void {
  const at = i * VALUES_PER_ANCHOR;
  values[at] = logit(p);
  values[at + 1] = dx;
  values[at + 2] = 0;
  values[at + 3] = size;
  values[at + 4] = size;
}

describe('createAnchors', () => {
  it('makes the 896 anchors of BlazeFace short range, 16x16x2 then 8x8x6', () => {
    expect(anchors.length).toBe(896 * 2);
    expect([anchors[0], anchors[1]]).toEqual([0.5 / 16, 0.5 / 16]);
    expect([anchors[2], anchors[3]]).toEqual([0.5 / 16, 0.5 / 16]);
    expect([anchors[512 * 2], anchors[512 * 2 + 1]]).toEqual([0.5 / 8, 0.5 / 8]);
    expect([anchors[895 * 2], anchors[895 * 2 + 1]]).toEqual([7.5 / 8, 7.5 / 8]);
  });
});

describe('decodeDetections', () => {
  it('decodes a box around its anchor, sized in input pixels, with a sigmoid score', () => {
    const values = output((v) => predict(v, 600, 0.9, 32, 4));
    const [face, ...rest] = decodeDetections(values, anchors, 0.6);
    expect(rest).toEqual([]);
    const centreX = anchors[1200]! + 4 / INPUT_SIZE;
    expect(face!.score).toBeCloseTo(0.9);
    expect(face!.xMin).toBeCloseTo(centreX - 0.125);
    expect(face!.xMax).toBeCloseTo(centreX + 0.125);
    expect(face!.yMax - face!.yMin).toBeCloseTo(0.25);
  });

  it('leaves out boxes scoring under the threshold', () => {
    const values = output((v) => predict(v, 600, 0.55, 32));
    expect(decodeDetections(values, anchors, 0.6)).toEqual([]);
  });

  it('merges overlapping boxes into one, keeps separate faces apart', () => {
    const values = output((v) => {
      predict(v, 600, 0.9, 32);
      predict(v, 601, 0.8, 34);
      predict(v, 100, 0.95, 20);
    });
    const faces = decodeDetections(values, anchors, 0.6);
    expect(faces.map((f) => Number(f.score.toFixed(2)))).toEqual([0.95, 0.9]);
  });

  it('rejects an output of the wrong size', () => {
    expect(() => decodeDetections(new Float32Array(10), anchors, 0.5)).toThrow(/15232/);
  });
});

describe('weightedNonMaxSuppression', () => {
  it('averages overlapping boxes by score and keeps the best score', () => {
    const [merged] = weightedNonMaxSuppression([
      { xMin: 0, yMin: 0, xMax: 1, yMax: 1, score: 0.75 },
      { xMin: 0.2, yMin: 0, xMax: 1.2, yMax: 1, score: 0.25 },
    ]);
    expect(merged).toEqual({ xMin: 0.05, yMin: 0, xMax: 1.05, yMax: 1, score: 0.75 });
  });
});

describe('letterbox', () => {
  it('fits a 640x480 frame into the square with bars above and below, and maps boxes back', () => {
    const box = fitLetterbox(640, 480, 128);
    expect(box).toMatchObject({ x: 0, y: 16, width: 128, height: 96 });
    const face = toFrameBox({ xMin: 0.25, yMin: 0.125, xMax: 0.5, yMax: 0.5, score: 0.9 }, box);
    expect(face).toEqual({ x: 160, y: 0, width: 160, height: 240, score: 0.9 });
  });
});
