// Calibration of `minSharpness` on sharp and blurred versions of the fixture images, kept as a
// test so the chosen default is re-checked on every run. Print the table for the README with:
//   LIVEFRAME_CALIBRATE=1 npx vitest run --project core src/framing/sharpness-calibration.test.ts
import { describe, expect, it } from 'vitest';
import { analyzeFrame } from './analyze-frame.js';
import { DEFAULT_FRAMING } from './framing-options.js';
import type { FaceLabels } from './__fixtures__/faces.js';
import type { FaceFixture } from './__fixtures__/variants.js';
import { ANALYSIS_WIDTH, blurredVariant, goodFrame } from './__fixtures__/variants.js';

/**
 * Blur in pixels of a 320-px-wide frame (scaled with the frame), where a face is about 100 px
 * wide. Up to 1 px reads as sharp (a good webcam); from 2 px the face is visibly soft; 1.5 px
 * lies between, and may fall on either side of the threshold.
 */
const SHARP_SIGMAS = [0, 0.5, 1];
const BETWEEN_SIGMAS = [1.5];
const BLURRED_SIGMAS = [2, 3];

/** Frame widths analysed: smaller and larger than the component's 320 px. */
const WIDTHS: Record<FaceFixture, readonly number[]> = {
  'astronaut.png': [160, 320],
  'portrait.jpg': [160, 320, 640],
};

/** Both sets of boxes: the by-eye ground truth and what the shipped detector returns. */
const LABELS: readonly FaceLabels[] = ['by eye', 'detector'];

interface Row {
  fixture: FaceFixture;
  labels: FaceLabels;
  width: number;
  sigma: number;
  set: 'sharp' | 'between' | 'blurred';
  sharpness: number;
}

function measure(): Row[] {
  const rows: Row[] = [];
  for (const fixture of Object.keys(WIDTHS) as FaceFixture[]) {
    for (const [labels, width] of LABELS.flatMap((l) =>
      WIDTHS[fixture].map((w) => [l, w] as const),
    )) {
      const good = goodFrame(fixture, width, labels);
      const sets = [
        ['sharp', SHARP_SIGMAS],
        ['between', BETWEEN_SIGMAS],
        ['blurred', BLURRED_SIGMAS],
      ] as const;
      for (const [set, sigmas] of sets) {
        for (const sigma of sigmas) {
          const frame = blurredVariant(good, (sigma * width) / ANALYSIS_WIDTH);
          const { sharpness } = analyzeFrame(frame.image, frame.faces).metrics;
          rows.push({ fixture, labels, width, sigma, set, sharpness });
        }
      }
    }
  }
  return rows;
}

function table(rows: readonly Row[]): string {
  const lines = [
    '| fixture | boxes | frame width | blur sigma (px at 320) | set | sharpness |',
    '| --- | --- | --: | --: | --- | --: |',
    ...rows.map(
      (row) =>
        `| ${row.fixture} | ${row.labels} | ${row.width} | ${row.sigma} | ${row.set} | ${row.sharpness.toFixed(1)} |`,
    ),
  ];
  return lines.join('\n');
}

describe('minSharpness calibration', () => {
  const rows = measure();
  const sharp = rows.filter((row) => row.set === 'sharp').map((row) => row.sharpness);
  const blurred = rows.filter((row) => row.set === 'blurred').map((row) => row.sharpness);
  if (process.env['LIVEFRAME_CALIBRATE']) {
    const low = Math.min(...sharp);
    const high = Math.max(...blurred);
    console.info(
      `${table(rows)}\n\nlowest sharp: ${low.toFixed(1)}, highest blurred: ${high.toFixed(1)}, ` +
        `geometric mean: ${Math.sqrt(low * high).toFixed(1)}, default: ${DEFAULT_FRAMING.minSharpness}`,
    );
  }

  it('keeps every sharp frame above the default threshold, with a margin of 1.3x', () => {
    expect(Math.min(...sharp)).toBeGreaterThan(DEFAULT_FRAMING.minSharpness * 1.3);
  });

  it('keeps every blurred frame below the default threshold, with a margin of 1.3x', () => {
    expect(Math.max(...blurred)).toBeLessThan(DEFAULT_FRAMING.minSharpness / 1.3);
  });

  it('falls monotonically as the blur grows', () => {
    for (const [fixture, widths] of Object.entries(WIDTHS)) {
      for (const [labels, width] of LABELS.flatMap((l) => widths.map((w) => [l, w] as const))) {
        const series = rows
          .filter((row) => row.fixture === fixture && row.labels === labels && row.width === width)
          .map((row) => row.sharpness);
        expect(series).toEqual([...series].sort((a, b) => b - a));
      }
    }
  });
});
