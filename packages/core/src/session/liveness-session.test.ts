import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FaceDetector } from '../detector/types.js';
import { DETECTOR_FAILURE_LIMIT, LivenessSession } from './liveness-session.js';

function fakeStream() {
  const track = { stop: vi.fn(), addEventListener: vi.fn() };
  const stream = {
    getTracks: () => [track],
    getVideoTracks: () => [track],
  } as unknown as MediaStream;
  return { stream, track };
}

function fakeDetector() {
  return {
    detect: vi.fn<FaceDetector['detect']>(() => []),
    close: vi.fn<() => void>(),
  } satisfies FaceDetector;
}

function session(options: Partial<ConstructorParameters<typeof LivenessSession>[0]> = {}) {
  vi.stubGlobal('navigator', { mediaDevices: { getUserMedia: vi.fn() } });
  return new LivenessSession({ submit: vi.fn(), captureMode: 'manual', ...options });
}

afterEach(() => {
  vi.restoreAllMocks();
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

  describe('a detector that loads but fails on frames', () => {
    const pixels = { width: 32, height: 24, data: new Uint8ClampedArray(32 * 24 * 4).fill(128) };
    const frameReader = {
      read: () => ({ pixels: pixels as ImageData, image: pixels as ImageData }),
    };

    async function framingWith(detector: FaceDetector) {
      vi.useFakeTimers();
      const s = session({ detector: async () => detector, capturePipeline: { frameReader } });
      s.mount();
      s.start();
      await vi.advanceTimersByTimeAsync(0);
      expect(s.getSnapshot().detector).toBe('ready');
      s.attachVideo({} as HTMLVideoElement);
      s.handleStream(fakeStream().stream);
      expect(s.getSnapshot().status).toBe('framing');
      return s;
    }

    it(`is given up after ${DETECTOR_FAILURE_LIMIT} failed frames in a row, with one warning`, async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const detector = fakeDetector();
      detector.detect.mockImplementation(() => {
        throw new TypeError('GLctx is undefined');
      });
      const s = await framingWith(detector);
      await vi.advanceTimersByTimeAsync(2_000);
      expect(detector.detect).toHaveBeenCalledTimes(DETECTOR_FAILURE_LIMIT);
      expect(detector.close).toHaveBeenCalledTimes(1);
      expect(s.getSnapshot()).toMatchObject({ status: 'framing', detector: 'unavailable' });
      // Frames are still judged, on light and sharpness only.
      expect(s.getSnapshot()).toMatchObject({ reasons: expect.not.arrayContaining(['NO_FACE']) });
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toContain('light and sharpness only');
      expect(warn.mock.calls[0]?.[1]).toBeInstanceOf(TypeError);
    });

    it('is kept when its failures are not in a row', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const detector = fakeDetector();
      let frame = 0;
      detector.detect.mockImplementation(() => {
        frame += 1;
        if (frame % DETECTOR_FAILURE_LIMIT === 0) return [];
        throw new Error('a bad frame');
      });
      const s = await framingWith(detector);
      await vi.advanceTimersByTimeAsync(3_000);
      expect(detector.detect.mock.calls.length).toBeGreaterThan(2 * DETECTOR_FAILURE_LIMIT);
      expect(s.getSnapshot().detector).toBe('ready');
      expect(detector.close).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    });
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
