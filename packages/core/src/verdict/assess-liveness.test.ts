import { describe, expect, it } from 'vitest';
import seed from '../contract/__fixtures__/seed-response.json' with { type: 'json' };
import { parseLivenessResponse } from '../contract/parse-liveness-response.js';
import { DEFAULT_FACE_GEOMETRY } from '../framing/geometry-defaults.js';
import type { ReasonCode } from '../reasons.js';
import { assessLiveness, type LivenessVerdict } from './assess-liveness.js';
import { DEFAULT_VERDICT_OPTIONS, type VerdictOptions } from './verdict-options.js';

type Seed = typeof seed;
type Face = Seed['entity']['face'];

interface Change {
  check?: boolean;
  probability?: number;
  multiface?: boolean;
  brightness?: number;
  sharpness?: number;
  eyesOpen?: Face['details']['eyes_open'];
  sunglasses?: Face['details']['sunglasses'];
  box?: Partial<Face['bounding_box']>;
}

/** The seed's example with `change` applied, run through the real parser. */
function response(change: Change = {}) {
  const body = structuredClone(seed);
  const { liveness, face } = body.entity;
  if (change.check !== undefined) liveness.liveness_check = change.check;
  if (change.probability !== undefined) liveness.liveness_probability = change.probability;
  if (change.multiface !== undefined) face.multiface_detected = change.multiface;
  if (change.brightness !== undefined) face.quality.brightness = change.brightness;
  if (change.sharpness !== undefined) face.quality.sharpness = change.sharpness;
  if (change.eyesOpen) face.details.eyes_open = change.eyesOpen;
  if (change.sunglasses) face.details.sunglasses = change.sunglasses;
  Object.assign(face.bounding_box, change.box);
  return parseLivenessResponse(body);
}

const live = { check: true, probability: 97.5 };

const noFace = (check: boolean, probability: number) =>
  parseLivenessResponse({
    entity: {
      liveness: { liveness_check: check, liveness_probability: probability },
      face: { face_detected: false, message: 'no face detected', multiface_detected: false },
    },
  });

describe('assessLiveness', () => {
  const cases: [name: string, input: ReturnType<typeof response>, expected: LivenessVerdict][] = [
    [
      "the seed's example is a retry for liveness only",
      response(),
      { outcome: 'retry', reasons: ['LIVENESS_FAILED'], livenessProbability: 0.014614949759561568 },
    ],
    [
      'a live single face passes',
      response(live),
      { outcome: 'pass', reasons: [], livenessProbability: 97.5 },
    ],
    [
      'probability exactly 50 is not live',
      response({ check: true, probability: 50 }),
      { outcome: 'retry', reasons: ['LIVENESS_FAILED'], livenessProbability: 50 },
    ],
    [
      'probability just above 50 is live',
      response({ check: true, probability: 50.0001 }),
      { outcome: 'pass', reasons: [], livenessProbability: 50.0001 },
    ],
    [
      'liveness_check true with a low probability disagrees: not a pass',
      response({ check: true, probability: 12 }),
      { outcome: 'retry', reasons: ['LIVENESS_FAILED'], livenessProbability: 12 },
    ],
    [
      'liveness_check false with a high probability disagrees: not a pass',
      response({ check: false, probability: 88 }),
      { outcome: 'retry', reasons: ['LIVENESS_FAILED'], livenessProbability: 88 },
    ],
    [
      'several faces, otherwise live',
      response({ ...live, multiface: true }),
      { outcome: 'retry', reasons: ['MULTIPLE_FACES'], livenessProbability: 97.5 },
    ],
    [
      'several faces, not live',
      response({ multiface: true }),
      {
        outcome: 'retry',
        reasons: ['MULTIPLE_FACES', 'LIVENESS_FAILED'],
        livenessProbability: 0.014614949759561568,
      },
    ],
    [
      'no face, details absent',
      noFace(false, 0),
      { outcome: 'retry', reasons: ['NO_FACE', 'LIVENESS_FAILED'], livenessProbability: 0 },
    ],
    [
      'no face although liveness says live',
      noFace(true, 80),
      { outcome: 'retry', reasons: ['NO_FACE'], livenessProbability: 80 },
    ],
    [
      'poor quality does not turn a pass into a retry',
      response({ ...live, brightness: 5, sharpness: 5, box: { width: 0.1 } }),
      { outcome: 'pass', reasons: [], livenessProbability: 97.5 },
    ],
    [
      'every reason at once, most actionable first',
      response({
        multiface: true,
        brightness: 3,
        sharpness: 4,
        eyesOpen: { value: false, confidence: 99 },
        sunglasses: { value: true, confidence: 99 },
        box: { width: 0.1, left: 0, top: 0.4 },
      }),
      {
        outcome: 'retry',
        reasons: [
          'MULTIPLE_FACES',
          'TOO_DARK',
          'BLURRY',
          'EYES_CLOSED',
          'SUNGLASSES',
          'FACE_TOO_SMALL',
          'FACE_OFF_CENTER',
          'LIVENESS_FAILED',
        ],
        livenessProbability: 0.014614949759561568,
      },
    ],
  ];

  it.each(cases)('%s', (_name, input, expected) => {
    expect(assessLiveness(input)).toEqual(expected);
  });
});

