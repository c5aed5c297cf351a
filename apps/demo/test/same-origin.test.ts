import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLivenessResponse } from '@liveframe/core';
import { build, createServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './free-port.js';
import { tinyJpegBase64 } from './tiny-jpeg.js';
import { stripVTControlCharacters } from 'node:util';

// The demo's promise: one origin serves the page and the proxy, in `vite` and `vite preview`.
// Each server here is the real one, from apps/demo/vite.config.ts, on a free loopback port.

const demoRoot = fileURLToPath(new URL('..', import.meta.url));
const configFile = join(demoRoot, 'vite.config.ts');
const viteBin = join(demoRoot, 'node_modules/vite/bin/vite.js');
const proxyBuilt = existsSync(
  fileURLToPath(new URL('../../../packages/proxy/dist/index.js', import.meta.url)),
);

// The simulator, whatever the developer's shell holds: no test may reach Dojah.
process.env.LIVEFRAME_UPSTREAM = 'simulator';
delete process.env.DOJAH_APP_ID;
delete process.env.DOJAH_SECRET_KEY;

const image = tinyJpegBase64();

/** Resolves with the one URL the server prints; rejects if it exits or stays silent. */
function waitForUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`no URL after ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      // Vite colours its banner when CI is set: read the text without the escape codes.
      output += stripVTControlCharacters(chunk.toString());
      const urls = output.match(/http:\/\/[\w.:[\]-]+/g) ?? [];
      if (urls.length > 0 && output.includes('LiveFrame proxy on /api/liveness')) {
        clearTimeout(timer);
        if (urls.length === 1 && urls[0] !== undefined) resolve(urls[0]);
        else reject(new Error(`expected one URL, got: ${urls.join(', ')}`));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

/** A capture token from the demo server's own route, as the page gets one per visit. */
async function captureToken(origin: string): Promise<string> {
  const response = await fetch(`${origin}/api/capture-token`, { method: 'POST' });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

async function postImage(origin: string, headers: Record<string, string> = {}): Promise<Response> {
  const token = await captureToken(origin);
  return fetch(`${origin}/api/liveness`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ image }),
  });
}

/** The checks both servers must pass. */
function sameOriginChecks(origin: () => string) {
  it('serves the page', async () => {
    const response = await fetch(`${origin()}/?step=selfie`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root"></div>');
  });

  it('answers POST /api/liveness through the proxy with the endpoint’s shape', async () => {
    const response = await postImage(origin(), { Origin: origin() });
    expect(response.status).toBe(200);
    const body = parseLivenessResponse(await response.json());
    expect(body.entity.liveness.liveness_check).toBe(true);
  });

  it('passes ?scenario= on as X-LiveFrame-Scenario to the simulator', async () => {
    const response = await postImage(origin(), { 'X-LiveFrame-Scenario': 'spoof' });
    expect(response.status).toBe(200);
    const body = parseLivenessResponse(await response.json());
    expect(body.entity.liveness.liveness_check).toBe(false);
  });

  it('refuses a POST without the visit’s capture token, and issues tokens only on POST', async () => {
    const response = await postImage(origin(), { Authorization: '' });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: expect.objectContaining({ code: 'TOKEN_MISSING' }),
    });
    expect((await fetch(`${origin()}/api/capture-token`)).status).toBe(405);
  });

  it('is the proxy that answers, with its own refusals', async () => {
    const foreign = await postImage(origin(), { Origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    const wrongMethod = await fetch(`${origin()}/api/liveness`);
    expect(wrongMethod.status).toBe(405);
    expect(await wrongMethod.json()).toEqual({
      error: expect.objectContaining({ code: expect.any(String) }),
    });
  });
}

describe('pnpm dev: vite with the proxy as middleware', () => {
  let origin = '';
  let close = async () => {};

  beforeAll(async () => {
    const port = await freePort();
    const server = await createServer({
      configFile,
      logLevel: 'silent',
      server: { host: '127.0.0.1', port, strictPort: true, hmr: false, watch: null },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    await server.listen();
    origin = `http://127.0.0.1:${port}`;
    close = () => server.close();
  }, 60_000);

  afterAll(() => close());

  sameOriginChecks(() => origin);
});

// Preview serves the built demo with the built proxy, as production would, so it runs as the
// `vite preview` command in its own Node process (this test runner resolves workspace packages to
// their TypeScript sources, which plain Node cannot import). `pnpm test` builds the packages
// before the unit tests; `pnpm preview` builds them itself.
describe.skipIf(!proxyBuilt)('pnpm preview: the built demo with the built proxy', () => {
  let origin = '';
  let outDir = '';
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'liveframe-demo-preview-'));
    await build({ configFile, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const port = await freePort();
    const { NODE_OPTIONS: _ignored, ...env } = process.env;
    child = spawn(
      process.execPath,
      [viteBin, 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port)],
      { cwd: demoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    origin = await waitForUrl(child, 60_000);
  }, 180_000);

  afterAll(async () => {
    if (child?.exitCode === null) child.kill('SIGKILL');
    if (outDir !== '') await rm(outDir, { recursive: true, force: true });
  });

  it('prints one URL, on the port asked for', () => {
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  sameOriginChecks(() => origin);

  it('stops cleanly on Ctrl-C (SIGINT): exit code 0', async () => {
    const running = child;
    if (running === undefined) throw new Error('preview did not start');
    const exited = new Promise<number | null>((resolve) => running.once('exit', resolve));
    running.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
