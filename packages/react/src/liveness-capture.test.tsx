import './test-utils/setup.js';
import { FRAMING_PRIORITY, MESSAGES } from '@liveframe/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LivenessCapture } from './liveness-capture.js';
import { fakeStream } from './test-utils/fake-camera.js';
import { SCENES } from './test-utils/fake-scene.js';
import {
  advance,
  flush,
  renderCapture,
  rootState,
  startCamera,
  status,
} from './test-utils/render-capture.js';

const en = MESSAGES.en;
const fr = MESSAGES.fr;

describe('<LivenessCapture> happy path', () => {
  it('goes idle -> starting -> framing -> capturing -> submitting -> passed with one request', async () => {
    const view = renderCapture();
    expect(rootState()).toBe('idle');
    expect(status()).toHaveTextContent(en.intro);
    expect(status()).toHaveAttribute('data-reason', '');
    expect(status()).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('group', { name: en.title })).toHaveClass('liveframe');

    await startCamera();
    expect(view.camera.getUserMedia).toHaveBeenCalledTimes(1);
    expect(view.camera.getUserMedia).toHaveBeenCalledWith({
      video: { width: { ideal: 1280 }, height: { ideal: 720 }, facingMode: 'user' },
    });
    expect(rootState()).toBe('framing');
    expect(status()).toHaveTextContent(en.framingGood);
    expect(screen.getByLabelText(en.previewLabel)).toHaveStyle({ transform: 'scaleX(-1)' });

    await advance(1500);
    expect(rootState()).toBe('passed');
    expect(status()).toHaveTextContent(en.passed);
    expect(view.fetch).toHaveBeenCalledTimes(1);
    const [url, init] = view.fetch.mock.calls[0]!;
    expect(url).toBe('/api/liveness');
    expect(JSON.parse(String(init?.body))).toEqual({ image: '/9j/AAAA' });
    expect(view.onStateChange.mock.calls.map(([s]) => s)).toEqual([
      'starting',
      'framing',
      'capturing',
      'submitting',
      'passed',
    ]);
    expect(view.onResult).toHaveBeenCalledWith(
      expect.objectContaining({
        bytesSent: 8,
        image: expect.any(String),
        verdict: expect.objectContaining({ outcome: 'pass' }),
      }),
    );
    expect(view.camera.streams[0]?.track.stop).toHaveBeenCalled();
    expect(screen.queryByLabelText(en.previewLabel)).toBeNull();
  });

  it('shows starting while the camera opens and capturing while the frame is encoded', async () => {
    const view = renderCapture();
    let grant!: (stream: MediaStream) => void;
    view.camera.getUserMedia.mockImplementationOnce(
      () => new Promise<MediaStream>((resolve) => (grant = resolve)),
    );
    let encoded!: () => void;
    view.scene.encodeFrame.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          encoded = () =>
            resolve({ base64: '/9j/AAAA', bytes: 8, width: 1280, height: 720, quality: 0.92 });
        }),
    );
    await startCamera();
    expect(rootState()).toBe('starting');
    expect(status()).toHaveTextContent(en.starting);
    const { stream, track } = fakeStream();
    await act(async () => grant(stream));
    await advance(1100);
    expect(rootState()).toBe('capturing');
    expect(status()).toHaveTextContent(en.capturing);
    expect(view.fetch).not.toHaveBeenCalled();
    await act(async () => encoded());
    await advance(0);
    expect(rootState()).toBe('passed');
    expect(track.stop).toHaveBeenCalled();
  });

  it('does not capture before framing has been good for about a second', async () => {
    const view = renderCapture();
    await startCamera();
    await advance(900);
    expect(rootState()).toBe('framing');
    expect(view.fetch).not.toHaveBeenCalled();
  });

  it('records each analysed frame as a liveframe:analyze measure, at most 15 a second', async () => {
    const view = renderCapture({ captureMode: 'manual' });
    const measure = vi.spyOn(performance, 'measure');
    await startCamera();
    await advance(1000);
    const analyses = measure.mock.calls.filter(([name]) => name === 'liveframe:analyze');
    expect(analyses.length).toBeGreaterThanOrEqual(14);
    expect(analyses.length).toBeLessThanOrEqual(16);
    expect(view.scene.detector.detect).toHaveBeenCalledTimes(analyses.length);
  });
});

describe('framing guidance', () => {
  it.each(FRAMING_PRIORITY)('shows %s in plain words and sends nothing', async (reason) => {
    const view = renderCapture();
    view.scene.set(SCENES[reason]);
    await startCamera();
    expect(status()).toHaveAttribute('data-reason', reason);
    expect(status()).toHaveTextContent(en[reason]);
    await advance(3000);
    expect(rootState()).toBe('framing');
    expect(view.fetch).not.toHaveBeenCalled();
    expect(view.scene.encodeFrame).not.toHaveBeenCalled();
  });

  it('keeps a message up long enough to read before showing the next', async () => {
    const view = renderCapture({ captureMode: 'manual' });
    view.scene.set(SCENES.NO_FACE);
    await startCamera();
    view.scene.set(SCENES.FACE_TOO_SMALL);
    await advance(500);
    expect(status()).toHaveAttribute('data-reason', 'NO_FACE');
    await advance(1000);
    expect(status()).toHaveAttribute('data-reason', 'FACE_TOO_SMALL');
  });
});

