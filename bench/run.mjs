// Runs the TypeScript benchmarks: bundles src/cli.ts for Node with esbuild into the ignored
// .cache/, then runs it. Dependencies stay external and resolve from this package, so the
// workspace packages are their built dist (the tsconfig `paths` to sources are not applied).
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
  tsconfigRaw: '{}',
  outfile,
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
