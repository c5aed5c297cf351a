// Bundles a TypeScript entry of the proxy (with @liveframe/core's sources) into one ESM file
// that plain Node runs, with no build first. Used by the proxy benchmark (bench/proxy/run.mjs) and
// by @liveframe/proxy-server's run-cli-from-source.mjs.
import { build } from 'esbuild';

/** Bundles `entry` into `outfile` for Node 20 (`options` go to esbuild) and resolves to `outfile`. */
export async function bundleFromSource(entry, outfile, options = {}) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    logLevel: 'warning',
    ...options,
  });
  return outfile;
}
