import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createCaptureToken } from '@liveframe/proxy';
import { IMAGE } from '../../../proxy/src/test-utils/harness.js';
import { livenessBody } from '../../../proxy/src/test-utils/liveness-fixtures.js';

// Spawns the real CLI (bundled from source by the same script `pnpm proxy` uses) on port 0.
const SCRIPT = fileURLToPath(new URL('../../scripts/run-cli-from-source.mjs', import.meta.url));
const SECRET = 'sk_cli_SECRET_5b4a';
const TOKEN_SECRET = 'cli-token-secret-0123456789-abcdefgh';

interface Cli {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exit: Promise<number | null>;
}

const children: ChildProcessWithoutNullStreams[] = [];

function run(env: Record<string, string>): Cli {
  const child = spawn(process.execPath, [SCRIPT], {
    env: { PATH: process.env['PATH'] ?? '', PORT: '0', ...env },
  });
  children.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // 'close', not 'exit': by then everything the child wrote has been read.
  const exit = new Promise<number | null>((resolve) => child.once('close', resolve));
  return { child, output: () => output, exit };
}

/** Waits until the CLI's output matches `pattern` (its lines reach us asynchronously). */
async function waitForOutput(cli: Cli, pattern: RegExp): Promise<RegExpExecArray> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const match = pattern.exec(cli.output());
    if (match) return match;
    if (cli.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`CLI output never matched ${pattern}:\n${cli.output()}`);
}

async function started(cli: Cli): Promise<string> {
  const [, url] = await waitForOutput(cli, /listening on (http:\/\/\S+)/);
  return url ?? '';
}

const post = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ image: IMAGE }),
  });

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('liveframe-proxy CLI', { timeout: 30_000 }, () => {
  it('starts in simulator mode, says so loudly, and answers /healthz', async () => {
    const cli = run({});
    const url = await started(cli);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/liveness$/);
    await waitForOutput(cli, /upstream: simulator/);
    await waitForOutput(cli, /NOT a liveness check/);

    const health = await fetch(new URL('/healthz', url));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, upstream: 'simulator' });

    const answer = await post(url, { 'X-LiveFrame-Scenario': 'spoof' });
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { entity: { liveness: { liveness_check: boolean } } };
    expect(body.entity.liveness.liveness_check).toBe(false);
    await waitForOutput(cli, /"msg":"liveness request".*"status":200/);
  });

  it('forwards to Dojah when both credentials are set, never printing the secret', async () => {
    const seen: {
      path?: string | undefined;
      auth?: string | undefined;
      scenario?: string | undefined;
    } = {};
    const upstream = createServer((req, res) => {
      seen.path = req.url;
      seen.auth = req.headers['authorization'];
      seen.scenario = req.headers['x-liveframe-scenario']?.toString();
      req.resume();
      req.on('end', () => res.end(livenessBody(91)));
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = upstream.address() as AddressInfo;
      const cli = run({
        DOJAH_APP_ID: 'app-1',
        DOJAH_SECRET_KEY: SECRET,
        DOJAH_BASE_URL: `http://127.0.0.1:${port}`,
        LIVEFRAME_TOKEN_SECRET: TOKEN_SECRET,
      });
      const url = await started(cli);
      await waitForOutput(cli, /upstream: dojah \(http:\/\/127\.0\.0\.1:\d+\)/);
      await waitForOutput(cli, /capture tokens: required/);
      const health = (await (await fetch(new URL('/healthz', url))).json()) as object;
      expect(health).toEqual({ ok: true, upstream: 'dojah' });
      const refused = await post(url);
      expect(refused.status).toBe(401);
      expect(seen.path).toBeUndefined();
      const token = await createCaptureToken({ subject: 'u' }, { secret: TOKEN_SECRET });
      const answer = await post(url, {
        'X-LiveFrame-Scenario': 'spoof',
        Authorization: `Bearer ${token}`,
      });
      expect(answer.status).toBe(200);
      expect(seen).toEqual({ path: '/api/v1/ml/liveness/', auth: SECRET, scenario: undefined });
      // Only once the request's log line is in can its absence of the secret mean anything.
      await waitForOutput(cli, /"msg":"liveness request".*"status":200/);
      expect(cli.output()).not.toContain(SECRET);
    } finally {
      upstream.closeAllConnections();
      upstream.close();
    }
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ LIVEFRAME_UPSTREAM: 'dojah' }, /needs both DOJAH_APP_ID and DOJAH_SECRET_KEY/],
    [{ DOJAH_APP_ID: 'app-1' }, /DOJAH_SECRET_KEY is not set/],
    [{ LIVEFRAME_ALLOWED_ORIGINS: '*' }, /cannot be "\*"/],
    [{ LIVEFRAME_UPSTREAM: 'aws' }, /must be "dojah" or "simulator"/],
    // No silent simulator in production, and no unguarded Dojah.
    [{ NODE_ENV: 'production' }, /NODE_ENV=production and no Dojah credentials/],
    [
      { DOJAH_APP_ID: 'app-1', DOJAH_SECRET_KEY: SECRET },
      /Dojah mode needs LIVEFRAME_TOKEN_SECRET .* Set LIVEFRAME_OPEN=1 instead only if/,
    ],
  ])('stops at start on bad configuration %j', async (env, message) => {
    const cli = run(env);
    expect(await cli.exit).toBe(1);
    expect(cli.output()).toMatch(message);
    expect(cli.output()).toMatch(/Invalid configuration/);
    expect(cli.output()).not.toMatch(/listening/);
  });

  it('marks every simulated answer with X-LiveFrame-Simulated: 1', async () => {
    const cli = run({ NODE_ENV: 'production', LIVEFRAME_UPSTREAM: 'simulator' });
    const url = await started(cli);
    const passed = await post(url);
    expect(passed.headers.get('x-liveframe-simulated')).toBe('1');
    const failed = await post(url, { 'X-LiveFrame-Scenario': 'server-error' });
    expect(failed.status).toBe(502);
    expect(failed.headers.get('x-liveframe-simulated')).toBe('1');
  });

  it('exits with a clear error when LIVEFRAME_REDIS_URL cannot be reached', async () => {
    const cli = run({ LIVEFRAME_REDIS_URL: 'redis://127.0.0.1:1' });
    expect(await cli.exit).toBe(1);
    expect(cli.output()).toMatch(/could not start: cannot reach Redis at LIVEFRAME_REDIS_URL/);
    expect(cli.output()).not.toMatch(/listening/);
  });

  it('says loudly when Dojah runs open', async () => {
    const cli = run({ DOJAH_APP_ID: 'a', DOJAH_SECRET_KEY: SECRET, LIVEFRAME_OPEN: '1' });
    await started(cli);
    await waitForOutput(cli, /WARNING: LIVEFRAME_OPEN=1: anyone who can reach this route spends/);
  });

  it('drains in-flight requests on SIGTERM, then exits 0', async () => {
    const cli = run({ LIVEFRAME_UPSTREAM_TIMEOUT_MS: '1500' });
    const url = await started(cli);
    // The simulator's timeout scenario holds the request for 1.5 s, then answers 504.
    const inFlight = post(url, { 'X-LiveFrame-Scenario': 'timeout' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    cli.child.kill('SIGTERM');
    const response = await inFlight;
    expect(response.status).toBe(504);
    expect(await cli.exit).toBe(0);
    expect(cli.output()).toMatch(/SIGTERM received, draining/);
    await expect(fetch(new URL('/healthz', url))).rejects.toThrow();
  });
});
