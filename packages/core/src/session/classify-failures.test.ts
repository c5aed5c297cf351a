import { describe, expect, it } from 'vitest';
import { LivenessCheckError } from '../client/liveness-check-error.js';
import { LivenessResponseError } from '../contract/liveness-response-error.js';
import { cameraEnvironmentProblem, classifyCameraError } from './camera-error.js';
import { transportFailure } from './transport-failure.js';

function named(name: string): Error {
  const error = new Error(name);
  error.name = name;
  return error;
}

describe('classifyCameraError', () => {
  it.each([
    ['NotAllowedError', 'CAMERA_DENIED', false],
    ['PermissionDeniedError', 'CAMERA_DENIED', false],
    ['SecurityError', 'CAMERA_DENIED', false],
    ['NotFoundError', 'CAMERA_NOT_FOUND', false],
    ['DevicesNotFoundError', 'CAMERA_NOT_FOUND', false],
    ['NotReadableError', 'CAMERA_IN_USE', false],
    ['TrackStartError', 'CAMERA_IN_USE', false],
    ['AbortError', 'CAMERA_IN_USE', false],
    ['OverconstrainedError', 'CAMERA_NOT_FOUND', true],
    ['ConstraintNotSatisfiedError', 'CAMERA_NOT_FOUND', true],
    ['TypeError', 'CAMERA_UNSUPPORTED', false],
  ])('%s -> %s (overconstrained: %s)', (name, reason, overconstrained) => {
    expect(classifyCameraError(named(name))).toEqual({ reason, overconstrained });
  });

  it.each([['getUserMedia not supported'], [undefined], [null], [42]])(
    'treats %o (react-webcam strings, oddities) as CAMERA_UNSUPPORTED',
    (error) => {
      expect(classifyCameraError(error)).toEqual({
        reason: 'CAMERA_UNSUPPORTED',
        overconstrained: false,
      });
    },
  );
});

describe('cameraEnvironmentProblem', () => {
  const withCamera = { mediaDevices: { getUserMedia: () => Promise.reject() } } as never;
  it.each([
    [{ isSecureContext: false, navigator: withCamera }, 'INSECURE_CONTEXT'],
    [{ isSecureContext: true, navigator: {} as never }, 'CAMERA_UNSUPPORTED'],
    [{ isSecureContext: true }, 'CAMERA_UNSUPPORTED'],
    [{ isSecureContext: true, navigator: withCamera }, null],
    [{ navigator: withCamera }, null],
  ])('%o -> %s', (scope, problem) => {
    expect(cameraEnvironmentProblem(scope)).toBe(problem);
  });
});

describe('transportFailure', () => {
  const at = 1_000;
  it.each([
    [new LivenessCheckError('NETWORK_ERROR', 'x'), true, false, null],
    [new LivenessCheckError('TIMEOUT', 'x'), true, false, null],
    [
      new LivenessCheckError('SERVER_ERROR', 'x', { status: 502, code: 'UPSTREAM_ERROR' }),
      true,
      false,
      null,
    ],
    [
      new LivenessCheckError('SERVER_ERROR', 'x', { status: 500, code: 'MISCONFIGURED' }),
      false,
      false,
      null,
    ],
    [
      new LivenessCheckError('SERVER_ERROR', 'x', { status: 404, code: 'NOT_FOUND' }),
      false,
      false,
      null,
    ],
    [
      new LivenessCheckError('SERVER_ERROR', 'x', { status: 403, code: 'ORIGIN_NOT_ALLOWED' }),
      false,
      false,
      null,
    ],
    [
      new LivenessCheckError('IMAGE_REJECTED', 'x', { status: 422, code: 'IMAGE_REJECTED' }),
      true,
      true,
      null,
    ],
    [
      new LivenessCheckError('IMAGE_REJECTED', 'x', { status: 413, code: 'PAYLOAD_TOO_LARGE' }),
      false,
      true,
      null,
    ],
    [new LivenessCheckError('INVALID_RESPONSE', 'x'), false, false, null],
    [new LivenessCheckError('RATE_LIMITED', 'x', { retryAfterSeconds: 7 }), true, false, 8_000],
    [new LivenessCheckError('RATE_LIMITED', 'x'), true, false, 6_000],
    // Capture-session refusals: a new frame cannot help; no attempt of the person's is used.
    [
      new LivenessCheckError('TOKEN_MISSING', 'x', { status: 401, code: 'TOKEN_MISSING' }),
      false,
      false,
      null,
    ],
    [
      new LivenessCheckError('TOKEN_INVALID', 'x', { status: 401, code: 'TOKEN_INVALID' }),
      false,
      false,
      null,
    ],
    [
      new LivenessCheckError('TOKEN_EXPIRED', 'x', { status: 401, code: 'TOKEN_EXPIRED' }),
      false,
      false,
      null,
    ],
    [
      new LivenessCheckError('ATTEMPTS_EXHAUSTED', 'x', {
        status: 429,
        code: 'ATTEMPTS_EXHAUSTED',
        retryAfterSeconds: 600,
      }),
      false,
      false,
      null,
    ],
  ])(
    '%o: retryable %s, uses an attempt %s, retry at %s',
    (error, retryable, consumesAttempt, retryAtMs) => {
      expect(transportFailure(error, at)).toEqual({
        type: 'submitFailed',
        reason: error.reason,
        retryable,
        consumesAttempt,
        retryAtMs,
        atMs: at,
      });
    },
  );

  it('reads an invalid answer as INVALID_RESPONSE and anything else as NETWORK_ERROR', () => {
    expect(
      transportFailure(new LivenessResponseError([{ path: 'entity', message: 'missing' }]), at),
    ).toMatchObject({
      reason: 'INVALID_RESPONSE',
      retryable: false,
    });
    expect(transportFailure(new TypeError('Failed to fetch'), at)).toMatchObject({
      reason: 'NETWORK_ERROR',
      retryable: true,
    });
  });
});
