import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Builds the demo exactly as `pnpm build` does, with canary credentials in the environment, and
// searches every byte of the output for them. The proxy reads these variables on the server; a
// leak (an `envPrefix` that lets DOJAH_ through, a `define`, a stray `import.meta.env`) would put
// them in the bundle, and this test fails.

const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));

/** Every file under `dir`, recursively. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Files under `dir` whose bytes contain any of `needles` (as UTF-8). */
async function filesContaining(dir: string, needles: readonly string[]): Promise<string[]> {
  const hits: string[] = [];
  for (const file of await listFiles(dir)) {
    const bytes = await readFile(file);
    if (needles.some((needle) => bytes.includes(Buffer.from(needle, 'utf8')))) hits.push(file);
  }
  return hits;
}

describe('the built demo', () => {
  const secretKey = `sk_canary_${randomUUID()}`;
  const appId = `app_canary_${randomUUID()}`;
  let outDir = '';
  let saved: Record<string, string | undefined> = {};

  beforeAll(async () => {
    saved = {
      DOJAH_SECRET_KEY: process.env.DOJAH_SECRET_KEY,
      DOJAH_APP_ID: process.env.DOJAH_APP_ID,
      LIVEFRAME_UPSTREAM: process.env.LIVEFRAME_UPSTREAM,
    };
    process.env.DOJAH_SECRET_KEY = secretKey;
    process.env.DOJAH_APP_ID = appId;
    delete process.env.LIVEFRAME_UPSTREAM;
    outDir = await mkdtemp(join(tmpdir(), 'liveframe-demo-canary-'));
    await build({
      configFile,
      mode: 'production',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
  }, 180_000);

  afterAll(async () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    if (outDir !== '') await rm(outDir, { recursive: true, force: true });
  });

  it('is a real build: the page, its script and its styles', async () => {
    const files = (await listFiles(outDir)).map((file) => file.slice(outDir.length + 1));
    expect(files).toContain('index.html');
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    expect(files.some((file) => file.endsWith('.css'))).toBe(true);
  });

  it('contains neither the secret key nor the app ID from the environment', async () => {
    expect(await filesContaining(outDir, [secretKey, appId])).toEqual([]);
  });

  it('the search finds a canary when one is there (the check can fail)', async () => {
    const planted = join(outDir, 'assets', `planted-${randomUUID()}.js`);
    await writeFile(planted, `const leaked = ${JSON.stringify(secretKey)};`);
    expect(await filesContaining(outDir, [secretKey, appId])).toEqual([planted]);
    await rm(planted);
  });
});
