import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { pageSourceDir } from '../paths.js';

/**
 * Builds the bench page as an app would ship it: a Vite production build with the default
 * resolve conditions, so `@liveframe/*` come from their built `dist` and the detector's wasm and
 * model are emitted by Vite from `@liveframe/core/assets` (no `assetsBaseUrl`).
 */
export async function buildBenchPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: pageSourceDir,
    // Errors only: Vite's build notes (plugin timings) would interleave with the bench output.
    logLevel: 'error',
    mode: 'production',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
  });
}
