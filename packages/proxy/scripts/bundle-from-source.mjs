// Bundles a TypeScript entry of the proxy (with @liveframe/core's sources) into one ESM file
// that plain Node runs, with no build first. Used by the proxy benchmark (bench/proxy/run.mjs).
import { build } from 'esbuild';

/** Bundles `entry` into `outfile` for Node 20 and resolves to `outfile`. */
export async function bundleFromSource(entry, outfile) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    logLevel: 'warning',
  });
  return outfile;
}
