import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DetectorLoadError } from './detector-load-error.js';
import { createMediaPipeDetector } from './mediapipe.js';

const mediapipe = vi.hoisted(() => ({
  createFromOptions: vi.fn(),
  detectForVideo: vi.fn(),
  close: vi.fn(),
}));

vi.mock('@mediapipe/tasks-vision', () => ({
  FaceDetector: { createFromOptions: mediapipe.createFromOptions },
}));

const frame = { width: 640, height: 480 } as ImageData;
const fakeDetector = { detectForVideo: mediapipe.detectForVideo, close: mediapipe.close };
const modelBytes = new Uint8Array([1, 2, 3]);
const base = 'https://app.example.com/liveframe/';

/** A canvas whose WebGL context is `context` (null: WebGL turned off). */
function stubOffscreenCanvas(context: unknown) {
  const loseContext = vi.fn();
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      getContext() {
        return context === null ? null : { getExtension: () => ({ loseContext }) };
      }
    },
  );
  return loseContext;
}

beforeEach(() => {
  stubOffscreenCanvas({});
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(modelBytes)),
  );
  mediapipe.createFromOptions.mockResolvedValue(fakeDetector);
  mediapipe.detectForVideo.mockReturnValue({ detections: [] });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  vi.clearAllMocks();
});

describe('createMediaPipeDetector', () => {
  it('creates a CPU video-mode detector from the fetched model and the wasm files', async () => {
    await createMediaPipeDetector({ assetsBaseUrl: base });
    expect(fetch).toHaveBeenCalledWith(`${base}face_detection_short_range.tflite`);
    expect(mediapipe.createFromOptions).toHaveBeenCalledWith(
      {
        wasmLoaderPath: `${base}vision_wasm_internal.js`,
        wasmBinaryPath: `${base}vision_wasm_internal.wasm`,
      },
      {
        baseOptions: { modelAssetBuffer: modelBytes, delegate: 'CPU' },
        runningMode: 'VIDEO',
        minDetectionConfidence: 0.6,
      },
    );
  });

  it('passes minDetectionConfidence and delegate through', async () => {
    await createMediaPipeDetector({
      assetsBaseUrl: base,
      minDetectionConfidence: 0.8,
      delegate: 'GPU',
    });
    expect(mediapipe.createFromOptions.mock.calls[0]?.[1]).toMatchObject({
      baseOptions: { delegate: 'GPU' },
      minDetectionConfidence: 0.8,
    });
  });

  it.each([-0.1, 1.5, Number.NaN])('rejects minDetectionConfidence %s', async (value) => {
    await expect(createMediaPipeDetector({ minDetectionConfidence: value })).rejects.toThrow(
      RangeError,
    );
  });

  it.each([
    ['the model answers 404', async () => new Response('no', { status: 404 }), /HTTP 404/],
    ['the network fails', async () => Promise.reject(new TypeError('offline')), /Could not fetch/],
  ])('fails with DetectorLoadError (model) when %s', async (_, fetchImpl, message) => {
    vi.stubGlobal('fetch', vi.fn(fetchImpl));
    const error = await createMediaPipeDetector({ assetsBaseUrl: base }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DetectorLoadError);
    expect(error).toMatchObject({ stage: 'model', message: expect.stringMatching(message) });
  });

  it('fails with DetectorLoadError (runtime) when MediaPipe cannot start', async () => {
    mediapipe.createFromOptions.mockRejectedValue(new Error('wasm streaming compile failed'));
    const error = await createMediaPipeDetector({ assetsBaseUrl: base }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'DetectorLoadError',
      stage: 'runtime',
      message: expect.stringContaining('wasm streaming compile failed'),
    });
  });

  it('fails with DetectorLoadError (environment) without WebGL, before fetching anything', async () => {
    stubOffscreenCanvas(null);
    const error = await createMediaPipeDetector({ assetsBaseUrl: base }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'DetectorLoadError',
      stage: 'environment',
      message: expect.stringContaining('WebGL'),
    });
    expect(fetch).not.toHaveBeenCalled();
    expect(mediapipe.createFromOptions).not.toHaveBeenCalled();
  });

  it('hands the runtime print hooks through self.Module while it starts, then removes them', async () => {
    let during: unknown;
    mediapipe.createFromOptions.mockImplementation(async () => {
      during = (globalThis as { Module?: unknown }).Module;
      return fakeDetector;
    });
    await createMediaPipeDetector({ assetsBaseUrl: base });
    expect(during).toEqual({ print: expect.any(Function), printErr: expect.any(Function) });
    expect('Module' in globalThis).toBe(false);
  });

  it('releases the WebGL context it created to check', async () => {
    const loseContext = stubOffscreenCanvas({});
    await createMediaPipeDetector({ assetsBaseUrl: base });
    expect(loseContext).toHaveBeenCalledTimes(1);
  });

  it('fails with DetectorLoadError (environment) for an unusable assetsBaseUrl', async () => {
    const error = await createMediaPipeDetector({ assetsBaseUrl: 'relative/' }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'DetectorLoadError', stage: 'environment' });
  });

  it('times out, then closes the detector that arrives late', async () => {
    vi.useFakeTimers();
    let finish: (value: unknown) => void = () => {};
    mediapipe.createFromOptions.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    const loading = createMediaPipeDetector({ assetsBaseUrl: base, loadTimeoutMs: 1000 });
    const settled = loading.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await settled).toMatchObject({ name: 'DetectorLoadError', stage: 'runtime' });
    finish(fakeDetector);
    await vi.advanceTimersByTimeAsync(0);
    expect(mediapipe.close).toHaveBeenCalledTimes(1);
  });
});

describe('the detector', () => {
  it("maps MediaPipe's detections to face boxes in frame pixels", async () => {
    mediapipe.detectForVideo.mockReturnValue({
      detections: [
        {
          categories: [{ score: 0.93, index: 0, categoryName: '', displayName: '' }],
          boundingBox: { originX: 120, originY: 40, width: 180, height: 180, angle: 0 },
          keypoints: [],
        },
        { categories: [], keypoints: [] },
        {
          categories: [],
          boundingBox: { originX: 1, originY: 2, width: 3, height: 4, angle: 0 },
          keypoints: [],
        },
      ],
    });
    const detector = await createMediaPipeDetector({ assetsBaseUrl: base });
    expect(detector.detect(frame, 10)).toEqual([
      { x: 120, y: 40, width: 180, height: 180, score: 0.93 },
      { x: 1, y: 2, width: 3, height: 4, score: 0 },
    ]);
  });

  it('keeps timestamps strictly increasing, as MediaPipe requires', async () => {
    const detector = await createMediaPipeDetector({ assetsBaseUrl: base });
    for (const t of [100, 100, 50, 200.5]) detector.detect(frame, t);
    expect(mediapipe.detectForVideo.mock.calls.map((call) => call[1])).toEqual([
      100, 101, 102, 200.5,
    ]);
  });

  it('finds nothing in an empty frame without calling MediaPipe', async () => {
    const detector = await createMediaPipeDetector({ assetsBaseUrl: base });
    expect(detector.detect({ width: 0, height: 0 } as ImageData, 1)).toEqual([]);
    expect(mediapipe.detectForVideo).not.toHaveBeenCalled();
  });

  it('closes once, and refuses to detect after closing', async () => {
    const detector = await createMediaPipeDetector({ assetsBaseUrl: base });
    detector.close();
    detector.close();
    expect(mediapipe.close).toHaveBeenCalledTimes(1);
    expect(() => detector.detect(frame, 1)).toThrow(/closed/);
  });
});
