import type { GraphModel } from '@tensorflow/tfjs-converter';
import { loadGraphModel } from '@tensorflow/tfjs-converter';
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createAnchors, INPUT_SIZE } from './blazeface/anchors.js';
import { decodeDetections } from './blazeface/decode-detections.js';
import { toFrameBox } from './blazeface/letterbox.js';
import { ModelInputCanvas } from './blazeface/model-input.js';
import type { BlazeFaceAssetUrls } from './blazeface-assets.js';
import { resolveBlazeFaceAssetUrls } from './blazeface-assets.js';
import { DetectorLoadError } from './detector-load-error.js';
import type { DetectorProgressListener } from './load-progress.js';
import { ProgressTracker } from './load-progress.js';
import type { DetectorInput, FaceBox, FaceDetector } from './types.js';
import { requireWasmSimd, resolveAssetsOrThrow } from './load-checks.js';
import { withTimeout } from './with-timeout.js';

export { DetectorLoadError } from './detector-load-error.js';
export type { DetectorLoadStage } from './detector-load-error.js';
export { BLAZEFACE_ASSET_FILES } from './blazeface-assets.js';
export type { BlazeFaceAssetUrls } from './blazeface-assets.js';
export type { DetectorLoadProgress, DetectorProgressListener } from './load-progress.js';

/** Options of {@link createBlazeFaceDetector}. */
export interface BlazeFaceDetectorOptions {
  /**
   * Where `blazeface_short_range.json`, `blazeface_short_range.bin` and
   * `tfjs-backend-wasm-simd.wasm` are served from (a folder URL, absolute or relative to the
   * page). Default: the files of `@liveframe/core/assets/`, which Vite and webpack emit with
   * your app, so they are served from your own origin. Never a CDN.
   */
  assetsBaseUrl?: string;
  /**
   * Faces scoring below this (0..1) are not reported. Default: `0.6`, as for the MediaPipe
   * detector (a cat's face scores about 0.5, people 0.9 and more).
   */
  minDetectionConfidence?: number;
  /** Loading fails with a `DetectorLoadError` after this many milliseconds. Default: `30000`. */
  loadTimeoutMs?: number;
  /** Told the bytes received (and expected, when known) while the files download. */
  onProgress?: DetectorProgressListener;
}

const DEFAULT_MIN_CONFIDENCE = 0.6;
const DEFAULT_LOAD_TIMEOUT_MS = 30_000;

interface WeightsManifest {
  weightsManifest: { weights: tf.io.WeightsManifestEntry[] }[];
  modelTopology: object;
}

/**
 * Loads BlazeFace short range (the model MediaPipe's face detector runs) on TensorFlow.js's
 * WebAssembly backend: about a seventh of MediaPipe's download, no WebGL needed. Import this
 * entry lazily (`await import('@liveframe/core/detector/blazeface')`).
 *
 * @throws {DetectorLoadError} when the browser lacks WebAssembly SIMD, a file cannot be fetched,
 *   or the runtime fails to start.
 */
export async function createBlazeFaceDetector(
  options: BlazeFaceDetectorOptions = {},
): Promise<FaceDetector> {
  const minScore = options.minDetectionConfidence ?? DEFAULT_MIN_CONFIDENCE;
  if (!(minScore >= 0 && minScore <= 1)) {
    throw new RangeError(`minDetectionConfidence must be within 0..1, got ${minScore}`);
  }
  requireWasmSimd();
  const urls = resolveAssetsOrThrow(resolveBlazeFaceAssetUrls, options.assetsBaseUrl);
  const timeoutMs = options.loadTimeoutMs ?? DEFAULT_LOAD_TIMEOUT_MS;
  const model = await withTimeout(
    loadModel(urls, new ProgressTracker(options.onProgress, 3)),
    timeoutMs,
    () => new DetectorLoadError('runtime', `Face detector did not load within ${timeoutMs} ms.`),
    (late) => late.dispose(),
  );
  return new BlazeFaceDetector(model, minScore);
}

