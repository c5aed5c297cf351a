import { describe, expect, it } from 'vitest';
import type { FaceBox } from '../detector/types.js';
import type { FramingReason } from '../reasons.js';
import { analyzeFrame } from './analyze-frame.js';
import { FRAMING_PRIORITY } from './framing-priority.js';
import type { FramingOptions } from './framing-options.js';
import { DEFAULT_FRAMING } from './framing-options.js';
import { gaussianBlur, paste } from './__fixtures__/image-ops.js';
import { checkerboard, faceBox, sineStripes, uniform } from './__fixtures__/synthetic.js';
import type { FramePixels } from './types.js';

/** Detailed mid-grey frame: well lit and sharp, so only the case under test shows. */
const GOOD = checkerboard(90, 160);
const CENTRED = faceBox();

describe('analyzeFrame on synthetic frames', () => {
  const cases: {
    name: string;
    pixels: FramePixels;
    faces: readonly FaceBox[];
    options?: Partial<FramingOptions>;
    reasons: FramingReason[];
  }[] = [
    {
      name: 'a sharp, mid-grey frame with one centred face',
      pixels: GOOD,
      faces: [CENTRED],
      reasons: [],
    },
    { name: 'no face', pixels: GOOD, faces: [], reasons: ['NO_FACE'] },
    {
      name: 'a face scoring under 0.5 only',
      pixels: GOOD,
      faces: [faceBox(0.3, 0, 0, 0.3)],
      reasons: ['NO_FACE'],
    },
    {
      name: 'two faces scoring 0.9 and 0.5',
      pixels: GOOD,
      faces: [CENTRED, faceBox(0.3, 0.1, 0, 0.5)],
      reasons: ['MULTIPLE_FACES'],
    },
    {
      name: 'a second face scoring 0.49',
      pixels: GOOD,
      faces: [CENTRED, faceBox(0.3, 0.1, 0, 0.49)],
      reasons: [],
    },
    {
      name: 'a face 17.5% of the width',
      pixels: GOOD,
      faces: [faceBox(0.175)],
      reasons: ['FACE_TOO_SMALL'],
    },
    { name: 'a face exactly 20% of the width', pixels: GOOD, faces: [faceBox(0.2)], reasons: [] },
    {
      name: 'a face 75% of the width',
      pixels: GOOD,
      faces: [faceBox(0.75)],
      reasons: ['FACE_TOO_LARGE'],
    },
    { name: 'a face exactly 70% of the width', pixels: GOOD, faces: [faceBox(0.7)], reasons: [] },
    {
      name: 'a face 25% of the width right of centre',
      pixels: GOOD,
      faces: [faceBox(0.3, 0.25)],
      reasons: ['FACE_OFF_CENTER'],
    },
    {
      name: 'a face 21% of the width left of centre',
      pixels: GOOD,
      faces: [faceBox(0.3, -0.21)],
      reasons: ['FACE_OFF_CENTER'],
    },
    {
      name: 'a face exactly 20% of the width off centre',
      pixels: GOOD,
      faces: [faceBox(0.3, 0.2)],
      reasons: [],
    },
    {
      name: 'a face 30% of the height above centre',
      pixels: GOOD,
      faces: [faceBox(0.25, 0, -0.3)],
      reasons: ['FACE_OFF_CENTER'],
    },
    {
      name: 'a face 24% of the height below centre',
      pixels: GOOD,
      faces: [faceBox(0.25, 0, 0.24)],
      reasons: [],
    },
    {
      name: 'a small face in a corner',
      pixels: GOOD,
      faces: [faceBox(0.1, 0.35, -0.35)],
      reasons: ['FACE_TOO_SMALL', 'FACE_OFF_CENTER'],
    },
    {
      name: 'a uniformly dark frame (luma 20)',
      pixels: checkerboard(10, 30),
      faces: [CENTRED],
      reasons: ['TOO_DARK'],
    },
    {
      name: 'a bright frame without clipping (luma 224)',
      pixels: checkerboard(200, 249),
      faces: [CENTRED],
      reasons: ['TOO_BRIGHT'],
    },
    {
      name: 'clipped highlights on half the face (mean luma 0.7)',
      pixels: checkerboard(100, 255),
      faces: [CENTRED],
      reasons: ['TOO_BRIGHT'],
    },
    {
      name: 'a smoothed checkerboard',
      pixels: gaussianBlur(GOOD, 4),
      faces: [CENTRED],
      reasons: ['BLURRY'],
    },
    {
      name: 'a uniform mid-grey frame: no detail at all',
      pixels: uniform(128),
      faces: [CENTRED],
      reasons: ['BLURRY'],
    },
    {
      name: 'an empty frame (all bytes zero)',
      pixels: { data: new Uint8ClampedArray(320 * 240 * 4), width: 320, height: 240 },
      faces: [],
      reasons: ['TOO_DARK', 'NO_FACE', 'BLURRY'],
    },
    {
      name: 'everything wrong at once, listed in display order',
      pixels: gaussianBlur(checkerboard(10, 30), 4),
      faces: [faceBox(0.1, 0.35, 0), faceBox(0.1, -0.35, 0, 0.8)],
      reasons: ['TOO_DARK', 'MULTIPLE_FACES', 'FACE_TOO_SMALL', 'FACE_OFF_CENTER', 'BLURRY'],
    },
    {
      name: 'a small face when minFaceWidth is lowered to 0.1',
      pixels: GOOD,
      faces: [faceBox(0.15)],
      options: { minFaceWidth: 0.1 },
      reasons: [],
    },
    {
      name: 'a uniform frame when minSharpness is 0',
      pixels: uniform(128),
      faces: [CENTRED],
      options: { minSharpness: 0 },
      reasons: [],
    },
    {
      name: 'a second face scoring 0.6 when minFaceScore is 0.7',
      pixels: GOOD,
      faces: [CENTRED, faceBox(0.3, 0.1, 0, 0.6)],
      options: { minFaceScore: 0.7 },
      reasons: [],
    },
  ];

  it.each(cases)('$name -> $reasons', ({ pixels, faces, options, reasons }) => {
    const analysis = analyzeFrame(pixels, faces, options);
    expect(analysis.reasons).toEqual(reasons);
    expect(analysis.reason).toBe(reasons[0] ?? null);
  });
});

