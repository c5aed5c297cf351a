import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureBundle } from './measure-bundle.js';

// A tiny app: a static import (initial), dynamic imports (lazy), and a peer left external.
const FILES: Record<string, string> = {
  'entry.js': [
    "import { greet } from './static.js';",
    "import { useState } from 'react';",
    'export const state = useState;',
    "document.body.textContent = greet('x'.repeat(2000));",
    "export const later = () => import('./lazy.js').then((m) => m.heavy());",
  ].join('\n'),
  'static.js': 'export const greet = (name) => `hello ${name}`;',
  'lazy.js': `export const heavy = () => ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `word${i * 7919}`))};`,
  // Chunks split at an import() are entry points to esbuild too (`entryPoint` in the metafile).
  'many-lazy.js': [
    "export const a = () => import('./a.js');",
    "export const z = () => import('./z.js');",
  ].join('\n'),
  'a.js': "export const a = 'a';",
  'z.js': "export const z = 'z';",
};

describe('measureBundle', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'liveframe-measure-bundle-'));
    for (const [name, text] of Object.entries(FILES)) await writeFile(join(dir, name), text);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('splits the initial chunk from the lazy one and gzips each', async () => {
    const size = await measureBundle({ entry: join(dir, 'entry.js'), external: ['react'] });
    expect(size.initial.map((file) => file.file)).toEqual(['entry.js']);
    expect(size.lazy).toHaveLength(1);
    const [initial] = size.initial;
    const [lazy] = size.lazy;
    // The repeated string compresses well; the list of distinct words much less.
    expect(initial?.gzipBytes).toBeLessThan(initial?.minifiedBytes ?? 0);
    expect(lazy?.minifiedBytes).toBeGreaterThan(4000);
    expect(size.initialGzipBytes).toBe(initial?.gzipBytes);
    expect(size.lazyGzipBytes).toBe(lazy?.gzipBytes);
    expect(lazy?.inputs[0]).toMatch(/lazy\.js \d+ B/);
  });

  it('names the modules of each chunk, and counts chunks split at an import() as lazy', async () => {
    const size = await measureBundle({ entry: join(dir, 'many-lazy.js'), external: [] });
    expect(size.initial.map((file) => file.file)).toEqual(['entry.js']);
    expect(size.initial[0]?.modules).toEqual(['many-lazy.js']);
    expect(size.lazy.flatMap((file) => file.modules).sort()).toEqual(['a.js', 'z.js']);
  });

  it('leaves external peers out of the bundle', async () => {
    const withPeer = await measureBundle({ entry: join(dir, 'entry.js'), external: ['react'] });
    await expect(measureBundle({ entry: join(dir, 'entry.js'), external: [] })).rejects.toThrow(
      /react/,
    );
    expect(withPeer.initial[0]?.inputs.join()).not.toMatch(/react/);
  });

  it('fails for a missing entry', async () => {
    await expect(measureBundle({ entry: join(dir, 'missing.js') })).rejects.toThrow();
  });
});
