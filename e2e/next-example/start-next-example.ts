import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { freePort } from '../../apps/demo/test/free-port.js';
import { repoRoot } from '../support/paths.js';

export const nextExampleRoot = join(repoRoot, 'apps', 'next-example');
const nextBin = join(nextExampleRoot, 'node_modules', 'next', 'dist', 'bin', 'next');

/** The packages the example imports through their `exports` (their builds, as from npm). */
const PACKAGE_BUILDS = ['core', 'react', 'proxy', 'proxy-server'].map((name) =>
  join('packages', name, 'dist', 'index.js'),
);

/**
 * The environment of the example's Next processes: telemetry off, no Dojah credentials and no
 * test-runner NODE_OPTIONS, plus `extra`.
 */
function nextEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const {
    NODE_OPTIONS: _nodeOptions,
    DOJAH_APP_ID: _appId,
    DOJAH_SECRET_KEY: _secretKey,
    LIVEFRAME_UPSTREAM: _upstream,
    LIVEFRAME_TOKEN_SECRET: _tokenSecret,
    ...env
  } = process.env;
  return { ...env, NEXT_TELEMETRY_DISABLED: '1', ...extra };
}

/** Runs `next`, resolving with its output; rejects with the output when it fails. */
function runNext(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], {
      cwd: nextExampleRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => (output += stripVTControlCharacters(chunk.toString()));
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`next ${args.join(' ')} exited with ${code}\n${output}`));
    });
  });
}

/**
 * `next build` of apps/next-example (its `build` script) with no Dojah credentials, as in CI.
 * Throws asking for `pnpm build` when the packages are not built.
 */
export async function buildNextExample(timeoutMs = 180_000): Promise<string> {
  const missing = PACKAGE_BUILDS.filter((path) => !existsSync(join(repoRoot, path)));
  if (missing.length > 0) {
    throw new Error(
      `The Next.js example imports the built packages, and ${missing.join(', ')} is missing. ` +
        'Run `pnpm build` first (`pnpm test` does it before the tests).',
    );
  }
  return runNext(['build'], nextEnv({}), timeoutMs);
}

/** `next start` of the built example. */
export interface NextExampleServer {
  readonly port: number;
  /** Everything the server printed so far. */
  output(): string;
  stop(graceMs?: number): Promise<void>;
}

/**
 * `next start` (the example's `start` script) on a free port given through `PORT`, with the
 * simulator chosen explicitly (`LIVEFRAME_UPSTREAM=simulator`) and a token secret. Resolves once Next is ready.
 */
export async function startNextExample(timeoutMs = 60_000): Promise<NextExampleServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [nextBin, 'start'], {
    cwd: nextExampleRoot,
    env: nextEnv({
      PORT: String(port),
      LIVEFRAME_UPSTREAM: 'simulator',
      // A fresh token secret per run, as a deployment keeps one in its secrets.
      LIVEFRAME_TOKEN_SECRET: randomBytes(32).toString('base64url'),
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const fail = (message: string) => {
      clearTimeout(timer);
      reject(new Error(`${message}\n--- next start output ---\n${output}`));
    };
    const timer = setTimeout(() => fail(`next start not ready after ${timeoutMs} ms`), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += stripVTControlCharacters(chunk.toString());
      if (/Ready in/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => fail(`next start exited with ${code} before it was ready`));
  }).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  return {
    port,
    output: () => output,
    async stop(graceMs = 5_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
