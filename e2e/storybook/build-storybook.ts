import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../support/paths.js';

const run = promisify(execFile);

/** Where the stories test builds Storybook (git-ignored). */
export const storybookTestDir = join(repoRoot, '.cache', 'storybook-test');

/**
 * The static Storybook to test: `LIVEFRAME_STORYBOOK_STATIC` when set (e.g. the output of
 * `pnpm build-storybook`, to skip a second build), otherwise a fresh `storybook build` of the
 * working tree into `.cache/storybook-test/`.
 * @returns the folder holding `index.json` and `iframe.html`
 */
export async function buildStorybook(): Promise<string> {
  const prebuilt = process.env.LIVEFRAME_STORYBOOK_STATIC;
  if (prebuilt !== undefined && prebuilt !== '') {
    if (!existsSync(join(prebuilt, 'index.json'))) {
      throw new Error(`LIVEFRAME_STORYBOOK_STATIC=${prebuilt} holds no Storybook build.`);
    }
    return prebuilt;
  }
  const bin = join(repoRoot, 'node_modules', 'storybook', 'dist', 'bin', 'dispatcher.js');
  try {
    await run(process.execPath, [bin, 'build', '-o', storybookTestDir, '--quiet'], {
      cwd: repoRoot,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', CI: 'true' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stderr = '', stdout = '' } = error as { stderr?: string; stdout?: string };
    throw new Error(`storybook build failed:\n${stderr || stdout}`, { cause: error });
  }
  return storybookTestDir;
}
