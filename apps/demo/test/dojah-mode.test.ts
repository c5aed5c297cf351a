import { createServer as createHttpServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './free-port.js';
import { tinyJpegBase64 } from './tiny-jpeg.js';

// With DOJAH_APP_ID and DOJAH_SECRET_KEY in the environment, `pnpm dev` calls Dojah: here a
// local stand-in at DOJAH_BASE_URL, which records what it receives. The secret must reach it,
// server to server, and never the page.

const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
const secretKey = 'sk_test_demo_secret_4f1c';
const appId = 'app_demo_1234';

const answer = {
  entity: {
    liveness: { liveness_check: true, liveness_probability: 91.5 },
    face: { face_detected: false, message: 'no face detected', multiface_detected: false },
  },
};

describe('pnpm dev with Dojah credentials', () => {
  const received: { url: string; headers: IncomingHttpHeaders; body: string }[] = [];
  const stub = createHttpServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ url: req.url ?? '', headers: req.headers, body });
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(answer));
    });
  });
  let server: ViteDevServer | undefined;
  let origin = '';
  const saved = { ...process.env };

  beforeAll(async () => {
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    const { port: stubPort } = stub.address() as AddressInfo;
    process.env.DOJAH_APP_ID = appId;
    process.env.DOJAH_SECRET_KEY = secretKey;
    process.env.DOJAH_BASE_URL = `http://127.0.0.1:${stubPort}`;
    delete process.env.LIVEFRAME_UPSTREAM;
    const port = await freePort();
    server = await createServer({
      configFile,
      logLevel: 'silent',
      server: { host: '127.0.0.1', port, strictPort: true, hmr: false, watch: null },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    await server.listen();
    origin = `http://127.0.0.1:${port}`;
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await new Promise((resolve) => stub.close(resolve));
    for (const name of [
      'DOJAH_APP_ID',
      'DOJAH_SECRET_KEY',
      'DOJAH_BASE_URL',
      'LIVEFRAME_UPSTREAM',
    ]) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it('forwards the frame to Dojah with the credentials, and the answer to the page', async () => {
    const image = tinyJpegBase64();
    const withoutToken = await fetch(`${origin}/api/liveness`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ image }),
    });
    expect(withoutToken.status).toBe(401);
    expect(received).toHaveLength(0);
    const issued = await fetch(`${origin}/api/capture-token`, { method: 'POST' });
    const { token } = (await issued.json()) as { token: string };
    const response = await fetch(`${origin}/api/liveness`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-LiveFrame-Scenario': 'spoof',
        Authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ image }),
    });
    const text = await response.text();

    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toEqual(answer);
    expect(received).toHaveLength(1);
    const [call] = received;
    expect(call?.url).toBe('/api/v1/ml/liveness/');
    expect(call?.headers.appid).toBe(appId);
    expect(call?.headers.authorization).toBe(secretKey);
    expect(call?.headers['x-liveframe-scenario']).toBeUndefined();
    expect(JSON.parse(call?.body ?? '{}')).toEqual({ image });

    expect(text).not.toContain(secretKey);
    expect([...response.headers.values()].join('\n')).not.toContain(secretKey);
  });

  it('never serves the secret with the page or its modules', async () => {
    // The page, its entry, and Vite's client and defines modules. (The build is checked byte for
    // byte by no-secret.test.ts.)
    const paths = ['/', '/src/main.tsx', '/@vite/client', '/@vite/env'];
    const responses = await Promise.all(paths.map((path) => fetch(`${origin}${path}`)));
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    const texts = await Promise.all(responses.map((response) => response.text()));
    for (const text of texts) {
      expect(text).not.toContain(secretKey);
      expect(text).not.toContain(appId);
    }
  });
});