describe('analyzeFrame metrics', () => {
  it('judges light on the face region, not on the background', () => {
    // A mid-grey, detailed face region on a blown-out background (backlight).
    const backlit = paste(uniform(255), checkerboard(90, 160, 8, 96, 116), 112, 62);
    const face = { x: 112, y: 62, width: 96, height: 116, score: 0.9 };
    const withFace = analyzeFrame(backlit, [face]);
    expect(withFace.reasons).toEqual([]);
    expect(withFace.metrics.luminance).toBeCloseTo((0.5 * (90 + 160)) / 255, 2);
    expect(withFace.metrics.highlightClip).toBe(0);
    // Without a face the whole frame is judged, and it is clipped.
    const withoutFace = analyzeFrame(backlit, []);
    expect(withoutFace.reasons).toContain('TOO_BRIGHT');
    expect(withoutFace.metrics.highlightClip).toBeGreaterThan(0.8);
  });

  it('reports the counted faces and the highest-scoring one as the face judged', () => {
    const best = faceBox(0.3, 0, 0, 0.95);
    const { metrics } = analyzeFrame(GOOD, [
      faceBox(0.2, 0.1, 0, 0.6),
      best,
      faceBox(0.2, 0, 0, 0.2),
    ]);
    expect(metrics.faceCount).toBe(2);
    expect(metrics.face).toEqual(best);
  });

  it('has no face in the metrics when none counts', () => {
    const { metrics } = analyzeFrame(GOOD, [faceBox(0.3, 0, 0, 0.1)]);
    expect(metrics.faceCount).toBe(0);
    expect(metrics).not.toHaveProperty('face');
  });

  it('measures luminance as mean luma and clipping as the share of pixels at 250 or more', () => {
    const { metrics } = analyzeFrame(checkerboard(0, 250), [CENTRED]);
    expect(metrics.luminance).toBeCloseTo(125 / 255, 2);
    expect(metrics.highlightClip).toBeCloseTo(0.5, 1);
  });

  it('gives a sharp checkerboard a far higher sharpness than a smoothed one', () => {
    const sharp = analyzeFrame(GOOD, [CENTRED]).metrics.sharpness;
    const smooth = analyzeFrame(gaussianBlur(GOOD, 2), [CENTRED]).metrics.sharpness;
    expect(sharp).toBeGreaterThan(DEFAULT_FRAMING.minSharpness);
    expect(smooth).toBeLessThan(sharp / 4);
  });

  it('measures the same sharpness whatever the resolution of the frame', () => {
    const [low, mid, high] = [160, 320, 1280].map(
      (width) =>
        analyzeFrame(sineStripes(width, width * 0.75, 24), [
          faceBox(0.3, 0, 0, 1, width, width * 0.75),
        ]).metrics.sharpness,
    );
    expect(low).toBeGreaterThan(DEFAULT_FRAMING.minSharpness);
    expect(Math.abs((mid ?? 0) / (low ?? 1) - 1)).toBeLessThan(0.1);
    expect(Math.abs((high ?? 0) / (low ?? 1) - 1)).toBeLessThan(0.1);
  });

  it('does not call a sharp but under-exposed face blurry', () => {
    const { reasons } = analyzeFrame(checkerboard(9, 16), [CENTRED]);
    expect(reasons).toEqual(['TOO_DARK']);
  });

  it('handles a face box reaching outside the frame', () => {
    const analysis = analyzeFrame(GOOD, [{ x: -50, y: -40, width: 150, height: 160, score: 0.9 }]);
    expect(analysis.reasons).toEqual(['FACE_OFF_CENTER']);
    const outside = analyzeFrame(GOOD, [{ x: 400, y: 10, width: 90, height: 90, score: 0.9 }]);
    expect(outside.reasons).toEqual(['FACE_OFF_CENTER']);
  });

  it('lists reasons in FRAMING_PRIORITY order', () => {
    expect(FRAMING_PRIORITY).toEqual([
      'TOO_DARK',
      'TOO_BRIGHT',
      'NO_FACE',
      'MULTIPLE_FACES',
      'FACE_TOO_SMALL',
      'FACE_TOO_LARGE',
      'FACE_OFF_CENTER',
      'BLURRY',
    ]);
  });
});

