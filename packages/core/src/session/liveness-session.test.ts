import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FaceDetector } from '../detector/types.js';
import { LivenessSession } from './liveness-session.js';

function fakeStream() {
  const track = { stop: vi.fn(), addEventListener: vi.fn() };
  const stream = {
    getTracks: () => [track],
    getVideoTracks: () => [track],
  } as unknown as MediaStream;
  return { stream, track };
}

function fakeDetector() {
  return { detect: vi.fn(() => []), close: vi.fn<() => void>() } satisfies FaceDetector;
}

function session(options: Partial<ConstructorParameters<typeof LivenessSession>[0]> = {}) {
  vi.stubGlobal('navigator', { mediaDevices: { getUserMedia: vi.fn() } });
  return new LivenessSession({ submit: vi.fn(), captureMode: 'manual', ...options });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('LivenessSession', () => {
  it('notifies subscribers with a new snapshot on each change, and only then', () => {
    const s = session({ detector: false });
    const listener = vi.fn();
    s.subscribe(listener);
    const idle = s.getSnapshot();
    s.capture();
    expect(listener).not.toHaveBeenCalled();
    s.start();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(s.getSnapshot()).not.toBe(idle);
    expect(s.getSnapshot().status).toBe('starting');
  });

  it('stops a stream that arrives when nobody waits for it', () => {
    const s = session({ detector: false });
    s.mount();
    const { stream, track } = fakeStream();
    s.handleStream(stream);
    expect(track.stop).toHaveBeenCalled();
    expect(s.getSnapshot().status).toBe('idle');
  });

  it('loads the detector once, when the camera starts, and closes it on unmount', async () => {
    const detector = fakeDetector();
    const load = vi.fn(async () => detector);
    const s = session({ detector: load });
    const unmount = s.mount();
    expect(load).not.toHaveBeenCalled();
    s.start();
    expect(load).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(s.getSnapshot().detector).toBe('ready'));
    unmount();
    expect(detector.close).toHaveBeenCalledTimes(1);
    expect(s.getSnapshot()).toMatchObject({ status: 'idle', detector: 'loading' });
  });

  it('closes a detector that finishes loading after unmount', async () => {
    const detector = fakeDetector();
    let resolve!: (d: FaceDetector) => void;
    const s = session({ detector: () => new Promise((r) => (resolve = r)) });
    const unmount = s.mount();
    s.start();
    unmount();
    resolve(detector);
    await vi.waitFor(() => expect(detector.close).toHaveBeenCalled());
  });

  it('never closes a detector instance it was given', () => {
    const detector = fakeDetector();
    const s = session({ detector });
    const unmount = s.mount();
    s.start();
    unmount();
    expect(detector.close).not.toHaveBeenCalled();
  });

  it('warns the developer and goes on without a detector when loading fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const s = session({ detector: () => Promise.reject(new Error('offline')) });
    s.mount();
    s.start();
    await vi.waitFor(() => expect(s.getSnapshot().detector).toBe('unavailable'));
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('does nothing after unmount', () => {
    const onStateChange = vi.fn();
    const s = session({ detector: false, onStateChange });
    const unmount = s.mount();
    unmount();
    s.start();
    expect(onStateChange).not.toHaveBeenCalled();
    expect(s.getSnapshot().status).toBe('idle');
  });

  it('rejects invalid options in the constructor', () => {
    expect(() => session({ maxAttempts: 0 })).toThrow(RangeError);
    expect(() => session({ livenessThreshold: Number.NaN })).toThrow(RangeError);
  });
});
