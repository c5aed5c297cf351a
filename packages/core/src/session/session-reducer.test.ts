import { describe, expect, it } from 'vitest';
import type { SessionAction } from './session-action.js';
import { at, base, resultOf } from '../test-utils/session-states.js';
import { createSessionState, sessionReducer } from './session-reducer.js';
import { attemptsLeft, canCapture, isCameraOn } from './session-selectors.js';
import type { SessionState } from './session-state.js';
import { SESSION_STATUSES } from './session-state.js';

const submitFailed = (
  patch: Partial<Extract<SessionAction, { type: 'submitFailed' }>>,
): SessionAction => ({
  type: 'submitFailed',
  reason: 'NETWORK_ERROR',
  retryable: true,
  consumesAttempt: false,
  retryAtMs: null,
  atMs: 0,
  ...patch,
});

interface Transition {
  name: string;
  from: SessionState;
  action: SessionAction;
  to: Partial<SessionState> & { status: SessionState['status'] };
}

const transitions: Transition[] = [
  {
    name: 'start opens the camera',
    from: at('idle'),
    action: { type: 'start' },
    to: { status: 'starting', cameraRequest: 1 },
  },
  {
    name: 'start after an error opens the camera again',
    from: at('error', { cameraRequest: 2, constraints: 'relaxed' }),
    action: { type: 'start' },
    to: { status: 'starting', cameraRequest: 3, constraints: 'ideal' },
  },
  {
    name: 'the camera is ready',
    from: at('starting'),
    action: { type: 'cameraReady' },
    to: { status: 'framing', analysed: false, reasons: [], reason: null, goodSinceMs: null },
  },
  {
    name: 'an overconstrained camera is asked once more, relaxed',
    from: at('starting'),
    action: { type: 'cameraFailed', reason: 'CAMERA_NOT_FOUND', overconstrained: true },
    to: { status: 'starting', constraints: 'relaxed', cameraRequest: 2 },
  },
  {
    name: 'a second overconstrained failure is an error',
    from: at('starting', { constraints: 'relaxed' }),
    action: { type: 'cameraFailed', reason: 'CAMERA_NOT_FOUND', overconstrained: true },
    to: { status: 'error', reason: 'CAMERA_NOT_FOUND' },
  },
  {
    name: 'a denied camera is an error',
    from: at('starting'),
    action: { type: 'cameraFailed', reason: 'CAMERA_DENIED' },
    to: { status: 'error', reason: 'CAMERA_DENIED' },
  },
  {
    name: 'a camera lost while framing is an error',
    from: at('framing'),
    action: { type: 'cameraFailed', reason: 'CAMERA_NOT_FOUND' },
    to: { status: 'error', reason: 'CAMERA_NOT_FOUND' },
  },
  {
    name: 'a camera lost while capturing is an error',
    from: at('capturing'),
    action: { type: 'cameraFailed', reason: 'CAMERA_IN_USE' },
    to: { status: 'error', reason: 'CAMERA_IN_USE' },
  },
  {
    name: 'a camera lost while submitting is an error',
    from: at('submitting'),
    action: { type: 'cameraFailed', reason: 'CAMERA_IN_USE' },
    to: { status: 'error', reason: 'CAMERA_IN_USE' },
  },
  {
    name: 'a camera lost while waiting to retry is an error',
    from: at('retry'),
    action: { type: 'cameraFailed', reason: 'CAMERA_NOT_FOUND' },
    to: { status: 'error', reason: 'CAMERA_NOT_FOUND' },
  },
  {
    name: 'the detector settles in any state',
    from: at('framing', { detector: 'loading' }),
    action: { type: 'detectorSettled', detector: 'unavailable' },
    to: { status: 'framing', detector: 'unavailable' },
  },
  {
    name: 'a frame with a problem shows it and resets the good streak',
    from: at('framing', { goodSinceMs: 10 }),
    action: {
      type: 'frameAnalyzed',
      reasons: ['TOO_DARK', 'BLURRY'],
      reason: 'TOO_DARK',
      atMs: 500,
    },
    to: {
      status: 'framing',
      reasons: ['TOO_DARK', 'BLURRY'],
      reason: 'TOO_DARK',
      goodSinceMs: null,
      analysed: true,
    },
  },
  {
    name: 'a first good frame starts the good streak',
    from: at('framing', { analysed: false, goodSinceMs: null }),
    action: { type: 'frameAnalyzed', reasons: [], reason: null, atMs: 200 },
    to: { status: 'framing', goodSinceMs: 200, analysed: true },
  },
  {
    name: 'good frames for the delay capture automatically',
    from: at('framing', { goodSinceMs: 200 }),
    action: { type: 'frameAnalyzed', reasons: [], reason: null, atMs: 1200 },
    to: { status: 'capturing' },
  },
  {
    name: 'the shown reason may lag: capture follows the frame, not the display',
    from: at('framing', { goodSinceMs: 0 }),
    action: { type: 'frameAnalyzed', reasons: [], reason: 'BLURRY', atMs: 1000 },
    to: { status: 'capturing' },
  },
  {
    name: 'capture while framing is good',
    from: at('framing'),
    action: { type: 'capture' },
    to: { status: 'capturing' },
  },
  {
    name: 'a failed capture goes back to framing with the last check’s reasons',
    from: at('capturing'),
    action: { type: 'captureFailed', reasons: ['MULTIPLE_FACES'] },
    to: {
      status: 'framing',
      reasons: ['MULTIPLE_FACES'],
      reason: 'MULTIPLE_FACES',
      analysed: true,
      goodSinceMs: null,
    },
  },
  {
    name: 'a capture that could not read the frame goes back to framing',
    from: at('capturing'),
    action: { type: 'captureFailed', reasons: [] },
    to: { status: 'framing', reasons: [], analysed: false },
  },
  {
    name: 'the encoded frame is sent',
    from: at('capturing'),
    action: { type: 'submitted', bytes: 4321 },
    to: { status: 'submitting', bytesSent: 4321 },
  },
  {
    name: 'a pass',
    from: at('submitting'),
    action: { type: 'judged', result: resultOf({ outcome: 'pass' }) },
    to: { status: 'passed', attempt: 1 },
  },
  {
    name: 'a failed liveness with attempts left',
    from: at('submitting'),
    action: { type: 'judged', result: resultOf({ reasons: ['EYES_CLOSED', 'LIVENESS_FAILED'] }) },
    to: {
      status: 'retry',
      attempt: 1,
      reasons: ['EYES_CLOSED', 'LIVENESS_FAILED'],
      retryAtMs: null,
      waitSeconds: 0,
    },
  },
  {
    name: 'a failed liveness on the last attempt',
    from: at('submitting', { attempt: 2 }),
    action: { type: 'judged', result: resultOf({ reasons: ['LIVENESS_FAILED'] }) },
    to: { status: 'failed', attempt: 3, reasons: ['LIVENESS_FAILED'] },
  },
  {
    name: 'a pass on the last attempt still passes',
    from: at('submitting', { attempt: 2 }),
    action: { type: 'judged', result: resultOf({ outcome: 'pass' }) },
    to: { status: 'passed', attempt: 3 },
  },
  {
    name: 'a network error can be retried and uses no attempt',
    from: at('submitting'),
    action: submitFailed({}),
    to: {
      status: 'retry',
      attempt: 0,
      reasons: ['NETWORK_ERROR'],
      result: null,
      retryAtMs: null,
      waitSeconds: 0,
    },
  },
  {
    name: 'rate limited: retry after the wait',
    from: at('submitting'),
    action: submitFailed({ reason: 'RATE_LIMITED', retryAtMs: 30_500, atMs: 500 }),
    to: {
      status: 'retry',
      attempt: 0,
      reasons: ['RATE_LIMITED'],
      retryAtMs: 30_500,
      waitSeconds: 30,
    },
  },
  {
    name: 'a rejected image uses an attempt',
    from: at('submitting'),
    action: submitFailed({ reason: 'IMAGE_REJECTED', consumesAttempt: true }),
    to: { status: 'retry', attempt: 1, reasons: ['IMAGE_REJECTED'] },
  },
  {
    name: 'a rejected image on the last attempt fails',
    from: at('submitting', { attempt: 2 }),
    action: submitFailed({ reason: 'IMAGE_REJECTED', consumesAttempt: true }),
    to: { status: 'failed', attempt: 3, reasons: ['IMAGE_REJECTED'], result: null },
  },
  {
    name: 'a non-retryable transport error is an error',
    from: at('submitting'),
    action: submitFailed({ reason: 'INVALID_RESPONSE', retryable: false }),
    to: { status: 'error', reason: 'INVALID_RESPONSE' },
  },
  {
    name: 'the countdown ticks',
    from: at('retry', { retryAtMs: 10_000, waitSeconds: 10 }),
    action: { type: 'tick', atMs: 2_500 },
    to: { status: 'retry', retryAtMs: 10_000, waitSeconds: 8 },
  },
  {
    name: 'the countdown ends',
    from: at('retry', { retryAtMs: 10_000, waitSeconds: 1 }),
    action: { type: 'tick', atMs: 10_000 },
    to: { status: 'retry', retryAtMs: null, waitSeconds: 0 },
  },
  {
    name: 'retry takes a new frame',
    from: at('retry'),
    action: { type: 'retry', atMs: 0 },
    to: { status: 'framing', analysed: false, reasons: [], goodSinceMs: null, attempt: 1 },
  },
  {
    name: 'retry once the rate-limit wait is over',
    from: at('retry', { retryAtMs: 5_000, waitSeconds: 1 }),
    action: { type: 'retry', atMs: 5_000 },
    to: { status: 'framing' },
  },
  {
    name: 'retry after an error opens the camera again',
    from: at('error', { cameraRequest: 4 }),
    action: { type: 'retry', atMs: 0 },
    to: { status: 'starting', cameraRequest: 5 },
  },
  {
    name: 'the cameras are listed',
    from: at('framing'),
    action: { type: 'camerasListed', cameras: [{ deviceId: 'a', label: 'Front' }] },
    to: { status: 'framing', cameras: [{ deviceId: 'a', label: 'Front' }] },
  },
  {
    name: 'another camera while framing reopens the camera',
    from: at('framing'),
    action: { type: 'selectCamera', deviceId: 'b' },
    to: { status: 'starting', deviceId: 'b', cameraRequest: 2 },
  },
  {
    name: 'another camera while starting reopens the camera',
    from: at('starting'),
    action: { type: 'selectCamera', deviceId: 'b' },
    to: { status: 'starting', deviceId: 'b', cameraRequest: 2 },
  },
  {
    name: 'another camera while waiting to retry reopens the camera',
    from: at('retry'),
    action: { type: 'selectCamera', deviceId: 'b' },
    to: { status: 'starting', deviceId: 'b', cameraRequest: 2, attempt: 1 },
  },
  {
    name: 'a camera chosen while idle is used at start',
    from: at('idle'),
    action: { type: 'selectCamera', deviceId: 'b' },
    to: { status: 'idle', deviceId: 'b', cameraRequest: 0 },
  },
  {
    name: 'a camera chosen after an error is used on retry',
    from: at('error'),
    action: { type: 'selectCamera', deviceId: 'b' },
    to: { status: 'error', deviceId: 'b' },
  },
  {
    name: 'settings change',
    from: at('framing'),
    action: { type: 'configure', config: { captureMode: 'manual', maxAttempts: 5 } },
    to: {
      status: 'framing',
      config: { captureMode: 'manual', maxAttempts: 5, autoCaptureDelayMs: 1000 },
    },
  },
  ...(
    [
      'starting',
      'framing',
      'capturing',
      'submitting',
      'passed',
      'retry',
      'failed',
      'error',
    ] as const
  ).map((status): Transition => ({
    name: `reset from ${status}`,
    from: at(status, { attempt: 2, constraints: 'relaxed' }),
    action: { type: 'reset' },
    to: { status: 'idle', attempt: 0, constraints: 'ideal' },
  })),
];

