import type { DetectorProgressListener } from '../detector/load-progress.js';
import type { FaceDetector } from '../detector/types.js';

/**
 * The face detectors that ship with LiveFrame: `'blazeface'` (the default) runs BlazeFace short
 * range on TensorFlow.js's WebAssembly backend; `'mediapipe'` runs the same model on MediaPipe
 * Tasks Vision, several times heavier to download (sizes: bench/README.md).
 */
export type BuiltInDetector = 'blazeface' | 'mediapipe';

/**
 * A built-in face detector by name, a face detector, a function that loads one, or `false` for
 * none. The default, `'blazeface'`, is loaded with a dynamic `import()`, only when the camera
 * starts.
 */
export type DetectorOption = BuiltInDetector | FaceDetector | (() => Promise<FaceDetector>) | false;

/** The detector used when none is chosen. */
export const DEFAULT_DETECTOR: BuiltInDetector = 'blazeface';

/** True when `value` looks like a {@link FaceDetector} instance. */
export function isFaceDetector(value: unknown): value is FaceDetector {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FaceDetector).detect === 'function' &&
    typeof (value as FaceDetector).close === 'function'
  );
}

/** Loads a built-in detector lazily, its files served from `assetsBaseUrl`. */
export async function loadBuiltInDetector(
  name: BuiltInDetector,
  assetsBaseUrl: string | undefined,
  onProgress?: DetectorProgressListener,
): Promise<FaceDetector> {
  const base = assetsBaseUrl === undefined ? {} : { assetsBaseUrl };
  if (name === 'mediapipe') {
    const { createMediaPipeDetector } = await import('../detector/mediapipe.js');
    return createMediaPipeDetector(base);
  }
  const { createBlazeFaceDetector } = await import('../detector/blazeface.js');
  return createBlazeFaceDetector(onProgress === undefined ? base : { ...base, onProgress });
}
