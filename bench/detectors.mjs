// Runs the detector comparison (src/detectors/compare-cli.ts), bundled for Node like run.mjs.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const outfile = `${here}.cache/detectors.mjs`;
await build({
  entryPoints: [`${here}src/detectors/compare-cli.ts`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  tsconfigRaw: '{}',
  outfile,
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
