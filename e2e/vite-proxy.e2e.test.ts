// The README's Vite integration, as documented: e2e/vite-proxy/vite.config.ts (the README shows it
// byte for byte) in front of the built `liveframe-proxy` CLI, reached under a hostname that is not
// localhost. The object form keeps the page's Host, so the proxy sees its own origin and answers;
// the string shorthand rewrites Host and gets 403, which is why the README uses the object form.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { ProxyOptions, UserConfig, ViteDevServer } from 'vite';
import { createServer, loadConfigFromFile } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, repoRoot } from './support/paths.js';

const HOSTNAME = 'app.example.test';
const configFile = join(repoRoot, 'e2e', 'vite-proxy', 'vite.config.ts');
const cli = join(repoRoot, 'packages', 'proxy-server', 'dist', 'cli.js');

let proxy: ChildProcess;
let proxyOrigin: string;
let documented: UserConfig;
let body: string;

beforeAll(async () => {
  const { DOJAH_APP_ID: _a, DOJAH_SECRET_KEY: _s, NODE_OPTIONS: _n, ...env } = process.env;
  proxy = spawn(process.execPath, [cli], {
    env: { ...env, PORT: '0', HOST: '127.0.0.1', LIVEFRAME_UPSTREAM: 'simulator' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proxyOrigin = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`proxy not ready:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += stripVTControlCharacters(chunk.toString());
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    proxy.stdout?.on('data', onData);
    proxy.stderr?.on('data', onData);
    proxy.once('exit', (code) => reject(new Error(`proxy exited with ${code}:\n${output}`)));
  });
  const loaded = await loadConfigFromFile(
    { command: 'serve', mode: 'development' },
    configFile,
    undefined,
    'silent',
  );
  if (!loaded) throw new Error(`could not load ${configFile}`);
  documented = loaded.config;
  const image = (await readFile(fixture('portrait.jpg'))).toString('base64');
  body = JSON.stringify({ image });
});

afterAll(() => {
  proxy?.kill('SIGTERM');
});

/** The documented config, pointed at the running proxy, on a free port and our test hostname. */
async function serve(proxyEntry: string | ProxyOptions): Promise<ViteDevServer> {
  const server = await createServer({
    ...documented,
    configFile: false,
    root: join(repoRoot, 'e2e', 'vite-proxy'),
    logLevel: 'silent',
    server: {
      ...documented.server,
      proxy: { '/api/liveness': proxyEntry },
      host: '127.0.0.1',
      port: 0,
      hmr: false,
      // Vite's dev server answers only hosts it knows; a page under your own hostname needs this.
      allowedHosts: [HOSTNAME],
    },
  });
  await server.listen();
  return server;
}

/** POSTs the portrait as a browser at http://app.example.test:<port> would (Host and Origin). */
function post(server: ViteDevServer): Promise<{ status: number; json: unknown }> {
  const { port } = server.httpServer?.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/liveness',
        headers: {
          Host: `${HOSTNAME}:${port}`,
          Origin: `http://${HOSTNAME}:${port}`,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) });
          } catch {
            reject(new Error(`HTTP ${res.statusCode} with a body that is not JSON: "${text}"`));
          }
        });
      },
    );
    req.once('error', reject);
    req.end(body);
  });
}

describe('the README’s Vite server.proxy', () => {
  it('is the object form with changeOrigin: false', () => {
    const entry = documented.server?.proxy?.['/api/liveness'];
    expect(entry).toMatchObject({ target: 'http://127.0.0.1:8787', changeOrigin: false });
  });

  it('reaches the proxy with 200 from a page at a non-localhost origin', async () => {
    const entry = documented.server?.proxy?.['/api/liveness'] as ProxyOptions;
    const server = await serve({ ...entry, target: proxyOrigin });
    try {
      const answer = await post(server);
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({ entity: { liveness: { liveness_check: true } } });
    } finally {
      await server.close();
    }
  });

  it('would get 403 with the string shorthand, which rewrites Host, every time', async () => {
    const server = await serve(proxyOrigin);
    try {
      // The proxy answers before reading the body; Vite's proxy must still get that answer (a
      // socket closed under its upload turned it into a 502 now and then).
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const answer = await post(server);
        expect(answer.status).toBe(403);
        expect(answer.json).toMatchObject({ error: { code: 'ORIGIN_NOT_ALLOWED' } });
      }
    } finally {
      await server.close();
    }
  });
});
