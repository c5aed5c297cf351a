import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../apps/demo/test/free-port.js';
import { repoRoot } from '../support/paths.js';
import { stripVTControlCharacters } from 'node:util';

/** The built demo and its proxy, served by `vite preview` as `pnpm preview` serves them. */
export interface DemoPreview {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  /** Ctrl-C, as a developer would stop it; SIGKILL if it has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<number | null>;
}

const demoRoot = join(repoRoot, 'apps', 'demo');
const viteBin = join(demoRoot, 'node_modules', 'vite', 'bin', 'vite.js');

/**
 * What `vite preview` serves or imports: the demo's build, and the built proxy (with the core it
 * imports, and proxy-server's config reader and simulator) that the demo's Vite plugin mounts on
 * `/api/liveness`.
 */
const BUILD_OUTPUTS = [
  'apps/demo/dist/index.html',
  'packages/proxy/dist/index.js',
  'packages/proxy-server/dist/index.js',
  'packages/core/dist/index.js',
];

/**
 * Throws a clear error naming the build outputs missing under `root` (default: this repository)
 * and the command that makes them.
 */
export function assertDemoBuilt(root: string = repoRoot): void {
  const missing = BUILD_OUTPUTS.filter((path) => !existsSync(join(root, path)));
  if (missing.length > 0) {
    throw new Error(
      `The demo browser tests serve the built demo, and ${missing.join(', ')} ` +
        `${missing.length === 1 ? 'is' : 'are'} missing. Run \`pnpm build\` first ` +
        '(`pnpm test` does it before the tests).',
    );
  }
}

/**
 * Starts the demo's `preview` script (`vite preview` in apps/demo, what `pnpm preview` runs after
 * its build) in its own Node process on a free loopback port, through `HOST` and `PORT` as a
 * developer would set them, with the simulator upstream whatever the shell holds. Resolves once
 * the server has printed its URL and mounted the proxy.
 */
export async function startDemoPreview(timeoutMs = 60_000): Promise<DemoPreview> {
  assertDemoBuilt();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // Plain Node resolves workspace packages to their builds; the test runner's NODE_OPTIONS and
  // any Dojah credentials stay out (no test may reach Dojah).
  const {
    NODE_OPTIONS: _nodeOptions,
    DOJAH_APP_ID: _appId,
    DOJAH_SECRET_KEY: _secretKey,
    ...env
  } = process.env;
  const child = spawn(process.execPath, [viteBin, 'preview'], {
    cwd: demoRoot,
    env: { ...env, HOST: '127.0.0.1', PORT: String(port), LIVEFRAME_UPSTREAM: 'simulator' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

  await new Promise<void>((resolve, reject) => {
    const fail = (message: string) => {
      clearTimeout(timer);
      reject(new Error(`${message}\n--- vite preview output ---\n${output}`));
    };
    const timer = setTimeout(() => fail(`vite preview not ready after ${timeoutMs} ms`), timeoutMs);
    const onData = (chunk: Buffer) => {
      // Vite colours its banner when CI is set: read the text without the escape codes.
      output += stripVTControlCharacters(chunk.toString());
      if (output.includes(origin) && output.includes('LiveFrame proxy on /api/liveness')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => fail(`vite preview exited with ${code} before it was ready`));
  }).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });

  return {
    origin,
    output: () => output,
    async stop(graceMs = 5_000) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
