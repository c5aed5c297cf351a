import './test-utils/setup.js';
import { MESSAGES } from '@liveframe/core';
import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fakeStream, installCamera } from './test-utils/fake-camera.js';
import { fakeFetch, json, livenessBody } from './test-utils/fake-proxy.js';
import { createScene, SCENES } from './test-utils/fake-scene.js';
import { advance } from './test-utils/render-capture.js';
import type { UseLivenessCaptureOptions } from './use-liveness-capture-options.js';
import { useLivenessCapture } from './use-liveness-capture.js';
import { Webcam } from './webcam.js';

const en = MESSAGES.en;

function setup(overrides: Partial<UseLivenessCaptureOptions> = {}) {
  vi.useFakeTimers();
  const camera = installCamera();
  const scene = createScene();
  const fetch = fakeFetch(
    () => json(livenessBody(12)),
    () => json(livenessBody(97)),
  );
  const options: UseLivenessCaptureOptions = {
    proxyUrl: '/api/liveness',
    fetch,
    detector: scene.detector,
    capturePipeline: scene.capturePipeline,
    captureMode: 'manual',
    ...overrides,
  };
  return { camera, scene, fetch, options };
}

/** A team's own UI, drawn with the prop getters only. */
function CustomCapture(props: UseLivenessCaptureOptions) {
  const capture = useLivenessCapture(props);
  return (
    <section {...capture.getRootProps({ className: 'kyc' })}>
      {capture.isCameraOn ? <Webcam key={capture.cameraKey} {...capture.getWebcamProps()} /> : null}
      <strong {...capture.getStatusProps()}>{capture.message}</strong>
      <span data-testid="attempts">
        {capture.attempt}/{capture.maxAttempts}
      </span>
      <button {...capture.getStartButtonProps()} />
      <button {...capture.getCaptureButtonProps()} />
      <button {...capture.getRetryButtonProps({ children: 'Again' })} />
    </section>
  );
}

describe('useLivenessCapture', () => {
  it('starts idle with guidance, attempts and no result', () => {
    const { options } = setup();
    const { result } = renderHook(() => useLivenessCapture(options));
    expect(result.current).toMatchObject({
      state: 'idle',
      reason: null,
      reasons: [],
      message: en.manualHint,
      detail: null,
      attempt: 0,
      attemptsLeft: 3,
      maxAttempts: 3,
      result: null,
      error: null,
      waitSeconds: 0,
      isCameraOn: false,
      canCapture: false,
      isManualCapture: true,
      cameras: [],
      deviceId: null,
    });
    expect(result.current.getStatusProps()).toMatchObject({
      role: 'status',
      'aria-live': 'polite',
      'data-reason': '',
    });
    expect(result.current.getRootProps()).toMatchObject({ 'data-liveframe-state': 'idle' });
  });

  it('drives a custom UI built with prop getters through retry to passed', async () => {
    const { fetch, options } = setup();
    render(<CustomCapture {...options} />);
    const root = screen.getByRole('group', { name: en.title });
    expect(root.tagName).toBe('SECTION');
    expect(root).toHaveClass('kyc');
    expect(screen.getByRole('button', { name: en.capture })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Again' })).toBeDisabled();

    fireEvent.click(screen.getByRole('button', { name: en.start }));
    await advance(0);
    expect(root).toHaveAttribute('data-liveframe-state', 'framing');
    expect(screen.getByRole('button', { name: en.start })).toBeDisabled();

    fireEvent.click(screen.getByRole('button', { name: en.capture }));
    await advance(0);
    expect(root).toHaveAttribute('data-liveframe-state', 'retry');
    expect(screen.getByRole('status')).toHaveAttribute('data-reason', 'LIVENESS_FAILED');
    expect(screen.getByTestId('attempts')).toHaveTextContent('1/3');

    fireEvent.click(screen.getByRole('button', { name: 'Again' }));
    await advance(0);
    fireEvent.click(screen.getByRole('button', { name: en.capture }));
    await advance(0);
    expect(root).toHaveAttribute('data-liveframe-state', 'passed');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('reset() returns to idle and releases the camera', () => {
    const { camera, options } = setup();
    const { result } = renderHook(() => useLivenessCapture(options));
    act(() => result.current.start());
    expect(result.current.state).toBe('starting');
    const { stream, track } = fakeStream();
    act(() => result.current.getWebcamProps().onUserMedia?.(stream));
    expect(result.current.state).toBe('framing');
    act(() => result.current.reset());
    expect(result.current.state).toBe('idle');
    expect(track.stop).toHaveBeenCalled();
    expect(camera.getUserMedia).not.toHaveBeenCalled();
  });

  it('autoStart opens the camera on mount, also under StrictMode', async () => {
    const { camera, scene, options } = setup({ autoStart: true });
    scene.set(SCENES.good);
    render(
      <StrictMode>
        <CustomCapture {...options} />
      </StrictMode>,
    );
    await advance(0);
    expect(screen.getByRole('group')).toHaveAttribute('data-liveframe-state', 'framing');
    const live = camera.streams.filter(({ track }) => track.stop.mock.calls.length === 0);
    expect(live).toHaveLength(1);
  });

  it('passes a deviceId prop change on to the camera', async () => {
    const { camera, options } = setup();
    const view = render(<CustomCapture {...options} />);
    fireEvent.click(screen.getByRole('button', { name: en.start }));
    await advance(0);
    view.rerender(<CustomCapture {...options} deviceId="usb" />);
    await advance(0);
    expect(camera.getUserMedia).toHaveBeenLastCalledWith({
      video: { width: { ideal: 1280 }, height: { ideal: 720 }, deviceId: { exact: 'usb' } },
    });
    expect(camera.streams[0]?.track.stop).toHaveBeenCalled();
  });
});
