// The initial-JS budget, enforced by `pnpm test` (which builds the packages first): what an app
// ships up front for <LivenessCapture>, measured on the built packages as `pnpm bench` does.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../paths.js';
import { BUDGETS } from '../report/budgets.js';
import type { OutputSize } from './measure-bundle.js';
import { measureLiveFrameBundle } from './weight-bench.js';

const BUILT = ['core', 'react'].map((name) => join(repoRoot, 'packages', name, 'dist', 'index.js'));

/** The message catalogs (`messages/fr.ts` and so on) bundled in `files`, by locale. */
function catalogsIn(files: readonly OutputSize[]): string[] {
  return files
    .flatMap((file) => file.modules)
    .map((module) => /messages\/(en|fr|ar|pt|sw)\.[jt]s$/.exec(module)?.[1])
    .filter((locale) => locale !== undefined)
    .sort();
}

describe('initial JS of @liveframe/react + @liveframe/core', () => {
  it(`stays under ${BUDGETS.initialJsGzipBytes} bytes gzipped, without the detector`, async () => {
    const missing = BUILT.filter((file) => !existsSync(file));
    if (missing.length > 0) {
      throw new Error(`Build the packages first (pnpm build); missing ${missing.join(', ')}`);
    }
    const size = await measureLiveFrameBundle();
    const contents = size.initial.flatMap((file) => file.inputs).join(', ');
    console.info(
      `initial JS: ${size.initialGzipBytes} B gzipped (budget < ${BUDGETS.initialJsGzipBytes} B); ` +
        `lazy chunks: ${size.lazyGzipBytes} B gzipped; initial contents (minified bytes): ${contents}`,
    );
    expect(
      size.initialGzipBytes,
      `initial JS is ${size.initialGzipBytes} B gzipped, over the budget of ${BUDGETS.initialJsGzipBytes} B (${contents})`,
    ).toBeLessThan(BUDGETS.initialJsGzipBytes);
    expect(contents, 'MediaPipe must load lazily, not with the initial JS').not.toMatch(
      /@mediapipe/,
    );
    // English is the fallback and stays; every other catalog is its own lazy chunk.
    expect(catalogsIn(size.initial)).toEqual(['en']);
    expect(catalogsIn(size.lazy)).toEqual(['ar', 'fr', 'pt', 'sw']);
  });
});
