/** The files the MediaPipe face detector loads at run time, as absolute URLs. */
export interface MediaPipeAssetUrls {
  /** The MediaPipe Tasks Vision wasm loader script. */
  readonly wasmLoader: string;
  /** The MediaPipe Tasks Vision wasm binary (WebAssembly SIMD build). */
  readonly wasmBinary: string;
  /** BlazeFace short range, with its TFLite metadata. */
  readonly model: string;
}

/** File names under `assets/` of `@liveframe/core`, and under a custom `assetsBaseUrl`. */
export const MEDIAPIPE_ASSET_FILES = {
  wasmLoader: 'vision_wasm_internal.js',
  wasmBinary: 'vision_wasm_internal.wasm',
  model: 'face_detection_short_range.tflite',
} as const satisfies Record<keyof MediaPipeAssetUrls, string>;

/**
 * Where the detector's files are fetched from. Without `assetsBaseUrl`: the package's own
 * `assets/` folder, written as `new URL('...', import.meta.url)` so that Vite, webpack and other
 * bundlers emit the files with the app and serve them from its origin. With it: those file names
 * under that URL (relative URLs resolve against the page).
 */
export function resolveMediaPipeAssetUrls(assetsBaseUrl?: string): MediaPipeAssetUrls {
  if (assetsBaseUrl === undefined) {
    // `src/detector` and `dist/detector` are both two levels below the package root.
    return {
      wasmLoader: new URL('../../assets/vision_wasm_internal.js', import.meta.url).href,
      wasmBinary: new URL('../../assets/vision_wasm_internal.wasm', import.meta.url).href,
      model: new URL('../../assets/face_detection_short_range.tflite', import.meta.url).href,
    };
  }
  const base = new URL(
    assetsBaseUrl.endsWith('/') ? assetsBaseUrl : `${assetsBaseUrl}/`,
    globalThis.location?.href,
  );
  return {
    wasmLoader: new URL(MEDIAPIPE_ASSET_FILES.wasmLoader, base).href,
    wasmBinary: new URL(MEDIAPIPE_ASSET_FILES.wasmBinary, base).href,
    model: new URL(MEDIAPIPE_ASSET_FILES.model, base).href,
  };
}

// The smallest module using a SIMD instruction (i8x16.popcnt), as in wasm-feature-detect.
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15,
  253, 98, 11,
]);

/** Whether this JavaScript engine runs WebAssembly with SIMD, which the shipped runtime needs. */
export function supportsWasmSimd(): boolean {
  return typeof WebAssembly === 'object' && WebAssembly.validate(SIMD_PROBE);
}
