// The analysis loop of LivenessSession: its pace follows the analysis time, it pauses while the
// page is hidden and resumes when it shows again. Fake timers, a fake clock, a fake visibility.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FrameReader } from '../capture/frame-reader.js';
import type { FaceBox, FaceDetector } from '../detector/types.js';
import { LivenessSession } from './liveness-session.js';

let clock = 0;
let hidden = false;
/** Stands in for `document`: its visibility and the `visibilitychange` event. */
const fakeDocument = Object.defineProperty(new EventTarget(), 'hidden', { get: () => hidden });

/** A grey 64x48 frame, well lit, read instantly. */
const reader: FrameReader = {
  read: () => ({
    pixels: { data: new Uint8ClampedArray(64 * 48 * 4).fill(128), width: 64, height: 48 },
    image: {} as HTMLCanvasElement,
  }),
};

/** A detector that advances the fake clock by `costMs` per frame, as if it worked that long. */
function slowDetector(costMs: () => number) {
  const detect = vi.fn((): readonly FaceBox[] => {
    clock += costMs();
    return [];
  });
  return { detect, close: vi.fn() } satisfies FaceDetector;
}

function startSession(detector: FaceDetector) {
  vi.stubGlobal('navigator', { mediaDevices: { getUserMedia: vi.fn() } });
  const session = new LivenessSession({
    submit: vi.fn(),
    captureMode: 'manual',
    detector,
    capturePipeline: { frameReader: reader, now: () => clock },
  });
  session.mount();
  session.start();
  session.attachVideo({} as HTMLVideoElement);
  session.handleStream({ getVideoTracks: () => [], getTracks: () => [] } as unknown as MediaStream);
  return session;
}

function setHidden(value: boolean): void {
  hidden = value;
  fakeDocument.dispatchEvent(new Event('visibilitychange'));
}

/** Lets `ms` of fake time pass, the fake clock with it. */
async function advance(ms: number): Promise<void> {
  // The frame checks load with import() when the camera starts: a real load, not a timer.
  await vi.dynamicImportSettled();
  for (let t = 0; t < ms; t += 1) {
    clock += 1;
    await vi.advanceTimersByTimeAsync(1);
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  clock = 0;
  hidden = false;
  vi.stubGlobal('document', fakeDocument);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('LivenessSession analysis loop', () => {
  it('analyses up to 15 frames a second when analysis is quick', async () => {
    const detector = slowDetector(() => 5);
    startSession(detector);
    await advance(1000);
    expect(detector.detect.mock.calls.length).toBeGreaterThanOrEqual(13);
    expect(detector.detect.mock.calls.length).toBeLessThanOrEqual(17);
  });

  it('slows down so that a slow analysis takes about half the time, never more', async () => {
    const starts: number[] = [];
    const detector = slowDetector(() => {
      starts.push(clock);
      return 100;
    });
    startSession(detector);
    await advance(2000);
    // The detector above takes a fixed slice of the session clock per frame, and the pacer keeps
    // detection to half the time, so frame starts are at least twice that slice apart. Gaps are
    // checked rather than a share over the run, which depends on where the run ends.
    const gaps = starts.slice(1).map((start, index) => start - (starts[index] ?? 0));
    expect(gaps.length).toBeGreaterThanOrEqual(15);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(200);
    expect(Math.max(...gaps)).toBeLessThan(250);
  });

  it('pauses while the page is hidden and resumes when it is visible again', async () => {
    const detector = slowDetector(() => 1);
    const session = startSession(detector);
    await advance(500);
    setHidden(true);
    await advance(100);
    const whileHidden = detector.detect.mock.calls.length;
    await advance(3000);
    expect(detector.detect.mock.calls.length).toBe(whileHidden);

    setHidden(false);
    await advance(500);
    expect(detector.detect.mock.calls.length).toBeGreaterThan(whileHidden + 4);
    expect(session.getSnapshot().status).toBe('framing');
  });

  it('does not resume a loop that ended while the page was hidden', async () => {
    const detector = slowDetector(() => 1);
    const session = startSession(detector);
    await advance(200);
    setHidden(true);
    await advance(200);
    session.reset();
    const calls = detector.detect.mock.calls.length;
    setHidden(false);
    await advance(500);
    expect(detector.detect.mock.calls.length).toBe(calls);
  });
});
