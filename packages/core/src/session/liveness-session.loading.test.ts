// LivenessSession while its detector loads: capture by button offered after a few seconds, the
// detector taking over when it arrives, a User Timing mark.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FrameReader } from '../capture/frame-reader.js';
import type { FaceDetector } from '../detector/types.js';
import { DETECTOR_READY_MARK, LivenessSession } from './liveness-session.js';

let clock = 0;
const reader: FrameReader = {
  read: () => ({
    pixels: { data: new Uint8ClampedArray(64 * 48 * 4).fill(128), width: 64, height: 48 },
    image: {} as HTMLCanvasElement,
  }),
};

function startSession(detector: () => Promise<FaceDetector>, manualCaptureAfterMs?: number) {
  vi.stubGlobal('navigator', { mediaDevices: { getUserMedia: vi.fn() } });
  const session = new LivenessSession({
    submit: vi.fn(),
    detector,
    ...(manualCaptureAfterMs === undefined ? {} : { manualCaptureAfterMs }),
    capturePipeline: { frameReader: reader, now: () => clock },
  });
  session.mount();
  session.start();
  session.attachVideo({} as HTMLVideoElement);
  session.handleStream({ getVideoTracks: () => [], getTracks: () => [] } as unknown as MediaStream);
  return session;
}

async function advance(ms: number): Promise<void> {
  // The frame checks load with import() when the camera starts: a real load, not a timer.
  await vi.dynamicImportSettled();
  clock += ms;
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers();
  clock = 0;
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('LivenessSession while the detector loads', () => {
  it('judges light from the first frames, offers the button after 4 s, then the detector takes over', async () => {
    let arrive!: (detector: FaceDetector) => void;
    const session = startSession(() => new Promise((resolve) => (arrive = resolve)));
    await advance(100);
    expect(session.getSnapshot()).toMatchObject({
      status: 'framing',
      detector: 'loading',
      analysed: true,
    });
    await advance(3800);
    expect(session.getSnapshot().detector).toBe('loading');
    await advance(200);
    expect(session.getSnapshot().detector).toBe('slow');

    const mark = vi.spyOn(performance, 'mark');
    const detect = vi.fn(() => []);
    arrive({ detect, close: vi.fn() });
    await advance(200);
    expect(session.getSnapshot()).toMatchObject({ status: 'framing', detector: 'ready' });
    expect(detect).toHaveBeenCalled();
    expect(mark).toHaveBeenCalledWith(DETECTOR_READY_MARK);
  });

  it('takes manualCaptureAfterMs into account', async () => {
    const session = startSession(() => new Promise<never>(() => {}), 1000);
    await advance(1100);
    expect(session.getSnapshot().detector).toBe('slow');
  });
});
