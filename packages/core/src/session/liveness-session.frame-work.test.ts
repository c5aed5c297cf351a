// The frame work (checks, encoder, verdict) is its own chunk: loaded when the camera starts, not
// with the page, and tried again if it could not be fetched.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as LoadFrameWork from './load-frame-work.js';
import { LivenessSession } from './liveness-session.js';
import { loadFrameWork } from './load-frame-work.js';

vi.mock('./load-frame-work.js', async (importOriginal) => {
  const actual = await importOriginal<typeof LoadFrameWork>();
  return { loadFrameWork: vi.fn(actual.loadFrameWork) };
});

// A sharp, well-lit frame: stripes of two greys.
const data = new Uint8ClampedArray(32 * 24 * 4).map((_, i) => (Math.floor(i / 4) % 2 ? 90 : 170));
const pixels = { width: 32, height: 24, data };
const frameReader = { read: () => ({ pixels: pixels as ImageData, image: pixels as ImageData }) };
const stream = { getTracks: () => [], getVideoTracks: () => [] } as unknown as MediaStream;

function session(submit = vi.fn()) {
  vi.stubGlobal('navigator', { mediaDevices: { getUserMedia: vi.fn() } });
  return new LivenessSession({
    submit,
    detector: false,
    captureMode: 'manual',
    capturePipeline: {
      frameReader,
      encodeFrame: async () => ({ base64: 'AAAA', bytes: 4, width: 32, height: 24, quality: 0.8 }),
    },
  });
}

afterEach(() => {
  vi.mocked(loadFrameWork).mockClear();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('LivenessSession frame work', () => {
  it('is loaded when the camera starts, not before', () => {
    const s = session();
    const unmount = s.mount();
    expect(loadFrameWork).not.toHaveBeenCalled();
    s.start();
    expect(loadFrameWork).toHaveBeenCalled();
    unmount();
  });

  it('is tried again after a failed load, frame after frame, until it arrives', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const submit = vi.fn(() => new Promise<never>(() => undefined));
    const s = session(submit);
    const unmount = s.mount();
    vi.mocked(loadFrameWork).mockRejectedValue(new TypeError('Failed to fetch'));
    s.start();
    s.attachVideo({} as HTMLVideoElement);
    s.handleStream(stream);
    await vi.waitFor(() => expect(vi.mocked(loadFrameWork).mock.calls.length).toBeGreaterThan(2));
    expect(s.getSnapshot()).toMatchObject({ status: 'framing', analysed: false });
    expect(warn).toHaveBeenCalledTimes(1); // once, not once a frame
    vi.mocked(loadFrameWork).mockReset(); // back to the real load
    await vi.waitFor(() => expect(s.getSnapshot()).toMatchObject({ analysed: true, reasons: [] }));
    s.capture();
    await vi.waitFor(() => expect(submit).toHaveBeenCalledTimes(1));
    unmount();
  });
});
