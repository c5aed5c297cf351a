import './test-utils/setup.js';
import { MESSAGES } from '@liveframe/core';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, livenessBody, proxyError } from './test-utils/fake-proxy.js';
import {
  advance,
  renderCapture,
  rootState,
  startCamera,
  status,
} from './test-utils/render-capture.js';

const en = MESSAGES.en;
const authorization = (fetch: ReturnType<typeof fakeFetch>, call: number) =>
  new Headers(fetch.mock.calls[call]?.[1]?.headers).get('authorization');

describe('capture tokens', () => {
  it('sends the token prop as Authorization: Bearer', async () => {
    const view = renderCapture({ token: 'token-from-props' });
    await startCamera();
    await advance(1500);
    expect(rootState()).toBe('passed');
    expect(authorization(view.fetch, 0)).toBe('Bearer token-from-props');
  });

  it('calls getToken when the camera starts, not at render, and reuses its token', async () => {
    const getToken = vi.fn(async () => 'token-1');
    const view = renderCapture({ getToken });
    expect(getToken).not.toHaveBeenCalled();
    await startCamera();
    expect(getToken).toHaveBeenCalledTimes(1);
    await advance(1500);
    expect(rootState()).toBe('passed');
    expect(getToken).toHaveBeenCalledTimes(1);
    expect(authorization(view.fetch, 0)).toBe('Bearer token-1');
  });

  it('calls getToken again once when the proxy says TOKEN_EXPIRED, and retries with the new one', async () => {
    let issued = 0;
    const getToken = vi.fn(async () => `token-${(issued += 1)}`);
    const fetch = fakeFetch(
      () => proxyError(401, 'TOKEN_EXPIRED'),
      () => json(livenessBody(99)),
    );
    renderCapture({ getToken }, { fetch });
    await startCamera();
    await advance(1500);
    expect(rootState()).toBe('passed');
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(authorization(fetch, 0)).toBe('Bearer token-1');
    expect(authorization(fetch, 1)).toBe('Bearer token-2');
  });

  it.each([
    ['TOKEN_MISSING', 401],
    ['TOKEN_INVALID', 401],
    ['TOKEN_EXPIRED', 401],
    ['ATTEMPTS_EXHAUSTED', 429],
  ] as const)('shows %s in plain words and stops: a new photo cannot help', async (code, http) => {
    const fetch = fakeFetch(() => proxyError(http, code, { 'Retry-After': '600' }));
    const view = renderCapture({ token: 'fixed' }, { fetch });
    await startCamera();
    await advance(1500);
    expect(rootState()).toBe('error');
    expect(status()).toHaveAttribute('data-reason', code);
    expect(status()).toHaveTextContent(en[code]);
    expect(view.onError).toHaveBeenCalledWith(expect.objectContaining({ reason: code }));
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
