#!/usr/bin/env node
// Runs the liveframe-proxy CLI straight from TypeScript sources, with no build: esbuild bundles
// src/cli.ts (and @liveframe/core's sources) into a temporary file, which is then imported in
// this same process, so signals (SIGTERM drain) and exit codes behave as with dist/cli.js.
// Used by `pnpm proxy` at the repo root and by the CLI tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleFromSource } from './bundle-from-source.mjs';

const entry = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'liveframe-proxy-'));
const outfile = join(dir, 'cli.mjs');

await bundleFromSource(entry, outfile);
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
