import type { FaceDetector } from '../detector/types.js';

/**
 * A face detector, a function that loads one, or `false` for none. The default loads MediaPipe's
 * face detector with a dynamic `import()`, only when the camera starts.
 */
export type DetectorOption = FaceDetector | (() => Promise<FaceDetector>) | false;

/** True when `value` looks like a {@link FaceDetector} instance. */
export function isFaceDetector(value: unknown): value is FaceDetector {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FaceDetector).detect === 'function' &&
    typeof (value as FaceDetector).close === 'function'
  );
}

/** Loads the bundled MediaPipe detector lazily, its files served from `assetsBaseUrl`. */
export async function loadMediaPipeDetector(
  assetsBaseUrl: string | undefined,
): Promise<FaceDetector> {
  const { createMediaPipeDetector } = await import('../detector/mediapipe.js');
  return createMediaPipeDetector(assetsBaseUrl === undefined ? {} : { assetsBaseUrl });
}
