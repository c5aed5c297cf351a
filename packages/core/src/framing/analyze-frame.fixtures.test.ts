// analyzeFrame on the shared fixture images and on variants made from them at test time, with
// the face boxes of ./__fixtures__/faces.ts moved like the pixels: both the by-eye ground truth
// and the boxes the shipped detector returned, which must give the same reasons.
import { describe, expect, it } from 'vitest';
import type { FramingReason } from '../reasons.js';
import { analyzeFrame } from './analyze-frame.js';
import type { FaceLabels, FixtureName } from './__fixtures__/faces.js';
import { FIXTURE_SIZES } from './__fixtures__/faces.js';
import { FIXTURE_DIR } from './__fixtures__/load-fixture.js';
import type { FaceFixture, FixtureFrame } from './__fixtures__/variants.js';
import {
  blurredVariant,
  brightVariant,
  darkVariant,
  farVariant,
  goodFrame,
  nativeFrame,
  offCenterVariant,
  twoFacesVariant,
} from './__fixtures__/variants.js';

describe('the fixture images', () => {
  it.each(Object.entries(FIXTURE_SIZES))('%s is found and decoded', (name, size) => {
    const { image } = nativeFrame(name as FixtureName);
    expect(image, `expected the fixtures in ${FIXTURE_DIR}`).toMatchObject(size);
  });

  it.each([
    // At its own framing the astronaut's face is 18.75% of the width: too small, correctly.
    { name: 'astronaut.png', reasons: ['FACE_TOO_SMALL'] },
    // The portrait is head and shoulders: the face centre is 27.6% of the height above centre.
    { name: 'portrait.jpg', reasons: ['FACE_OFF_CENTER'] },
    // A cat: no human face in the ground truth.
    { name: 'chelsea.png', reasons: ['NO_FACE'] },
  ] as const)('$name as it is -> $reasons', ({ name, reasons }) => {
    for (const labels of ['by eye', 'detector'] as const) {
      const { image, faces } = nativeFrame(name, labels);
      expect(analyzeFrame(image, faces).reasons, `${labels} boxes`).toEqual(reasons);
    }
  });
});

const FRAMES = (['astronaut.png', 'portrait.jpg'] as const).flatMap((name) =>
  (['by eye', 'detector'] as const).map((labels) => [name, labels] as const),
);

describe.each(FRAMES)('variants of %s, %s boxes', (name: FaceFixture, labels: FaceLabels) => {
  const good = goodFrame(name, undefined, labels);
  const cases: { variant: string; frame: FixtureFrame; reason: FramingReason | null }[] = [
    { variant: 'good framing (4:3 crop around the face, 320 px)', frame: good, reason: null },
    { variant: 'dark (a fifth of the light)', frame: darkVariant(good), reason: 'TOO_DARK' },
    {
      variant: 'bright (2.2 times the light, clipped)',
      frame: brightVariant(good),
      reason: 'TOO_BRIGHT',
    },
    { variant: 'blurred (sigma 2.5 px)', frame: blurredVariant(good, 2.5), reason: 'BLURRY' },
    { variant: 'slightly soft (sigma 0.75 px)', frame: blurredVariant(good, 0.75), reason: null },
    {
      variant: 'far (shrunk to half in the frame)',
      frame: farVariant(good),
      reason: 'FACE_TOO_SMALL',
    },
    {
      variant: 'off-centre (moved 30% of the width)',
      frame: offCenterVariant(good),
      reason: 'FACE_OFF_CENTER',
    },
    { variant: 'two faces side by side', frame: twoFacesVariant(good), reason: 'MULTIPLE_FACES' },
    {
      variant: 'two faces, the second scoring 0.3',
      frame: twoFacesVariant(good, 0.3),
      // The counted face is now at a quarter of a frame twice as wide.
      reason: 'FACE_TOO_SMALL',
    },
  ];

  it.each(cases)('$variant -> $reason', ({ frame, reason }) => {
    const analysis = analyzeFrame(frame.image, frame.faces);
    expect(analysis.reason).toBe(reason);
    if (reason === null) expect(analysis.reasons).toEqual([]);
  });

  it('finds only the expected problem in each single-problem variant', () => {
    const only = (frame: FixtureFrame) => analyzeFrame(frame.image, frame.faces).reasons;
    expect(only(darkVariant(good))).toEqual(['TOO_DARK']);
    expect(only(brightVariant(good))).toEqual(['TOO_BRIGHT']);
    expect(only(blurredVariant(good, 2.5))).toEqual(['BLURRY']);
    expect(only(farVariant(good))).toEqual(['FACE_TOO_SMALL']);
    expect(only(offCenterVariant(good))).toEqual(['FACE_OFF_CENTER']);
  });
});
