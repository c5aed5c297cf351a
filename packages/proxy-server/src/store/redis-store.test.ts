import { createClient } from '@redis/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeStoreContract } from '../../../proxy/src/test-utils/store-contract.js';
import { redisSkipReason, startRedisServer } from '../test-utils/redis-server.js';
import type { RedisServer } from '../test-utils/redis-server.js';
import { redisStore } from './redis-store.js';
import type { RedisStore } from './redis-store.js';

const skip = redisSkipReason();
let server: RedisServer | undefined;
const redisStores: RedisStore[] = [];

beforeAll(async () => {
  if (skip === undefined) server = await startRedisServer();
}, 20_000);
afterAll(async () => {
  await Promise.all(redisStores.map((store) => store.close()));
  await server?.stop();
});

function newRedisStore(keyPrefix = `t${Math.random().toString(36).slice(2)}:`): RedisStore {
  if (server === undefined) throw new Error('no redis-server');
  const store = redisStore({ url: server.url, keyPrefix });
  redisStores.push(store);
  return store;
}

// The contract every store keeps (shared with the memory store's tests), on Redis.
describeStoreContract('redisStore', () => newRedisStore(), skip);

describe.skipIf(skip !== undefined)(skip ?? 'redisStore on a real redis-server', () => {
  it('writes keys that expire: the rate window and the session', async () => {
    const store = newRedisStore('exp:');
    await store.hit('10.0.0.9', 60_000);
    await store.takeAttempt('sess', 3, Date.now() + 120_000);
    const raw = createClient({ url: server?.url ?? '' });
    await raw.connect();
    const rateTtl = await raw.pTTL('exp:rate:10.0.0.9');
    const sessionTtl = await raw.pTTL('exp:session:sess');
    await raw.close();
    expect(rateTtl).toBeGreaterThan(58_000);
    expect(rateTtl).toBeLessThanOrEqual(60_000);
    expect(sessionTtl).toBeGreaterThan(118_000);
    expect(sessionTtl).toBeLessThanOrEqual(120_000);
  });

  it('starts a new window once the old one expired', async () => {
    const store = newRedisStore();
    await store.hit('k', 100);
    expect((await store.hit('k', 100)).count).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await store.hit('k', 100)).count).toBe(1);
  });

  it('two stores on one Redis share the counts', async () => {
    const a = newRedisStore('shared:');
    const b = newRedisStore('shared:');
    const takes = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        (index % 2 === 0 ? a : b).takeAttempt('one', 3, Date.now() + 60_000),
      ),
    );
    expect(takes.filter((take) => take.status === 'counted')).toHaveLength(3);
  });

  it('rejects, never hangs, when Redis cannot be reached', async () => {
    const store = redisStore({ url: 'redis://127.0.0.1:1' });
    redisStores.push(store);
    await expect(store.takeAttempt('x', 3, Date.now() + 1000)).rejects.toThrow();
  }, 15_000);
});
