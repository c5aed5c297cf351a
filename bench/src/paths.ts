import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRepoRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`bench: no pnpm-workspace.yaml above ${from}`);
    dir = parent;
  }
  return dir;
}

/** The repository root (found upwards, so it holds whether this module is bundled or not). */
export const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
export const benchDir = join(repoRoot, 'bench');
/** Where results are written and committed: `bench/results/<name>.json`. */
export const resultsDir = join(benchDir, 'results');
/** Generated files (fake camera clips, the built page); git-ignored. */
export const benchCacheDir = join(repoRoot, '.cache', 'bench');
export const pageSourceDir = join(benchDir, 'src', 'browser', 'page');
export const weightEntriesDir = join(benchDir, 'src', 'weight', 'entries');
export const coreAssetsDir = join(repoRoot, 'packages', 'core', 'assets');
export const fixtureImagesDir = join(repoRoot, '..', 'shared', 'fixtures', 'images');
