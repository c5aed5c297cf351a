import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaptureToken } from '@liveframe/proxy';
import { readConfig } from '../cli/read-config.js';
import { startProxyServer } from '../cli/start-proxy-server.js';
import type { RunningProxy } from '../cli/start-proxy-server.js';
import { startFakeDojah } from '../../../proxy/src/test-utils/fake-dojah.js';
import type { FakeDojah } from '../../../proxy/src/test-utils/fake-dojah.js';
import { IMAGE } from '../../../proxy/src/test-utils/harness.js';
import { livenessBody } from '../../../proxy/src/test-utils/liveness-fixtures.js';
import { redisSkipReason, startRedisServer } from '../test-utils/redis-server.js';
import type { RedisServer } from '../test-utils/redis-server.js';

const skip = redisSkipReason();
const secret = 'two-instances-secret-0123456789-abcdef';
let redis: RedisServer | undefined;
let dojah: FakeDojah;
const running: RunningProxy[] = [];

beforeAll(async () => {
  dojah = await startFakeDojah();
  if (skip === undefined) redis = await startRedisServer();
}, 20_000);
afterAll(async () => {
  await Promise.all(running.splice(0).map((proxy) => proxy.close(100)));
  await dojah.close();
  await redis?.stop();
});

/** Two proxies as the CLI builds them, in Dojah mode, sharing one Redis. */
async function twoInstances(env: Record<string, string>): Promise<[string, string]> {
  const config = readConfig({
    PORT: '0',
    DOJAH_APP_ID: 'app',
    DOJAH_SECRET_KEY: 'sk_two_instances',
    DOJAH_BASE_URL: dojah.baseUrl,
    LIVEFRAME_REDIS_URL: redis?.url ?? '',
    ...env,
  });
  const quiet = { logger: () => undefined };
  const a = await startProxyServer(config, quiet);
  const b = await startProxyServer(config, quiet);
  running.push(a, b);
  return [a.url, b.url];
}

const post = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ image: IMAGE }),
  });

describe.skipIf(skip !== undefined)(skip ?? 'two proxy instances on one real Redis', () => {
  it('50 concurrent requests with one token across both: exactly 3 reach Dojah', async () => {
    dojah.reset(() => new Response(livenessBody(12)));
    const urls = await twoInstances({ LIVEFRAME_TOKEN_SECRET: secret, LIVEFRAME_RATE_LIMIT: '0' });
    const token = await createCaptureToken({ subject: 'user-1', maxAttempts: 3 }, { secret });
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        post(urls[index % 2] ?? '', { Authorization: `Bearer ${token}` }),
      ),
    );
    const codes = await Promise.all(
      answers.map(async (answer) =>
        answer.ok ? 'OK' : ((await answer.json()) as { error: { code: string } }).error.code,
      ),
    );
    expect(codes.filter((code) => code === 'OK')).toHaveLength(3);
    expect(codes.filter((code) => code === 'ATTEMPTS_EXHAUSTED')).toHaveLength(47);
    expect(dojah.requests).toHaveLength(3);
  }, 30_000);

  it('the per-client rate limit holds across both', async () => {
    dojah.reset(() => new Response(livenessBody(12)));
    const urls = await twoInstances({ LIVEFRAME_OPEN: '1', LIVEFRAME_RATE_LIMIT: '10' });
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, index) => post(urls[index % 2] ?? '')),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20);
    expect(dojah.requests).toHaveLength(10);
  }, 30_000);
});
