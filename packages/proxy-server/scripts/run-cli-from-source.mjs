#!/usr/bin/env node
// Runs the liveframe-proxy CLI straight from TypeScript sources, with no build: esbuild bundles
// src/cli.ts (and the sources of @liveframe/proxy and @liveframe/core) into a temporary file,
// which is then imported in this same process, so signals (SIGTERM drain) and exit codes behave
// as with dist/cli.js. Used by `pnpm proxy` at the repo root and by the CLI tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleFromSource } from '../../proxy/scripts/bundle-from-source.mjs';

const entry = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'liveframe-proxy-'));
const outfile = join(dir, 'cli.mjs');

await bundleFromSource(entry, outfile, {
  // pngjs (the simulator's PNG decoder) requires Node built-ins; give the ESM bundle a `require`.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
});
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
