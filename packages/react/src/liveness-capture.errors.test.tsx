import './test-utils/setup.js';
import { MESSAGES, type ReasonCode } from '@liveframe/core';
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { removeCamera } from './test-utils/fake-camera.js';
import {
  fakeFetch,
  hangingFetch,
  json,
  livenessBody,
  proxyError,
} from './test-utils/fake-proxy.js';
import {
  advance,
  renderCapture,
  rootState,
  startCamera,
  status,
} from './test-utils/render-capture.js';

const en = MESSAGES.en;

function expectReason(reason: ReasonCode) {
  expect(status()).toHaveAttribute('data-reason', reason);
  expect(status()).toHaveTextContent(en[reason]);
}

describe('camera errors', () => {
  it.each([
    ['NotAllowedError', 'CAMERA_DENIED'],
    ['SecurityError', 'CAMERA_DENIED'],
    ['NotFoundError', 'CAMERA_NOT_FOUND'],
    ['NotReadableError', 'CAMERA_IN_USE'],
  ] as const)('%s shows %s, and Try again asks for the camera again', async (name, reason) => {
    const view = renderCapture({}, { camera: [[name, 'ok']] });
    await startCamera();
    expect(rootState()).toBe('error');
    expectReason(reason);
    expect(view.onError).toHaveBeenCalledWith(expect.objectContaining({ reason }));
    fireEvent.click(screen.getByRole('button', { name: en.retry }));
    await advance(0);
    expect(view.camera.getUserMedia).toHaveBeenCalledTimes(2);
    expect(rootState()).toBe('framing');
  });

  it('retries an OverconstrainedError once with relaxed constraints', async () => {
    const view = renderCapture({}, { camera: [['OverconstrainedError', 'ok']] });
    await startCamera();
    expect(rootState()).toBe('framing');
    expect(view.camera.getUserMedia).toHaveBeenCalledTimes(2);
    expect(view.camera.getUserMedia).toHaveBeenLastCalledWith({ video: {} });
    expect(view.onError).not.toHaveBeenCalled();
  });

  it('gives up after a second OverconstrainedError with CAMERA_NOT_FOUND', async () => {
    const view = renderCapture({}, { camera: [['OverconstrainedError']] });
    await startCamera();
    expect(view.camera.getUserMedia).toHaveBeenCalledTimes(2);
    expect(rootState()).toBe('error');
    expectReason('CAMERA_NOT_FOUND');
  });

  it('shows CAMERA_UNSUPPORTED without navigator.mediaDevices', async () => {
    renderCapture();
    removeCamera();
    await startCamera();
    expect(rootState()).toBe('error');
    expectReason('CAMERA_UNSUPPORTED');
    expect(screen.getByRole('button', { name: en.retry })).toBeEnabled();
  });

  it('shows INSECURE_CONTEXT outside a secure context, without asking for the camera', async () => {
    const view = renderCapture();
    vi.stubGlobal('isSecureContext', false);
    await startCamera();
    expect(rootState()).toBe('error');
    expectReason('INSECURE_CONTEXT');
    expect(view.camera.getUserMedia).not.toHaveBeenCalled();
  });

  it('shows CAMERA_NOT_FOUND when the camera goes away mid-session, and releases it', async () => {
    const view = renderCapture({ captureMode: 'manual' });
    await startCamera();
    const { track } = view.camera.streams[0]!;
    const [, onEnded] = track.addEventListener.mock.calls.find(([type]) => type === 'ended')!;
    act(() => (onEnded as () => void)());
    expect(rootState()).toBe('error');
    expectReason('CAMERA_NOT_FOUND');
    expect(track.stop).toHaveBeenCalled();
  });
});

