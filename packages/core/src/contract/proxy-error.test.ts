import { describe, expect, it } from 'vitest';
import { PROXY_ERROR_CODES, isProxyErrorCode, parseProxyError } from './proxy-error.js';

describe('parseProxyError', () => {
  it.each(PROXY_ERROR_CODES)('reads a %s body', (code) => {
    expect(parseProxyError({ error: { code, message: 'details' } })).toEqual({
      code,
      message: 'details',
    });
  });

  it.each([
    ['null', null],
    ['a string', 'Bad Gateway'],
    ['no error', { message: 'x' }],
    ['error a string', { error: 'RATE_LIMITED' }],
    ['an unknown code', { error: { code: 'TEAPOT', message: 'x' } }],
    ['a lower-case code', { error: { code: 'rate_limited', message: 'x' } }],
    ['no message', { error: { code: 'TIMEOUT' } }],
    ['error an array', { error: [] }],
  ])('returns undefined for %s', (_name, body) => {
    expect(parseProxyError(body)).toBeUndefined();
  });

  it('drops extra fields', () => {
    expect(parseProxyError({ error: { code: 'TIMEOUT', message: 'slow', stack: 'x' } })).toEqual({
      code: 'TIMEOUT',
      message: 'slow',
    });
  });

  it('has no duplicate codes and isProxyErrorCode agrees with the list', () => {
    expect(new Set(PROXY_ERROR_CODES).size).toBe(PROXY_ERROR_CODES.length);
    expect(isProxyErrorCode('IMAGE_REJECTED')).toBe(true);
    expect(isProxyErrorCode('NETWORK_ERROR')).toBe(false);
  });
});
