import { describe, expectTypeOf, it } from 'vitest';
import type {
  CameraReason,
  LivenessCaptureResult,
  LivenessSessionOptions,
  ReasonCode,
  SessionAction,
  SessionState,
  SessionStatus,
  TransportReason,
} from '../index.js';
import { LivenessSession, sessionReducer } from '../index.js';

describe('session types', () => {
  it('narrows the state by status', () => {
    const state = {} as SessionState;
    if (state.status === 'retry') {
      expectTypeOf(state.reasons).toEqualTypeOf<readonly ReasonCode[]>();
      expectTypeOf(state.waitSeconds).toEqualTypeOf<number>();
      expectTypeOf(state.result).toEqualTypeOf<LivenessCaptureResult | null>();
    }
    if (state.status === 'error') {
      expectTypeOf(state.reason).toEqualTypeOf<CameraReason | TransportReason>();
    }
    if (state.status === 'passed') {
      expectTypeOf(state.result).toEqualTypeOf<LivenessCaptureResult>();
    }
    expectTypeOf(state.status).toEqualTypeOf<SessionStatus>();
  });

  it('is a reducer over a discriminated union of actions', () => {
    expectTypeOf(sessionReducer).toEqualTypeOf<
      (state: SessionState, action: SessionAction) => SessionState
    >();
    // @ts-expect-error unknown action
    sessionReducer({} as SessionState, { type: 'explode' });
    // @ts-expect-error frameAnalyzed needs its reasons and time
    sessionReducer({} as SessionState, { type: 'frameAnalyzed' });
  });

  it('requires submit and exposes a store', () => {
    // @ts-expect-error submit is required
    new LivenessSession({});
    expectTypeOf<LivenessSessionOptions['captureMode']>().toEqualTypeOf<
      'auto' | 'manual' | undefined
    >();
    expectTypeOf<LivenessSession['getSnapshot']>().toEqualTypeOf<() => SessionState>();
    expectTypeOf<LivenessSession['subscribe']>().toEqualTypeOf<
      (listener: () => void) => () => void
    >();
  });
});
