// Runs the TypeScript benchmarks: bundles src/cli.ts for Node with esbuild (dependencies stay
// external, resolved from this package) into the ignored .cache/, then runs it.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const outfile = `${here}.cache/cli.mjs`;
await build({
  entryPoints: [`${here}src/cli.ts`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
