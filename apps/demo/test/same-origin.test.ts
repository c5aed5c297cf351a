import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLivenessResponse } from '@liveframe/core';
import { build, createServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './free-port.js';
import { tinyJpegBase64 } from './tiny-jpeg.js';

// The demo's promise: one origin serves the page and the proxy, in `vite` and `vite preview`.
// Each server here is the real one, from apps/demo/vite.config.ts, on a free loopback port.

const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
const proxyBuilt = existsSync(
  fileURLToPath(new URL('../../../packages/proxy/dist/index.js', import.meta.url)),
);

// The simulator, whatever the developer's shell holds: no test may reach Dojah.
process.env.LIVEFRAME_UPSTREAM = 'simulator';
delete process.env.DOJAH_APP_ID;
delete process.env.DOJAH_SECRET_KEY;

const image = tinyJpegBase64();

function postImage(origin: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${origin}/api/liveness`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
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

// Preview serves the built demo with the built proxy, as production would; `pnpm test` builds
// the packages before the unit tests, and `pnpm preview` builds them itself.
describe.skipIf(!proxyBuilt)('pnpm preview: the built demo with the built proxy', () => {
  let origin = '';
  let outDir = '';
  let close = async () => {};

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'liveframe-demo-preview-'));
    await build({ configFile, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const port = await freePort();
    const server = await preview({
      configFile,
      logLevel: 'silent',
      build: { outDir },
      preview: { host: '127.0.0.1', port, strictPort: true },
    });
    origin = `http://127.0.0.1:${port}`;
    close = () => server.close();
  }, 180_000);

  afterAll(async () => {
    await close();
    if (outDir !== '') await rm(outDir, { recursive: true, force: true });
  });

  sameOriginChecks(() => origin);
});
