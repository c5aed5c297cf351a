/** The files the BlazeFace (TensorFlow.js) face detector loads at run time, as absolute URLs. */
export interface BlazeFaceAssetUrls {
  /** The TensorFlow.js graph of BlazeFace short range. */
  readonly modelGraph: string;
  /** Its weights. */
  readonly modelWeights: string;
  /** TensorFlow.js's WebAssembly backend (SIMD build). */
  readonly wasm: string;
}

/** File names under `assets/` of `@liveframe/core`, and under a custom `assetsBaseUrl`. */
export const BLAZEFACE_ASSET_FILES = {
  modelGraph: 'blazeface_short_range.json',
  modelWeights: 'blazeface_short_range.bin',
  wasm: 'tfjs-backend-wasm-simd.wasm',
} as const satisfies Record<keyof BlazeFaceAssetUrls, string>;

/**
 * Where the detector's files are fetched from. Without `assetsBaseUrl`: the package's own
 * `assets/` folder, written as `new URL('...', import.meta.url)` so that Vite, webpack and other
 * bundlers emit the files with the app and serve them from its origin. With it: those file names
 * under that URL (relative URLs resolve against the page).
 */
export function resolveBlazeFaceAssetUrls(assetsBaseUrl?: string): BlazeFaceAssetUrls {
  if (assetsBaseUrl === undefined) {
    // `src/detector` and `dist/detector` are both two levels below the package root.
    return {
      modelGraph: new URL('../../assets/blazeface_short_range.json', import.meta.url).href,
      modelWeights: new URL('../../assets/blazeface_short_range.bin', import.meta.url).href,
      wasm: new URL('../../assets/tfjs-backend-wasm-simd.wasm', import.meta.url).href,
    };
  }
  const base = new URL(
    assetsBaseUrl.endsWith('/') ? assetsBaseUrl : `${assetsBaseUrl}/`,
    globalThis.location?.href,
  );
  return {
    modelGraph: new URL(BLAZEFACE_ASSET_FILES.modelGraph, base).href,
    modelWeights: new URL(BLAZEFACE_ASSET_FILES.modelWeights, base).href,
    wasm: new URL(BLAZEFACE_ASSET_FILES.wasm, base).href,
  };
}