describe('transport errors', () => {
  it.each([
    {
      reason: 'NETWORK_ERROR',
      answer: () => Promise.reject(new TypeError('Failed to fetch')),
      state: 'retry',
      left: 3,
    },
    {
      reason: 'SERVER_ERROR',
      answer: () => proxyError(502, 'UPSTREAM_ERROR'),
      state: 'retry',
      left: 3,
    },
    {
      reason: 'IMAGE_REJECTED',
      answer: () => proxyError(422, 'IMAGE_REJECTED'),
      state: 'retry',
      left: 2,
    },
    { reason: 'INVALID_RESPONSE', answer: () => json({ entity: {} }), state: 'error', left: 3 },
  ] as const)('$reason is shown, ending in $state', async ({ reason, answer, state, left }) => {
    const view = renderCapture({}, { fetch: fakeFetch(answer) });
    await startCamera();
    await advance(1500);
    expect(rootState()).toBe(state);
    expectReason(reason);
    expect(view.onError).toHaveBeenCalledWith(expect.objectContaining({ reason }));
    if (state === 'retry') {
      expect(screen.getByText(`${left} attempts left`)).toBeInTheDocument();
      expect(view.camera.streams[0]?.track.stop).not.toHaveBeenCalled();
    } else {
      expect(view.camera.streams[0]?.track.stop).toHaveBeenCalled();
    }
  });

  it('shows TIMEOUT when the proxy does not answer in time', async () => {
    renderCapture({ timeoutMs: 2000 }, { fetch: hangingFetch() });
    await startCamera();
    await advance(1500);
    expect(rootState()).toBe('submitting');
    expect(status()).toHaveTextContent(en.submitting);
    await advance(2500);
    expect(rootState()).toBe('retry');
    expectReason('TIMEOUT');
  });

  it('ends in error when the proxy says the integration is misconfigured', async () => {
    const view = renderCapture({}, { fetch: fakeFetch(() => proxyError(500, 'MISCONFIGURED')) });
    await startCamera();
    await advance(1500);
    expect(rootState()).toBe('error');
    expectReason('SERVER_ERROR');
    expect(view.camera.streams[0]?.track.stop).toHaveBeenCalled();
  });

  it('waits for Retry-After on RATE_LIMITED, with a visible countdown', async () => {
    const view = renderCapture(
      {},
      {
        fetch: fakeFetch(
          () => proxyError(429, 'RATE_LIMITED', { 'Retry-After': '3' }),
          () => json(livenessBody(99)),
        ),
      },
    );
    await startCamera();
    await advance(1500);
    expect(rootState()).toBe('retry');
    expectReason('RATE_LIMITED');
    const retry = screen.getByRole('button', { name: en.retry });
    expect(screen.getByText(/You can try again in 3\s+seconds\./)).toBeInTheDocument();
    expect(retry).toBeDisabled();
    await advance(1000);
    expect(screen.getByText(/You can try again in 2\s+seconds\./)).toBeInTheDocument();
    fireEvent.click(retry);
    expect(rootState()).toBe('retry');
    await advance(2000);
    expect(screen.getByText('3 attempts left')).toBeInTheDocument();
    expect(retry).toBeEnabled();
    fireEvent.click(retry);
    await advance(1500);
    expect(rootState()).toBe('passed');
    expect(view.fetch).toHaveBeenCalledTimes(2);
  });
});

