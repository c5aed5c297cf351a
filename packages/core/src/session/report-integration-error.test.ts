import { afterEach, describe, expect, it, vi } from 'vitest';
import { LivenessCheckError } from '../client/liveness-check-error.js';
import { reportIntegrationError } from './report-integration-error.js';

const refusal = (code: string, message: string) =>
  new LivenessCheckError('SERVER_ERROR', `The proxy answered HTTP 403 (${code}: ${message})`, {
    status: 403,
    code,
  });

describe('reportIntegrationError', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(['ORIGIN_NOT_ALLOWED', 'MISCONFIGURED', 'NOT_FOUND', 'METHOD_NOT_ALLOWED'])(
    'writes the proxy message of %s to console.error',
    (code) => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      expect(reportIntegrationError(refusal(code, 'expected https://app.example.com'))).toBe(true);
      expect(error).toHaveBeenCalledOnce();
      expect(String(error.mock.calls[0]?.[0])).toContain(
        `${code}: expected https://app.example.com`,
      );
    },
  );

  it.each(['RATE_LIMITED', 'TOKEN_EXPIRED', 'IMAGE_REJECTED', undefined])(
    'stays quiet for %s, which the person can act on',
    (code) => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const failure =
        code === undefined
          ? new TypeError('Failed to fetch')
          : refusal(code, 'the person can act on this');
      expect(reportIntegrationError(failure)).toBe(false);
      expect(error).not.toHaveBeenCalled();
    },
  );
});
