import { describe, expect, it } from 'vitest';
import type { FramingReason } from '../reasons.js';
import { createGuidanceStabilizer } from './guidance-stabilizer.js';

type Step = readonly [nowMs: number, reason: FramingReason | null, shown: FramingReason | null];

describe('createGuidanceStabilizer (minDisplayMs 1200, settleMs 300)', () => {
  const scenarios: { name: string; steps: readonly Step[] }[] = [
    {
      name: 'shows the first reason at once',
      steps: [[0, 'NO_FACE', 'NO_FACE']],
    },
    {
      name: 'shows a first good framing at once',
      steps: [[0, null, null]],
    },
    {
      name: 'replaces a reason once the new one has lasted 300 ms and the old one 1200 ms',
      steps: [
        [0, 'NO_FACE', 'NO_FACE'],
        [1000, 'FACE_TOO_SMALL', 'NO_FACE'],
        [1200, 'FACE_TOO_SMALL', 'NO_FACE'],
        [1299, 'FACE_TOO_SMALL', 'NO_FACE'],
        [1300, 'FACE_TOO_SMALL', 'FACE_TOO_SMALL'],
      ],
    },
    {
      name: 'keeps a shown reason 1200 ms even when the new one settled earlier',
      steps: [
        [0, 'NO_FACE', 'NO_FACE'],
        [100, 'TOO_DARK', 'NO_FACE'],
        [400, 'TOO_DARK', 'NO_FACE'],
        [1199, 'TOO_DARK', 'NO_FACE'],
        [1200, 'TOO_DARK', 'TOO_DARK'],
      ],
    },
    {
      name: 'ignores a single odd frame',
      steps: [
        [0, 'FACE_OFF_CENTER', 'FACE_OFF_CENTER'],
        [2000, 'BLURRY', 'FACE_OFF_CENTER'],
        [2066, 'FACE_OFF_CENTER', 'FACE_OFF_CENTER'],
        [2400, 'FACE_OFF_CENTER', 'FACE_OFF_CENTER'],
      ],
    },
    {
      name: 'never switches while the candidate keeps changing',
      steps: [
        [0, 'NO_FACE', 'NO_FACE'],
        [1500, 'BLURRY', 'NO_FACE'],
        [1700, 'TOO_DARK', 'NO_FACE'],
        [1900, 'BLURRY', 'NO_FACE'],
        [2100, 'TOO_DARK', 'NO_FACE'],
        [2400, 'TOO_DARK', 'TOO_DARK'],
      ],
    },
    {
      name: 'clears to good framing under the same rules',
      steps: [
        [0, 'FACE_TOO_SMALL', 'FACE_TOO_SMALL'],
        [500, null, 'FACE_TOO_SMALL'],
        [1100, null, 'FACE_TOO_SMALL'],
        [1200, null, null],
      ],
    },
    {
      name: 'keeps good framing shown through a short glitch',
      steps: [
        [0, null, null],
        [1500, 'BLURRY', null],
        [1700, null, null],
        [2000, 'BLURRY', null],
        [2300, 'BLURRY', 'BLURRY'],
      ],
    },
    {
      name: 'treats a clock that steps back as standing still',
      steps: [
        [5000, 'NO_FACE', 'NO_FACE'],
        [6000, 'TOO_DARK', 'NO_FACE'],
        [100, 'TOO_DARK', 'NO_FACE'],
        [6299, 'TOO_DARK', 'NO_FACE'],
        [6300, 'TOO_DARK', 'TOO_DARK'],
      ],
    },
  ];

  it.each(scenarios)('$name', ({ steps }) => {
    const stabilizer = createGuidanceStabilizer();
    const shown = steps.map(([nowMs, reason]) => stabilizer.update(reason, nowMs));
    expect(shown).toEqual(steps.map(([, , expected]) => expected));
  });
});

describe('createGuidanceStabilizer options', () => {
  it('follows custom durations', () => {
    const stabilizer = createGuidanceStabilizer({ minDisplayMs: 500, settleMs: 100 });
    expect(stabilizer.update('NO_FACE', 0)).toBe('NO_FACE');
    expect(stabilizer.update('BLURRY', 450)).toBe('NO_FACE');
    expect(stabilizer.update('BLURRY', 549)).toBe('NO_FACE');
    expect(stabilizer.update('BLURRY', 550)).toBe('BLURRY');
  });

  it('passes every reason straight through with zero durations', () => {
    const stabilizer = createGuidanceStabilizer({ minDisplayMs: 0, settleMs: 0 });
    const reasons: (FramingReason | null)[] = ['NO_FACE', null, 'BLURRY', 'TOO_DARK'];
    expect(reasons.map((reason, i) => stabilizer.update(reason, i))).toEqual(reasons);
  });

  it('starts afresh after reset', () => {
    const stabilizer = createGuidanceStabilizer();
    stabilizer.update('NO_FACE', 0);
    stabilizer.reset();
    expect(stabilizer.update('TOO_DARK', 10)).toBe('TOO_DARK');
  });

  it.each([
    { options: { minDisplayMs: -1 }, message: /minDisplayMs .* got -1/ },
    { options: { settleMs: Number.POSITIVE_INFINITY }, message: /settleMs .* got Infinity/ },
  ])('rejects $options', ({ options, message }) => {
    expect(() => createGuidanceStabilizer(options)).toThrow(RangeError);
    expect(() => createGuidanceStabilizer(options)).toThrow(message);
  });

  it('rejects a time that is not a finite number', () => {
    const stabilizer = createGuidanceStabilizer();
    expect(() => stabilizer.update('NO_FACE', Number.NaN)).toThrow(RangeError);
  });
});
