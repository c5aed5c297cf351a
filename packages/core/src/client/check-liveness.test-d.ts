import { describe, expectTypeOf, it } from 'vitest';
import {
  checkLiveness,
  isAbortError,
  type CheckLivenessOptions,
  type LivenessCheckError,
  type LivenessResponse,
  type TransportReason,
} from '../index.js';

describe('client types', () => {
  it('checkLiveness(image, options) resolves to a LivenessResponse', () => {
    expectTypeOf(checkLiveness).parameters.toEqualTypeOf<[string, CheckLivenessOptions]>();
    expectTypeOf(checkLiveness).returns.resolves.toEqualTypeOf<LivenessResponse>();
  });

  it('options: proxyUrl required, the rest optional, unknown keys rejected', () => {
    expectTypeOf<{ proxyUrl: string }>().toExtend<CheckLivenessOptions>();
    expectTypeOf<{ timeoutMs: number }>().not.toExtend<CheckLivenessOptions>();
    expectTypeOf<CheckLivenessOptions['signal']>().toEqualTypeOf<AbortSignal | undefined>();
    expectTypeOf<CheckLivenessOptions['fetch']>().toEqualTypeOf<typeof fetch | undefined>();
    // @ts-expect-error: unknown option
    void checkLiveness('x', { proxyUrl: '/api/liveness', timeout: 5000 });
    // @ts-expect-error: proxyUrl is required
    void checkLiveness('x', {});
    // @ts-expect-error: header values are strings
    void checkLiveness('x', { proxyUrl: '/p', headers: { 'X-Retry': 1 } });
  });

  it('LivenessCheckError carries a transport reason and optional details', () => {
    expectTypeOf<LivenessCheckError>().toExtend<Error>();
    expectTypeOf<LivenessCheckError['reason']>().toEqualTypeOf<TransportReason>();
    expectTypeOf<LivenessCheckError['status']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<LivenessCheckError['retryAfterSeconds']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<LivenessCheckError['code']>().toEqualTypeOf<string | undefined>();
  });

  it('isAbortError takes anything', () => {
    expectTypeOf(isAbortError).parameter(0).toBeUnknown();
    expectTypeOf(isAbortError).returns.toBeBoolean();
  });
});
