import { describe, expectTypeOf, it } from 'vitest';
import type {
  FaceBox,
  FramePixels,
  FramingAnalysis,
  FramingOptions,
  FramingReason,
  GuidanceStabilizer,
} from '../index.js';
import {
  analyzeFrame,
  createGuidanceStabilizer,
  DEFAULT_FRAMING,
  FRAMING_PRIORITY,
} from '../index.js';

describe('framing public API', () => {
  it('analyzeFrame takes pixels, face boxes and partial options', () => {
    expectTypeOf(analyzeFrame).parameters.toEqualTypeOf<
      [pixels: FramePixels, faces: readonly FaceBox[], options?: Partial<FramingOptions>]
    >();
    expectTypeOf(analyzeFrame).returns.toEqualTypeOf<FramingAnalysis>();
    const image = { data: new Uint8ClampedArray(4), width: 1, height: 1 };
    expectTypeOf(analyzeFrame(image, [], { minSharpness: 10 })).toEqualTypeOf<FramingAnalysis>();
    // @ts-expect-error: options are numbers
    analyzeFrame(image, [], { minSharpness: '10' });
    // @ts-expect-error: unknown option
    analyzeFrame(image, [], { minSharpnes: 10 });
  });

  it('returns every reason, the one to show and the metrics', () => {
    expectTypeOf<FramingAnalysis['reasons']>().toEqualTypeOf<FramingReason[]>();
    expectTypeOf<FramingAnalysis['reason']>().toEqualTypeOf<FramingReason | null>();
    expectTypeOf<FramingAnalysis['metrics']>().toEqualTypeOf<{
      faceCount: number;
      luminance: number;
      highlightClip: number;
      sharpness: number;
      face?: FaceBox;
    }>();
  });

  it('exposes read-only defaults and the display order', () => {
    expectTypeOf(DEFAULT_FRAMING).toEqualTypeOf<Readonly<FramingOptions>>();
    expectTypeOf(FRAMING_PRIORITY[0]).toExtend<FramingReason>();
    // @ts-expect-error: the display order is frozen
    FRAMING_PRIORITY.push('BLURRY');
  });

  it('stabilizes guidance with optional durations', () => {
    expectTypeOf(createGuidanceStabilizer).returns.toEqualTypeOf<GuidanceStabilizer>();
    expectTypeOf(createGuidanceStabilizer).toBeCallableWith();
    expectTypeOf(createGuidanceStabilizer).toBeCallableWith({ minDisplayMs: 1500 });
    expectTypeOf<GuidanceStabilizer['update']>().parameters.toEqualTypeOf<
      [reason: FramingReason | null, nowMs: number]
    >();
    expectTypeOf<GuidanceStabilizer['update']>().returns.toEqualTypeOf<FramingReason | null>();
  });
});
