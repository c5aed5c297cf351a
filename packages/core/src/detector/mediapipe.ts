import type {
  FaceDetector as MediaPipeFaceDetector,
  FaceDetectorResult,
} from '@mediapipe/tasks-vision';
import { DetectorLoadError } from './detector-load-error.js';
import type { MediaPipeAssetUrls } from './mediapipe-assets.js';
import { resolveMediaPipeAssetUrls } from './mediapipe-assets.js';
import { runtimeModuleHooks, withQuietRuntime } from './runtime-log.js';
import { supportsWebGl } from './supports-webgl.js';
import type { DetectorInput, FaceBox, FaceDetector } from './types.js';
import { requireWasmSimd, resolveAssetsOrThrow } from './load-checks.js';
import { withTimeout } from './with-timeout.js';

export { DetectorLoadError } from './detector-load-error.js';
export type { DetectorLoadStage } from './detector-load-error.js';
export { MEDIAPIPE_ASSET_FILES } from './mediapipe-assets.js';
export type { MediaPipeAssetUrls } from './mediapipe-assets.js';

/** Options of {@link createMediaPipeDetector}. */
export interface MediaPipeDetectorOptions {
  /**
   * Where `face_detection_short_range.tflite`, `vision_wasm_internal.js` and
   * `vision_wasm_internal.wasm` are served from (a folder URL, absolute or relative to the page).
   * Default: the files of `@liveframe/core/assets/`, which Vite and webpack emit with your app,
   * so they are served from your own origin. Never a CDN.
   */
  assetsBaseUrl?: string;
  /**
   * Faces scoring below this (0..1) are not reported. Default: `0.6`, above MediaPipe's `0.5`:
   * on the test fixtures a cat's face scores 0.52 while people score 0.9 and more (0.55 to 0.7
   * when overexposed or blurred, which the exposure and sharpness checks report anyway).
   */
  minDetectionConfidence?: number;
  /** Where the model runs. Default: `'CPU'` (faster than `'GPU'` for this small model). */
  delegate?: 'CPU' | 'GPU';
  /** Loading fails with a `DetectorLoadError` after this many milliseconds. Default: `30000`. */
  loadTimeoutMs?: number;
}

const DEFAULT_MIN_CONFIDENCE = 0.6;
const DEFAULT_LOAD_TIMEOUT_MS = 30_000;

/**
 * Loads MediaPipe's face detector (BlazeFace short range) in video mode. Import this entry
 * lazily (`await import('@liveframe/core/detector/mediapipe')`) so pages that never start the
 * camera do not download it.
 *
 * @throws {DetectorLoadError} when the browser lacks WebAssembly SIMD or WebGL, a file cannot be fetched,
 *   or the runtime fails to start.
 */
export async function createMediaPipeDetector(
  options: MediaPipeDetectorOptions = {},
): Promise<FaceDetector> {
  const minDetectionConfidence = options.minDetectionConfidence ?? DEFAULT_MIN_CONFIDENCE;
  if (!(minDetectionConfidence >= 0 && minDetectionConfidence <= 1)) {
    throw new RangeError(
      `minDetectionConfidence must be within 0..1, got ${minDetectionConfidence}`,
    );
  }
  requireWasmSimd();
  if (!supportsWebGl()) {
    throw new DetectorLoadError(
      'environment',
      'Face detection with MediaPipe needs WebGL, which this browser has turned off or cannot create.',
    );
  }
  const urls = resolveAssetsOrThrow(resolveMediaPipeAssetUrls, options.assetsBaseUrl);
  const timeoutMs = options.loadTimeoutMs ?? DEFAULT_LOAD_TIMEOUT_MS;
  const detector = await withTimeout(
    loadMediaPipe(urls, minDetectionConfidence, options.delegate ?? 'CPU'),
    timeoutMs,
    () => new DetectorLoadError('runtime', `Face detector did not load within ${timeoutMs} ms.`),
    (late) => late.close(),
  );
  return new MediaPipeFaceDetectorAdapter(detector);
}

async function loadMediaPipe(
  urls: MediaPipeAssetUrls,
  minDetectionConfidence: number,
  delegate: 'CPU' | 'GPU',
): Promise<MediaPipeFaceDetector> {
  const model = await fetchModel(urls.model);
  let FaceDetectorTask: typeof MediaPipeFaceDetector;
  try {
    ({ FaceDetector: FaceDetectorTask } = await import('@mediapipe/tasks-vision'));
  } catch (cause) {
    throw new DetectorLoadError('runtime', 'Could not load the MediaPipe library.', { cause });
  }
  // tasks-vision hands `self.Module` to the runtime it starts, then clears it.
  const scope = globalThis as { Module?: unknown };
  const hooks = runtimeModuleHooks();
  scope.Module = hooks;
  try {
    return await withQuietRuntime(() =>
      FaceDetectorTask.createFromOptions(
        { wasmLoaderPath: urls.wasmLoader, wasmBinaryPath: urls.wasmBinary },
        {
          baseOptions: { modelAssetBuffer: model, delegate },
          runningMode: 'VIDEO',
          minDetectionConfidence,
        },
      ),
    );
  } catch (cause) {
    throw new DetectorLoadError(
      'runtime',
      `MediaPipe could not start from ${urls.wasmLoader} and ${urls.wasmBinary}: ${describe(cause)}`,
      { cause },
    );
  } finally {
    if (scope.Module === hooks) delete scope.Module;
  }
}

async function fetchModel(url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (cause) {
    throw new DetectorLoadError('model', `Could not fetch the face model from ${url}.`, { cause });
  }
  if (!response.ok) {
    throw new DetectorLoadError(
      'model',
      `Could not fetch the face model from ${url}: HTTP ${response.status}.`,
    );
  }
  return new Uint8Array(await response.arrayBuffer());
}

/** Adapts MediaPipe's results to `FaceBox`es; keeps video timestamps strictly increasing. */
class MediaPipeFaceDetectorAdapter implements FaceDetector {
  #detector: MediaPipeFaceDetector | undefined;
  #lastTimestampMs = Number.NEGATIVE_INFINITY;

  constructor(detector: MediaPipeFaceDetector) {
    this.#detector = detector;
  }

  detect(frame: DetectorInput, timestampMs: number): readonly FaceBox[] {
    if (this.#detector === undefined) throw new Error('The face detector has been closed.');
    if (!hasPixels(frame)) return [];
    // MediaPipe aborts on a timestamp that does not increase (a frame seen twice, a clock reset).
    const timestamp = Math.max(timestampMs, this.#lastTimestampMs + 1);
    this.#lastTimestampMs = timestamp;
    const detector = this.#detector;
    return toFaceBoxes(withQuietRuntime(() => detector.detectForVideo(frame, timestamp)));
  }

  close(): void {
    this.#detector?.close();
    this.#detector = undefined;
  }
}

/** False for a video that has no frame yet, or a zero-sized source: nothing to look at. */
function hasPixels(frame: DetectorInput): boolean {
  if (typeof HTMLVideoElement !== 'undefined' && frame instanceof HTMLVideoElement) {
    return frame.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && frame.videoWidth > 0;
  }
  return frame.width > 0 && frame.height > 0;
}

function toFaceBoxes(result: FaceDetectorResult): FaceBox[] {
  const faces: FaceBox[] = [];
  for (const detection of result.detections) {
    const box = detection.boundingBox;
    if (box === undefined) continue;
    faces.push({
      x: box.originX,
      y: box.originY,
      width: box.width,
      height: box.height,
      score: detection.categories[0]?.score ?? 0,
    });
  }
  return faces;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