describe('manual capture', () => {
  it('enables the capture button only while framing is good, and sends once for a double click', async () => {
    const view = renderCapture({ captureMode: 'manual' });
    view.scene.set(SCENES.TOO_DARK);
    await startCamera();
    const button = screen.getByRole('button', { name: en.capture });
    expect(button).toBeDisabled();
    view.scene.set(SCENES.good);
    await advance(2000);
    expect(rootState()).toBe('framing');
    expect(status()).toHaveTextContent(en.manualHint);
    expect(button).toBeEnabled();
    await act(async () => {
      fireEvent.click(button);
      fireEvent.click(button);
    });
    await advance(0);
    expect(rootState()).toBe('passed');
    expect(view.fetch).toHaveBeenCalledTimes(1);
  });

  it('checks the frame once more at capture and sends nothing if it went bad', async () => {
    const view = renderCapture({ captureMode: 'manual' });
    await startCamera();
    view.scene.set(SCENES.MULTIPLE_FACES);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: en.capture }));
    });
    expect(rootState()).toBe('framing');
    expect(status()).toHaveAttribute('data-reason', 'MULTIPLE_FACES');
    expect(view.fetch).not.toHaveBeenCalled();
  });

  it('falls back to light and sharpness checks with manual capture when the detector cannot load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const view = renderCapture({ detector: () => Promise.reject(new Error('wasm blocked')) });
    view.scene.set(SCENES.NO_FACE);
    await startCamera();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('face detector could not be loaded'),
      expect.any(Error),
    );
    expect(status()).toHaveTextContent(en.manualHint);
    await advance(3000);
    expect(view.fetch).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: en.capture }));
    await advance(0);
    expect(rootState()).toBe('passed');
  });

  it('without a detector (detector={false}) still refuses a dark frame', async () => {
    const view = renderCapture({ detector: false });
    view.scene.set(SCENES.TOO_DARK);
    await startCamera();
    expect(status()).toHaveAttribute('data-reason', 'TOO_DARK');
    expect(screen.getByRole('button', { name: en.capture })).toBeDisabled();
  });
});

describe('locale and messages', () => {
  it('speaks French, with overrides on top', async () => {
    const view = renderCapture({ locale: 'fr-CA', messages: { TOO_DARK: 'Plus de lumière !' } });
    await flush(); // the French catalog loads
    expect(status()).toHaveTextContent(fr.intro);
    view.scene.set(SCENES.TOO_DARK);
    await act(async () => {
      screen.getByRole('button', { name: fr.start }).click();
    });
    await advance(0);
    expect(status()).toHaveTextContent('Plus de lumière !');
    view.scene.set(SCENES.NO_FACE);
    await advance(2000);
    expect(status()).toHaveTextContent(fr.NO_FACE);
    expect(screen.getByLabelText(fr.previewLabel)).toBeInTheDocument();
  });
});

describe('integration', () => {
  it('offers a camera picker when there are several cameras and reopens the chosen one', async () => {
    const view = renderCapture(
      { captureMode: 'manual' },
      {
        camera: [
          ['ok'],
          [
            { deviceId: 'front', label: 'Front' },
            { deviceId: 'back', label: 'Back' },
          ],
        ],
      },
    );
    await startCamera();
    const picker = screen.getByRole('combobox', { name: en.chooseCamera });
    fireEvent.change(picker, { target: { value: 'back' } });
    await advance(0);
    expect(view.camera.getUserMedia).toHaveBeenLastCalledWith({
      video: { width: { ideal: 1280 }, height: { ideal: 720 }, deviceId: { exact: 'back' } },
    });
    expect(view.camera.streams[0]?.track.stop).toHaveBeenCalled();
    expect(rootState()).toBe('framing');
  });

  it('runs the request in the surrounding QueryClient, with per-attempt headers', async () => {
    const client = new QueryClient();
    const view = renderCapture();
    const requestHeaders = vi.fn(async () => ({ 'X-Attempt-Token': 'token-1' }));
    view.rerender(
      <QueryClientProvider client={client}>
        <LivenessCapture {...view.props} requestHeaders={requestHeaders} />
      </QueryClientProvider>,
    );
    await startCamera();
    await advance(1500);
    expect(rootState()).toBe('passed');
    expect(client.getMutationCache().getAll()).toHaveLength(1);
    expect(requestHeaders).toHaveBeenCalledTimes(1);
    const headers = new Headers(view.fetch.mock.calls[0]![1]?.headers);
    expect(headers.get('X-Attempt-Token')).toBe('token-1');
  });

  it('adds className to the root and renders usable markup without any stylesheet', () => {
    vi.useFakeTimers();
    render(<LivenessCapture proxyUrl="/api/liveness" className="mine" detector={false} />);
    const root = screen.getByRole('group', { name: en.title });
    expect(root).toHaveClass('liveframe', 'mine');
    expect(root).toHaveAttribute('data-liveframe-state', 'idle');
    expect(screen.getByRole('button', { name: en.start })).toHaveAttribute('type', 'button');
  });
});
