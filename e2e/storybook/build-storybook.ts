import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../support/paths.js';

const run = promisify(execFile);

/** Where the stories test builds Storybook, one folder per run (git-ignored). */
export const storybookTestDir = join(repoRoot, '.cache', 'storybook-test');

export interface StorybookBuild {
  /** The folder holding `index.json` and `iframe.html`. */
  readonly dir: string;
  /** Removes the build when this run made it; keeps a prebuilt one. */
  dispose(): Promise<void>;
}

/**
 * The static Storybook to test: `LIVEFRAME_STORYBOOK_STATIC` when set (e.g. the output of
 * `pnpm build-storybook`, to skip a second build), otherwise a fresh `storybook build` of the
 * working tree into a folder of its own under `.cache/storybook-test/`, so runs side by side
 * never read each other's half-written builds.
 */
export async function buildStorybook(): Promise<StorybookBuild> {
  const prebuilt = process.env.LIVEFRAME_STORYBOOK_STATIC;
  if (prebuilt !== undefined && prebuilt !== '') {
    if (!existsSync(join(prebuilt, 'index.json'))) {
      throw new Error(`LIVEFRAME_STORYBOOK_STATIC=${prebuilt} holds no Storybook build.`);
    }
    return { dir: prebuilt, dispose: async () => {} };
  }
  await mkdir(storybookTestDir, { recursive: true });
  const dir = await mkdtemp(join(storybookTestDir, 'run-'));
  const dispose = () => rm(dir, { recursive: true, force: true });
  const bin = join(repoRoot, 'node_modules', 'storybook', 'dist', 'bin', 'dispatcher.js');
  try {
    await run(process.execPath, [bin, 'build', '-o', dir, '--quiet'], {
      cwd: repoRoot,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', CI: 'true' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    await dispose();
    const { stderr = '', stdout = '' } = error as { stderr?: string; stdout?: string };
    throw new Error(`storybook build failed:\n${stderr || stdout}`, { cause: error });
  }
  return { dir, dispose };
}