describe('assessLiveness: each quality and geometry reason on a failed liveness', () => {
  // Seed: brightness 65.9, sharpness 97.5, eyes open (88.6), no sunglasses (99.99), box width
  // 0.495 centred within 0.03: none of these may raise a reason with the defaults.
  const cases: [name: string, change: Change, reasons: ReasonCode[]][] = [
    ["the seed's face raises no quality reason", {}, []],
    ['brightness below the minimum', { brightness: 24.9 }, ['TOO_DARK']],
    ['brightness at the minimum', { brightness: 25 }, []],
    ['brightness above the maximum', { brightness: 90.1 }, ['TOO_BRIGHT']],
    ['brightness at the maximum', { brightness: 90 }, []],
    ['sharpness below the minimum', { sharpness: 19.9 }, ['BLURRY']],
    ['sharpness at the minimum', { sharpness: 20 }, []],
    ['eyes confidently closed', { eyesOpen: { value: false, confidence: 80 } }, ['EYES_CLOSED']],
    ['eyes closed, unsure', { eyesOpen: { value: false, confidence: 79.9 } }, []],
    ['eyes open', { eyesOpen: { value: true, confidence: 99 } }, []],
    ['sunglasses, confident', { sunglasses: { value: true, confidence: 80 } }, ['SUNGLASSES']],
    ['sunglasses, unsure', { sunglasses: { value: true, confidence: 60 } }, []],
    ['face box too narrow', { box: { width: 0.19, left: 0.405 } }, ['FACE_TOO_SMALL']],
    ['face box too wide', { box: { width: 0.71, left: 0.145 } }, ['FACE_TOO_LARGE']],
    ['face box too far left', { box: { left: 0.04 } }, ['FACE_OFF_CENTER']],
    ['face box too far right', { box: { left: 0.46 } }, ['FACE_OFF_CENTER']],
    ['face box too low', { box: { top: 0.56 } }, ['FACE_OFF_CENTER']],
    ['face box too high', { box: { top: 0.05 } }, ['FACE_OFF_CENTER']],
    ['too dark and too bright never together', { brightness: 0 }, ['TOO_DARK']],
  ];

  it.each(cases)('%s', (_name, change, reasons) => {
    expect(assessLiveness(response(change)).reasons).toEqual([...reasons, 'LIVENESS_FAILED']);
  });
});