// Frames that change nothing return the very same state (no re-render), and never capture.
const unchanged: Transition[] = [
  {
    name: 'good frames for less than the delay keep framing',
    from: at('framing', { goodSinceMs: 200 }),
    action: { type: 'frameAnalyzed', reasons: [], reason: null, atMs: 1199 },
    to: { status: 'framing', goodSinceMs: 200 },
  },
  {
    name: 'manual mode never captures by itself',
    from: at('framing', { goodSinceMs: 0, config: { ...base.config, captureMode: 'manual' } }),
    action: { type: 'frameAnalyzed', reasons: [], reason: null, atMs: 5000 },
    to: { status: 'framing', goodSinceMs: 0 },
  },
  {
    name: 'without a ready detector auto mode waits for a manual capture',
    from: at('framing', { goodSinceMs: 0, detector: 'unavailable' }),
    action: { type: 'frameAnalyzed', reasons: [], reason: null, atMs: 5000 },
    to: { status: 'framing' },
  },
];

describe('sessionReducer on frames that change nothing', () => {
  it.each(unchanged)('$name', ({ from, action, to }) => {
    const next = sessionReducer(from, action);
    expect(next).toBe(from);
    expect(next).toMatchObject(to);
  });
});

describe('sessionReducer transitions', () => {
  it.each(transitions)('$name', ({ from, action, to }) => {
    const next = sessionReducer(from, action);
    expect(next).not.toBe(from);
    expect(next).toMatchObject(to);
    expect(Object.keys(next).sort()).toEqual(Object.keys({ ...keysOf(to.status), ...to }).sort());
  });

  it('keeps the result of the judged attempt', () => {
    const result = resultOf({ reasons: ['BLURRY', 'LIVENESS_FAILED'] });
    const next = sessionReducer(at('submitting'), { type: 'judged', result });
    expect(next).toMatchObject({ status: 'retry', result });
  });
});

