import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Generated files of the browser tests (fake videos, built pages); git-ignored. */
export const e2eCacheDir = join(repoRoot, '.cache', 'e2e');

/** Test pages, one folder each (`e2e/pages/<name>/index.html`). */
export const e2ePagesDir = join(repoRoot, 'e2e', 'pages');

/**
 * The shared fixture images: `<repo>/../shared/fixtures/images` (CI clones the repo with
 * `shared/` beside it). Throws a clear error when they are missing.
 */
export function fixturesDir(): string {
  const dir = resolve(repoRoot, '..', 'shared', 'fixtures', 'images');
  if (!existsSync(dir)) {
    throw new Error(
      `Fixture images not found at ${dir}. Browser tests expect the shared fixtures beside the ` +
        'repository (../shared/fixtures/images).',
    );
  }
  return dir;
}

/** Path of one fixture image, e.g. `fixture('astronaut.png')`; throws when it is missing. */
export function fixture(name: string): string {
  const path = join(fixturesDir(), name);
  if (!existsSync(path)) throw new Error(`Fixture image not found: ${path}`);
  return path;
}