async function loadModel(urls: BlazeFaceAssetUrls, progress: ProgressTracker): Promise<GraphModel> {
  const [graph, weights, wasm] = await Promise.all([
    fetchBytes(urls.modelGraph, 'model', progress),
    fetchBytes(urls.modelWeights, 'model', progress),
    fetchBytes(urls.wasm, 'runtime', progress),
  ]);
  await startWasmBackend(urls.wasm, wasm);
  let manifest: WeightsManifest;
  try {
    manifest = JSON.parse(new TextDecoder().decode(graph)) as WeightsManifest;
  } catch (cause) {
    throw new DetectorLoadError('model', `${urls.modelGraph} is not a model graph.`, { cause });
  }
  try {
    return await loadGraphModel(
      tf.io.fromMemory({
        modelTopology: manifest.modelTopology,
        weightSpecs: manifest.weightsManifest.flatMap((group) => group.weights),
        weightData: weights,
      }),
    );
  } catch (cause) {
    throw new DetectorLoadError('model', `The face model could not be read: ${describe(cause)}`, {
      cause,
    });
  }
}

/**
 * Starts TensorFlow.js's wasm backend (single-threaded SIMD build) from bytes already fetched:
 * its loader asks the platform's `fetch` for `url`, answered here from memory.
 */
async function startWasmBackend(url: string, wasm: ArrayBuffer): Promise<void> {
  if (tf.getBackend() === 'wasm') return;
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths(
    {
      'tfjs-backend-wasm.wasm': url,
      'tfjs-backend-wasm-simd.wasm': url,
      'tfjs-backend-wasm-threaded-simd.wasm': url,
    },
    true,
  );
  const platform = tf.env().platform;
  const platformFetch = platform.fetch.bind(platform);
  platform.fetch = (path: string, init?: RequestInit) =>
    path === url
      ? Promise.resolve(new Response(wasm, { headers: { 'content-type': 'application/wasm' } }))
      : platformFetch(path, init);
  try {
    if (!(await tf.setBackend('wasm'))) throw new Error('the wasm backend did not initialise');
  } catch (cause) {
    throw new DetectorLoadError(
      'runtime',
      `TensorFlow.js could not start from ${url}: ${describe(cause)}`,
      { cause },
    );
  } finally {
    platform.fetch = platformFetch;
  }
}

async function fetchBytes(
  url: string,
  stage: 'model' | 'runtime',
  progress: ProgressTracker,
): Promise<ArrayBuffer> {
  const what = stage === 'model' ? 'the face model' : 'the face detection runtime';
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (cause) {
    throw new DetectorLoadError(stage, `Could not fetch ${what} from ${url}.`, { cause });
  }
  if (!response.ok) {
    throw new DetectorLoadError(
      stage,
      `Could not fetch ${what} from ${url}: HTTP ${response.status}.`,
    );
  }
  try {
    return await progress.read(response);
  } catch (cause) {
    throw new DetectorLoadError(stage, `Could not download ${what} from ${url}.`, { cause });
  }
}

/** Runs BlazeFace on one frame at a time: shrink, infer, decode. */
class BlazeFaceDetector implements FaceDetector {
  #model: GraphModel | undefined;
  readonly #minScore: number;
  readonly #anchors = createAnchors();
  readonly #input = new ModelInputCanvas();

  constructor(model: GraphModel, minScore: number) {
    this.#model = model;
    this.#minScore = minScore;
  }

  detect(frame: DetectorInput): readonly FaceBox[] {
    const model = this.#model;
    if (model === undefined) throw new Error('The face detector has been closed.');
    const input = this.#input.prepare(frame);
    if (input === null) return [];
    const output = tf.tidy(() => {
      const tensor = tf.tensor4d(input.data, [1, INPUT_SIZE, INPUT_SIZE, 3], 'float32');
      return model.execute(tensor) as tf.Tensor;
    });
    let values: Float32Array;
    try {
      values = output.dataSync() as Float32Array;
    } finally {
      output.dispose();
    }
    return decodeDetections(values, this.#anchors, this.#minScore).map((detection) =>
      toFrameBox(detection, input.letterbox),
    );
  }

  close(): void {
    this.#model?.dispose();
    this.#model = undefined;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return String(error.message);
  }
  return String(error);
}