describe('analyzeFrame on invalid input', () => {
  const frame = (data: unknown, width: unknown, height: unknown) =>
    ({ data, width, height }) as unknown as FramePixels;
  const bytes = (length: number) => new Uint8ClampedArray(length);

  it.each([
    {
      name: 'a buffer that does not match the size',
      pixels: frame(bytes(100), 10, 10),
      error: RangeError,
      message: /100 bytes .* needs width \* height \* 4 = 400/,
    },
    {
      name: 'a zero width',
      pixels: frame(bytes(0), 0, 10),
      error: RangeError,
      message: /positive integers, got 0x10/,
    },
    {
      name: 'a fractional height',
      pixels: frame(bytes(40), 2, 2.5),
      error: RangeError,
      message: /positive integers/,
    },
    {
      name: 'a plain array as data',
      pixels: frame(
        Array.from({ length: 16 }, () => 0),
        2,
        2,
      ),
      error: TypeError,
      message: /Uint8ClampedArray/,
    },
    {
      name: 'no frame at all',
      pixels: null as unknown as FramePixels,
      error: TypeError,
      message: /data, width and height/,
    },
  ])('rejects $name', ({ pixels, error, message }) => {
    expect(() => analyzeFrame(pixels, [])).toThrow(error);
    expect(() => analyzeFrame(pixels, [])).toThrow(message);
  });

  it.each([
    {
      name: 'faces that are not an array',
      faces: null,
      error: TypeError,
      message: /must be an array/,
    },
    {
      name: 'a NaN coordinate',
      faces: [{ ...CENTRED, x: Number.NaN }],
      error: RangeError,
      message: /Face box 0/,
    },
    {
      name: 'a negative width',
      faces: [CENTRED, { ...CENTRED, width: -4 }],
      error: RangeError,
      message: /Face box 1/,
    },
  ])('rejects $name', ({ faces, error, message }) => {
    const call = () => analyzeFrame(GOOD, faces as unknown as FaceBox[]);
    expect(call).toThrow(error);
    expect(call).toThrow(message);
  });

  it.each([
    {
      options: { minSharpness: -1 },
      message: /minSharpness must be a finite number of at least 0, got -1/,
    },
    {
      options: { minFaceWidth: 2 },
      message: /minFaceWidth must be a finite number from 0 to 1, got 2/,
    },
    { options: { minLuminance: Number.NaN }, message: /minLuminance .* got NaN/ },
    { options: { highlightLevel: 300 }, message: /highlightLevel .* from 0 to 255/ },
  ])('rejects the option $options', ({ options, message }) => {
    expect(() => analyzeFrame(GOOD, [CENTRED], options)).toThrow(RangeError);
    expect(() => analyzeFrame(GOOD, [CENTRED], options)).toThrow(message);
  });
});
