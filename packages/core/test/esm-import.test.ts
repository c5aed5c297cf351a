import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built package, imported by its own name from plain Node ESM: what an integrator's server or
// bundler sees. `pnpm test` builds first; run `pnpm build` before running this file alone.

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const builtEntry = join(packageDir, 'dist', 'index.js');

/** Globals a browser has and Node has not; reading any of them at import time is a bug. */
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'self',
  'location',
  'localStorage',
  'matchMedia',
  'requestAnimationFrame',
  'createImageBitmap',
  'HTMLElement',
  'HTMLVideoElement',
  'HTMLCanvasElement',
  'OffscreenCanvas',
  'ImageData',
  'Image',
  'MediaStream',
];

// Runs in a child `node`: traps every DOM global, imports the package by name, reports.
const script = `
const touched = [];
for (const name of ${JSON.stringify(DOM_GLOBALS)}) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() { touched.push(name); return undefined; },
  });
}
const mod = await import('@liveframe/core');
const exports = Object.fromEntries(Object.entries(mod).map(([k, v]) => [k, typeof v]));
const french = (await mod.loadCatalog('fr')).NO_FACE;
process.stdout.write(JSON.stringify({ exports, touched, french, url: import.meta.resolve('@liveframe/core') }));
`;

function importBuiltPackage(): {
  exports: Record<string, string>;
  touched: string[];
  french: string;
  url: string;
} {
  if (!existsSync(builtEntry)) {
    throw new Error(
      `${builtEntry} is missing: run \`pnpm build\` (or \`pnpm --filter @liveframe/core build\`) first. \`pnpm test\` builds before testing.`,
    );
  }
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: packageDir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    timeout: 30_000,
  });
  return JSON.parse(output) as ReturnType<typeof importBuiltPackage>;
}

describe('@liveframe/core in plain Node ESM', () => {
  const result = importBuiltPackage();

  it('resolves its own name to the build, not the sources', () => {
    expect(result.url).toMatch(/\/packages\/core\/dist\/index\.js$/);
  });

  it.each([
    ['REASON_CODES', 'object'],
    ['isReasonCode', 'function'],
    ['parseLivenessResponse', 'function'],
    ['LivenessResponseError', 'function'],
    ['PROXY_ERROR_CODES', 'object'],
    ['parseProxyError', 'function'],
    ['assessLiveness', 'function'],
    ['DEFAULT_VERDICT_OPTIONS', 'object'],
    ['MESSAGES', 'object'],
    ['UI_MESSAGE_KEYS', 'object'],
    ['resolveMessages', 'function'],
    ['loadCatalog', 'function'],
    ['loadedCatalog', 'function'],
    ['applyMessageOverrides', 'function'],
    ['formatMessage', 'function'],
    ['checkLiveness', 'function'],
    ['LivenessCheckError', 'function'],
    ['isAbortError', 'function'],
  ])('exports %s (%s)', (name, type) => {
    expect(result.exports[name]).toBe(type);
  });

  it('loads a catalog from its own file with import()', () => {
    expect(result.french).toBe('Nous ne voyons pas votre visage. Regardez droit vers la caméra.');
  });

  it('reads no DOM global at import time', () => {
    expect(result.touched).toEqual([]);
  });
});