describe('assessLiveness: custom thresholds', () => {
  const cases: [name: string, change: Change, options: VerdictOptions, reasons: ReasonCode[]][] = [
    [
      'a stricter liveness threshold',
      { check: true, probability: 70 },
      { livenessThreshold: 80 },
      ['LIVENESS_FAILED'],
    ],
    [
      'a looser threshold still needs liveness_check',
      { check: false, probability: 40 },
      { livenessThreshold: 30 },
      ['LIVENESS_FAILED'],
    ],
    [
      'a looser threshold with agreement passes',
      { check: true, probability: 40 },
      { livenessThreshold: 30 },
      [],
    ],
    ['minBrightness', {}, { minBrightness: 70 }, ['TOO_DARK', 'LIVENESS_FAILED']],
    ['maxBrightness', {}, { maxBrightness: 60 }, ['TOO_BRIGHT', 'LIVENESS_FAILED']],
    ['minSharpness', {}, { minSharpness: 98 }, ['BLURRY', 'LIVENESS_FAILED']],
    [
      'eyesClosedConfidence',
      { eyesOpen: { value: false, confidence: 60 } },
      { eyesClosedConfidence: 50 },
      ['EYES_CLOSED', 'LIVENESS_FAILED'],
    ],
    [
      'sunglassesConfidence',
      { sunglasses: { value: true, confidence: 60 } },
      { sunglassesConfidence: 50 },
      ['SUNGLASSES', 'LIVENESS_FAILED'],
    ],
    ['minFaceWidth', {}, { minFaceWidth: 0.6 }, ['FACE_TOO_SMALL', 'LIVENESS_FAILED']],
    ['maxFaceWidth', {}, { maxFaceWidth: 0.4 }, ['FACE_TOO_LARGE', 'LIVENESS_FAILED']],
    ['maxCenterOffsetX', {}, { maxCenterOffsetX: 0.01 }, ['FACE_OFF_CENTER', 'LIVENESS_FAILED']],
    ['maxCenterOffsetY', {}, { maxCenterOffsetY: 0.01 }, ['FACE_OFF_CENTER', 'LIVENESS_FAILED']],
  ];

  it.each(cases)('%s', (_name, change, options, reasons) => {
    expect(assessLiveness(response(change), options).reasons).toEqual(reasons);
  });

  it('keeps the default for an option passed as undefined from plain JavaScript', () => {
    const options = { minBrightness: undefined } as unknown as VerdictOptions;
    expect(assessLiveness(response({ brightness: 10 }), options).reasons).toEqual([
      'TOO_DARK',
      'LIVENESS_FAILED',
    ]);
  });
});

describe('assessLiveness: bad options', () => {
  it.each([
    [
      'NaN',
      { livenessThreshold: Number.NaN },
      'options.livenessThreshold must be a finite number, got NaN',
    ],
    ['a string', { minBrightness: '25' }, 'options.minBrightness must be a finite number, got 25'],
    [
      'Infinity',
      { maxFaceWidth: Number.POSITIVE_INFINITY },
      'options.maxFaceWidth must be a finite number, got Infinity',
    ],
  ])('rejects %s with a RangeError naming the option', (_name, options, message) => {
    expect(() => assessLiveness(response(), options as unknown as VerdictOptions)).toThrow(
      new RangeError(`assessLiveness: ${message}`),
    );
  });

  it('ignores keys that are not options', () => {
    const options = { colour: 'red' } as unknown as VerdictOptions;
    expect(assessLiveness(response(), options).reasons).toEqual(['LIVENESS_FAILED']);
  });
});

describe('DEFAULT_VERDICT_OPTIONS', () => {
  it('shares the face geometry with the on-device framing check', () => {
    expect(DEFAULT_VERDICT_OPTIONS).toMatchObject(DEFAULT_FACE_GEOMETRY);
    expect(DEFAULT_VERDICT_OPTIONS.livenessThreshold).toBe(50);
    expect(Object.isFrozen(DEFAULT_VERDICT_OPTIONS)).toBe(true);
  });
});