/** Actions that do not apply leave the very same state object. */
const ignored: [SessionState, SessionAction][] = [
  ...SESSION_STATUSES.filter((s) => s !== 'idle' && s !== 'error').map(
    (s): [SessionState, SessionAction] => [at(s), { type: 'start' }],
  ),
  ...SESSION_STATUSES.filter((s) => s !== 'starting').map((s): [SessionState, SessionAction] => [
    at(s),
    { type: 'cameraReady' },
  ]),
  ...(['idle', 'passed', 'failed', 'error'] as const).map((s): [SessionState, SessionAction] => [
    at(s),
    { type: 'cameraFailed', reason: 'CAMERA_DENIED' },
  ]),
  ...SESSION_STATUSES.filter((s) => s !== 'framing').map((s): [SessionState, SessionAction] => [
    at(s),
    { type: 'frameAnalyzed', reasons: [], reason: null, atMs: 99_999 },
  ]),
  ...SESSION_STATUSES.filter((s) => s !== 'framing').map((s): [SessionState, SessionAction] => [
    at(s),
    { type: 'capture' },
  ]),
  [at('framing', { reasons: ['BLURRY'], reason: 'BLURRY' }), { type: 'capture' }],
  [at('framing', { analysed: false }), { type: 'capture' }],
  ...SESSION_STATUSES.filter((s) => s !== 'capturing').flatMap(
    (s): [SessionState, SessionAction][] => [
      [at(s), { type: 'captureFailed', reasons: [] }],
      [at(s), { type: 'submitted', bytes: 1 }],
    ],
  ),
  ...SESSION_STATUSES.filter((s) => s !== 'submitting').flatMap(
    (s): [SessionState, SessionAction][] => [
      [at(s), { type: 'judged', result: resultOf({ outcome: 'pass' }) }],
      [at(s), submitFailed({})],
    ],
  ),
  ...SESSION_STATUSES.map((s): [SessionState, SessionAction] => [at(s), { type: 'tick', atMs: 1 }]),
  [at('retry', { retryAtMs: 10_000, waitSeconds: 8 }), { type: 'tick', atMs: 2_500 }],
  ...SESSION_STATUSES.filter((s) => s !== 'retry' && s !== 'error').map(
    (s): [SessionState, SessionAction] => [at(s), { type: 'retry', atMs: 0 }],
  ),
  [at('retry', { retryAtMs: 5_000, waitSeconds: 1 }), { type: 'retry', atMs: 4_999 }],
  ...(['capturing', 'submitting', 'passed', 'failed'] as const).map(
    (s): [SessionState, SessionAction] => [at(s), { type: 'selectCamera', deviceId: 'b' }],
  ),
  [at('framing'), { type: 'selectCamera', deviceId: null }],
  [at('framing', { detector: 'ready' }), { type: 'detectorSettled', detector: 'ready' }],
  [at('framing'), { type: 'camerasListed', cameras: [] }],
  [at('framing'), { type: 'configure', config: { maxAttempts: 3 } }],
];

