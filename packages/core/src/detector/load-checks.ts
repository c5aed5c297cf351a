import { DetectorLoadError } from './detector-load-error.js';
import { supportsWasmSimd } from './mediapipe-assets.js';

/** Both built-in detectors run on WebAssembly SIMD: without it, an `environment` load error. */
export function requireWasmSimd(): void {
  if (!supportsWasmSimd()) {
    throw new DetectorLoadError(
      'environment',
      'Face detection needs WebAssembly SIMD, which this browser does not support.',
    );
  }
}

/** `resolve(assetsBaseUrl)`, or an `environment` load error naming the unusable URL. */
export function resolveAssetsOrThrow<T>(
  resolve: (assetsBaseUrl?: string) => T,
  assetsBaseUrl: string | undefined,
): T {
  try {
    return resolve(assetsBaseUrl);
  } catch (cause) {
    throw new DetectorLoadError(
      'environment',
      `assetsBaseUrl is not a usable URL: ${String(assetsBaseUrl)}`,
      { cause },
    );
  }
}
