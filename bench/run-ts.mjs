// Bundles a TypeScript entry of this package for Node with esbuild into the ignored .cache/, then
// runs it. Dependencies stay external and resolve from this package, so the workspace packages
// are their built dist (the tsconfig `paths` to sources are not applied).
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Bundles `src/<entry>.ts` to `.cache/<name>.mjs` and imports it. */
export async function runTypeScript(entry, name) {
  const outfile = `${here}.cache/${name}.mjs`;
  await build({
    entryPoints: [`${here}src/${entry}.ts`],
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
}