describe('sessionReducer ignores actions that do not apply', () => {
  it.each(ignored)('%o + %o', (from, action) => {
    expect(sessionReducer(from, action)).toBe(from);
  });
});

describe('createSessionState', () => {
  it('starts idle with the defaults', () => {
    expect(createSessionState()).toEqual({
      status: 'idle',
      config: { maxAttempts: 3, captureMode: 'auto', autoCaptureDelayMs: 1000 },
      attempt: 0,
      detector: 'loading',
      detectorProgress: null,
      deviceId: null,
      cameras: [],
      constraints: 'ideal',
      cameraRequest: 0,
    });
  });

  it.each([
    [{ maxAttempts: 0 }, /maxAttempts/],
    [{ maxAttempts: 1.5 }, /maxAttempts/],
    [{ captureMode: 'sometimes' as never }, /captureMode/],
    [{ autoCaptureDelayMs: -1 }, /autoCaptureDelayMs/],
    [{ autoCaptureDelayMs: Number.NaN }, /autoCaptureDelayMs/],
  ])('rejects %o', (config, message) => {
    expect(() => createSessionState({ config })).toThrow(message);
    expect(() => sessionReducer(at('idle'), { type: 'configure', config })).toThrow(RangeError);
  });
});

describe('selectors', () => {
  it.each(SESSION_STATUSES)('isCameraOn(%s)', (status) => {
    expect(isCameraOn(at(status))).toBe(
      ['starting', 'framing', 'capturing', 'submitting', 'retry'].includes(status),
    );
  });

  it('canCapture only while framing is analysed and the shown guidance is good', () => {
    expect(canCapture(at('framing'))).toBe(true);
    expect(canCapture(at('framing', { reasons: ['NO_FACE'], reason: 'NO_FACE' }))).toBe(false);
    // One bad frame that the steadied guidance has not shown yet does not flicker the button;
    // the capture re-checks the frame before anything is sent.
    expect(canCapture(at('framing', { reasons: ['NO_FACE'], reason: null }))).toBe(true);
    // A problem still on screen keeps it off even when the latest frame is fine.
    expect(canCapture(at('framing', { reasons: [], reason: 'TOO_DARK' }))).toBe(false);
    expect(canCapture(at('framing', { analysed: false }))).toBe(false);
    expect(canCapture(at('retry'))).toBe(false);
  });

  it('attemptsLeft never goes below zero', () => {
    expect(attemptsLeft(at('retry', { attempt: 1 }))).toBe(2);
    expect(attemptsLeft(at('failed', { attempt: 4 }))).toBe(0);
  });
});

function keysOf(status: SessionState['status']): SessionState {
  return at(status);
}
