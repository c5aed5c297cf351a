import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { coreAssetsDir, repoRoot, weightEntriesDir } from '../paths.js';
import type { BundleSize } from './measure-bundle.js';
import { measureBundle } from './measure-bundle.js';

/** Peers of Amplify's detector other than the app's own: only React is left out. */
const REACT_ONLY = ['react', 'react-dom', 'react/jsx-runtime'] as const;

/** A runtime file fetched by the detector (wasm, its loader, the model). */
export interface AssetSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface WeightMeasurements {
  readonly liveframe: BundleSize;
  readonly amplify: BundleSize;
  readonly reactWebcam: BundleSize;
  readonly assets: readonly AssetSize[];
  /** `@liveframe/react/styles.css`, gzipped, when the package ships it. */
  readonly stylesGzipBytes: number | undefined;
}

/** The LiveFrame entry alone: what `pnpm test`'s size check measures. */
export function measureLiveFrameBundle(): Promise<BundleSize> {
  return measureBundle({ entry: join(weightEntriesDir, 'liveframe.tsx') });
}

/**
 * Bundles the three entries with the same esbuild setup (see `measureBundle`) and sizes the
 * detector's runtime files in `packages/core/assets/`.
 */
export async function measureWeight(): Promise<WeightMeasurements> {
  const liveframe = await measureLiveFrameBundle();
  const amplify = await measureBundle({
    entry: join(weightEntriesDir, 'amplify.tsx'),
    external: REACT_ONLY,
  });
  const reactWebcam = await measureBundle({
    entry: join(weightEntriesDir, 'react-webcam.tsx'),
    external: REACT_ONLY,
  });
  // Precompressed siblings (.gz, .br) are for hosts that serve them: not counted twice.
  const files = existsSync(coreAssetsDir)
    ? (await readdir(coreAssetsDir)).filter((file) => !/\.(gz|br)$/.test(file)).sort()
    : [];
  const assets = await Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(join(coreAssetsDir, file));
      return { file, bytes: bytes.byteLength, gzipBytes: gzipSync(bytes, { level: 9 }).byteLength };
    }),
  );
  const stylesPath = join(repoRoot, 'packages', 'react', 'dist', 'styles.css');
  const stylesGzipBytes = existsSync(stylesPath)
    ? gzipSync(await readFile(stylesPath), { level: 9 }).byteLength
    : undefined;
  return { liveframe, amplify, reactWebcam, assets, stylesGzipBytes };
}
