import { describe, expectTypeOf, it } from 'vitest';
import {
  assessLiveness,
  DEFAULT_VERDICT_OPTIONS,
  type LivenessResponse,
  type LivenessVerdict,
  type ReasonCode,
  type VerdictOptions,
} from '../index.js';

describe('verdict types', () => {
  it('assessLiveness(response, options?) returns a LivenessVerdict', () => {
    expectTypeOf(assessLiveness).parameter(0).toEqualTypeOf<LivenessResponse>();
    expectTypeOf(assessLiveness).parameter(1).toEqualTypeOf<VerdictOptions | undefined>();
    expectTypeOf(assessLiveness).returns.toEqualTypeOf<LivenessVerdict>();
  });

  it('the verdict is exactly outcome, reasons and probability', () => {
    expectTypeOf<LivenessVerdict>().toEqualTypeOf<{
      outcome: 'pass' | 'retry';
      reasons: ReasonCode[];
      livenessProbability: number;
    }>();
  });

  it('options are optional numbers, unknown ones rejected', () => {
    expectTypeOf<{ livenessThreshold: number; minFaceWidth: number }>().toExtend<VerdictOptions>();
    expectTypeOf<{ livenessTreshold: number }>().not.toExtend<VerdictOptions>();
    const response = {} as LivenessResponse;
    // @ts-expect-error: misspelt option
    assessLiveness(response, { livenessTreshold: 60 });
    // @ts-expect-error: exactOptionalPropertyTypes: omit the key rather than pass undefined
    assessLiveness(response, { minBrightness: undefined });
  });

  it('DEFAULT_VERDICT_OPTIONS has every option, read-only', () => {
    expectTypeOf(DEFAULT_VERDICT_OPTIONS).toEqualTypeOf<Readonly<Required<VerdictOptions>>>();
  });
});