describe('attempts', () => {
  it('retries after a failed liveness, then fails after maxAttempts and releases the camera', async () => {
    const view = renderCapture(
      { maxAttempts: 2 },
      { fetch: fakeFetch(() => json(livenessBody(12))) },
    );
    await startCamera();
    await advance(1500);
    expect(rootState()).toBe('retry');
    expectReason('LIVENESS_FAILED');
    expect(screen.getByText('1 attempt left')).toBeInTheDocument();
    expect(view.onResult).toHaveBeenCalledWith(
      expect.objectContaining({ verdict: expect.objectContaining({ outcome: 'retry' }) }),
    );
    fireEvent.click(screen.getByRole('button', { name: en.retry }));
    await advance(0);
    expect(rootState()).toBe('framing');
    await advance(1500);
    expect(rootState()).toBe('failed');
    expect(status()).toHaveTextContent(en.failed);
    expect(status()).toHaveAttribute('data-reason', 'LIVENESS_FAILED');
    expect(screen.getByText(en.failedHint)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(view.camera.streams[0]?.track.stop).toHaveBeenCalled();
    expect(view.fetch).toHaveBeenCalledTimes(2);
  });

  it('reports each answer before the state it leads to (retry, then failed)', async () => {
    const calls: string[] = [];
    const view = renderCapture(
      {
        maxAttempts: 2,
        onResult: ({ verdict }) => calls.push(`result:${verdict.outcome}`),
        onStateChange: (state) => calls.push(`state:${state}`),
      },
      { fetch: fakeFetch(() => json(livenessBody(12))) },
    );
    await startCamera();
    await advance(1500);
    fireEvent.click(screen.getByRole('button', { name: en.retry }));
    await advance(1500);
    expect(rootState()).toBe('failed');
    const judged = calls.filter((call) => !/state:(starting|framing|capturing)/.test(call));
    expect(judged).toEqual([
      'state:submitting',
      'result:retry',
      'state:retry',
      'state:submitting',
      'result:retry',
      'state:failed',
    ]);
    expect(view.fetch).toHaveBeenCalledTimes(2);
  });

  it('explains a retry with the verdict’s most actionable reason', async () => {
    renderCapture(
      {},
      { fetch: fakeFetch(() => json(livenessBody(12, { multiface_detected: true }))) },
    );
    await startCamera();
    await advance(1500);
    expectReason('MULTIPLE_FACES');
  });

  it('honours livenessThreshold', async () => {
    renderCapture({ livenessThreshold: 80 }, { fetch: fakeFetch(() => json(livenessBody(70))) });
    await startCamera();
    await advance(1500);
    expect(rootState()).toBe('retry');
    expectReason('LIVENESS_FAILED');
  });
});

describe('unmount', () => {
  it('aborts the request, releases the camera and updates nothing afterwards', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const fetch = hangingFetch();
    const view = renderCapture({}, { fetch });
    await startCamera();
    await advance(1500);
    expect(rootState()).toBe('submitting');
    const signal = fetch.mock.calls[0]![1]?.signal;
    const calls = view.onStateChange.mock.calls.length;
    view.unmount();
    expect(signal?.aborted).toBe(true);
    expect(view.camera.streams[0]?.track.stop).toHaveBeenCalled();
    await advance(5000);
    expect(view.onStateChange).toHaveBeenCalledTimes(calls);
    expect(view.onError).not.toHaveBeenCalled();
    expect(view.onResult).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('releases the camera while framing', async () => {
    const view = renderCapture({ captureMode: 'manual' });
    await startCamera();
    view.unmount();
    expect(view.camera.streams[0]?.track.stop).toHaveBeenCalled();
    expect(view.scene.detector.close).not.toHaveBeenCalled();
  });
});

describe('verdict reasons', () => {
  const detail = (value: boolean, confidence = 99) => ({ value, confidence });
  it.each([
    {
      reason: 'EYES_CLOSED',
      face: { details: { ...livenessBody(0).entity.face.details, eyes_open: detail(false) } },
    },
    {
      reason: 'SUNGLASSES',
      face: { details: { ...livenessBody(0).entity.face.details, sunglasses: detail(true) } },
    },
    { reason: 'TOO_DARK', face: { quality: { brightness: 5, sharpness: 90 } } },
    { reason: 'BLURRY', face: { quality: { brightness: 60, sharpness: 2 } } },
    { reason: 'NO_FACE', face: { face_detected: false } },
    { reason: 'LIVENESS_FAILED', face: {} },
  ] as const)('shows $reason from the server’s answer', async ({ reason, face }) => {
    renderCapture({}, { fetch: fakeFetch(() => json(livenessBody(12, face))) });
    await startCamera();
    await advance(1500);
    expect(rootState()).toBe('retry');
    expectReason(reason);
  });
});
