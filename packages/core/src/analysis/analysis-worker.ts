// The analysis worker: loads BlazeFace and judges frames (faces, light, sharpness) off the main
// thread. Started by `AnalysisWorkerClient` with `new Worker(new URL(...), { type: 'module' })`.
import { createBlazeFaceDetector } from '../detector/blazeface.js';
import { DetectorLoadError } from '../detector/detector-load-error.js';
import type { FaceDetector } from '../detector/types.js';
import { analyzeFrame } from '../framing/analyze-frame.js';
import type { FromAnalysisWorker, ToAnalysisWorker } from './analysis-protocol.js';

interface WorkerScope {
  postMessage(message: FromAnalysisWorker): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<ToAnalysisWorker>) => void,
  ): void;
}

const scope = globalThis as unknown as WorkerScope;
let detector: FaceDetector | null = null;
let loading = false;
let canvas: OffscreenCanvas | undefined;
let context: OffscreenCanvasRenderingContext2D | null = null;

async function load(assetsBaseUrl: string | undefined): Promise<void> {
  if (loading || detector) return;
  loading = true;
  try {
    detector = await createBlazeFaceDetector({
      ...(assetsBaseUrl === undefined ? {} : { assetsBaseUrl }),
      // The page keeps its own, shorter patience; a late detector is still welcome here.
      loadTimeoutMs: 120_000,
      onProgress: ({ loaded, total }) => scope.postMessage({ type: 'progress', loaded, total }),
    });
    scope.postMessage({ type: 'ready' });
  } catch (error) {
    scope.postMessage({
      type: 'loadFailed',
      stage: error instanceof DetectorLoadError ? error.stage : null,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

async function analyse(message: Extract<ToAnalysisWorker, { type: 'frame' }>): Promise<void> {
  const started = performance.now();
  const { image, id, width, height } = message;
  try {
    if (!canvas || canvas.width !== width || canvas.height !== height) {
      canvas = new OffscreenCanvas(width, height);
      context = canvas.getContext('2d', { willReadFrequently: true });
    }
    if (!context) throw new Error('A 2D OffscreenCanvas is not available in the worker.');
    context.drawImage(image, 0, 0, width, height);
    const pixels = context.getImageData(0, 0, width, height);
    const faces = detector ? [...(await detector.detect(canvas, started))] : null;
    const { reasons, metrics } = analyzeFrame(pixels, faces ?? [], message.framing);
    scope.postMessage({
      type: 'analysed',
      id,
      faces,
      reasons,
      metrics,
      workMs: performance.now() - started,
    });
  } catch (error) {
    scope.postMessage({
      type: 'frameFailed',
      id,
      message: error instanceof Error ? error.message : String(error),
    });
  } finally {
    image.close();
  }
}

scope.addEventListener('message', ({ data }) => {
  if (data.type === 'load') void load(data.assetsBaseUrl);
  else void analyse(data);
});
scope.postMessage({ type: 'started' });
