import { describe, expect, it } from 'vitest';
import { REASON_CODES, isReasonCode } from './reasons.js';

describe('REASON_CODES', () => {
  it('is exactly the documented vocabulary, without duplicates', () => {
    expect([...REASON_CODES].sort()).toEqual(
      [
        'NO_FACE',
        'MULTIPLE_FACES',
        'FACE_TOO_SMALL',
        'FACE_TOO_LARGE',
        'FACE_OFF_CENTER',
        'TOO_DARK',
        'TOO_BRIGHT',
        'BLURRY',
        'EYES_CLOSED',
        'SUNGLASSES',
        'LIVENESS_FAILED',
        'CAMERA_DENIED',
        'CAMERA_NOT_FOUND',
        'CAMERA_IN_USE',
        'CAMERA_UNSUPPORTED',
        'INSECURE_CONTEXT',
        'NETWORK_ERROR',
        'TIMEOUT',
        'RATE_LIMITED',
        'SERVER_ERROR',
        'INVALID_RESPONSE',
        'IMAGE_REJECTED',
        'TOKEN_MISSING',
        'TOKEN_INVALID',
        'TOKEN_EXPIRED',
        'ATTEMPTS_EXHAUSTED',
      ].sort(),
    );
    expect(new Set(REASON_CODES).size).toBe(REASON_CODES.length);
  });

  it.each([
    ['TOO_DARK', true],
    ['too_dark', false],
    ['', false],
    [42, false],
    [undefined, false],
  ])('isReasonCode(%j) is %s', (value, expected) => {
    expect(isReasonCode(value)).toBe(expected);
  });
});
