import { fileURLToPath } from 'node:url';
import type { Metafile } from 'esbuild';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Inputs of the chunks `entry` loads before running (static imports), following chunks. */
function staticInputs(metafile: Metafile, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (output: string) => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const imported of metafile.outputs[output]?.imports ?? []) {
      if (imported.kind === 'import-statement') visit(imported.path);
    }
  };
  visit(entry);
  return [...seen].flatMap((output) => Object.keys(metafile.outputs[output]?.inputs ?? {}));
}

describe('the main entry of @liveframe/core', () => {
  it('loads MediaPipe and TensorFlow.js only through a dynamic import()', async () => {
    const { metafile } = await build({
      entryPoints: { index: fileURLToPath(new URL('../index.ts', import.meta.url)) },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      outdir: 'out',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const eager = staticInputs(metafile, 'out/index.js');
    expect(eager.length).toBeGreaterThan(1);
    expect(eager.filter((input) => input.includes('@mediapipe'))).toEqual([]);
    expect(eager.filter((input) => input.includes('@tensorflow'))).toEqual([]);
  });
});
