import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  MEDIAPIPE_ASSET_FILES,
  resolveMediaPipeAssetUrls,
  supportsWasmSimd,
} from './mediapipe-assets.js';

describe('resolveMediaPipeAssetUrls', () => {
  it("defaults to the package's generated assets/ folder", () => {
    const urls = resolveMediaPipeAssetUrls();
    for (const key of ['wasmLoader', 'wasmBinary', 'model'] as const) {
      expect(urls[key]).toMatch(new RegExp(`/packages/core/assets/${MEDIAPIPE_ASSET_FILES[key]}$`));
      // Written by scripts/build-assets.mjs on install.
      expect(existsSync(fileURLToPath(urls[key]))).toBe(true);
    }
  });

  it.each([
    ['https://static.example.com/liveframe', 'https://static.example.com/liveframe/'],
    ['https://static.example.com/liveframe/', 'https://static.example.com/liveframe/'],
    ['file:///srv/assets', 'file:///srv/assets/'],
  ])('puts every file under assetsBaseUrl %s', (base, expected) => {
    expect(resolveMediaPipeAssetUrls(base)).toEqual({
      wasmLoader: `${expected}vision_wasm_internal.js`,
      wasmBinary: `${expected}vision_wasm_internal.wasm`,
      model: `${expected}face_detection_short_range.tflite`,
    });
  });

  it('throws on a relative assetsBaseUrl when there is no page to resolve it against', () => {
    expect(() => resolveMediaPipeAssetUrls('/static/')).toThrow(TypeError);
  });
});

describe('supportsWasmSimd', () => {
  it('is true on Node 20 (V8 with WebAssembly SIMD)', () => {
    expect(supportsWasmSimd()).toBe(true);
  });
});
