import { createHash } from 'node:crypto';
import { createClient } from '@redis/client';
import type { AttemptTake, ProxyStore, RateLimitHit } from '@liveframe/proxy';

export interface RedisStoreOptions {
  /** The server, e.g. `redis://localhost:6379` or `rediss://user:pass@host:6380/0`. */
  url: string;
  /**
   * Prefix of every key the store writes, so one Redis can serve several apps.
   * @default 'liveframe:'
   */
  keyPrefix?: string;
}

/** A {@link ProxyStore} on Redis, shared by every instance that uses the same server. */
export interface RedisStore extends ProxyStore {
  /** Connects (the first operation also connects); rejects when Redis cannot be reached. */
  connect(): Promise<void>;
  /** Closes the connection. */
  close(): Promise<void>;
}

// Each script is one atomic step on the server, so concurrent instances cannot both take the
// last attempt. Keys expire on their own, at the time set when they were made.
const HIT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;

const TAKE = `
local attempts = tonumber(redis.call('HGET', KEYS[1], 'n') or '0')
if redis.call('HEXISTS', KEYS[1], 'spent') == 1 then return {2, attempts} end
if attempts >= tonumber(ARGV[1]) then return {1, attempts} end
attempts = redis.call('HINCRBY', KEYS[1], 'n', 1)
if attempts == 1 then redis.call('PEXPIREAT', KEYS[1], ARGV[2]) end
return {0, attempts}`;

const SPEND = `
redis.call('HSET', KEYS[1], 'spent', '1')
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIREAT', KEYS[1], ARGV[1]) end
return 1`;

const STATUS = ['counted', 'exhausted', 'spent'] as const;
const sha1 = (script: string): string => createHash('sha1').update(script).digest('hex');

function pair(reply: unknown): [number, number] {
  if (Array.isArray(reply) && typeof reply[0] === 'number' && typeof reply[1] === 'number') {
    return [reply[0], reply[1]];
  }
  throw new Error('redisStore: unexpected reply from Redis');
}

/**
 * A {@link ProxyStore} on Redis (node-redis), for several proxy instances behind one load
 * balancer. Counts are atomic Lua scripts, run by hash (EVALSHA) after the first call.
 */
export function redisStore(options: RedisStoreOptions): RedisStore {
  const prefix = options.keyPrefix ?? 'liveframe:';
  const client = createClient({
    url: options.url,
    // Fail fast rather than queue: a request never waits on a Redis that is down.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2000,
      reconnectStrategy: (retries, cause) =>
        retries > 5 ? cause : Math.min(50 * 2 ** retries, 1000),
    },
  });
  // Errors surface on the operation that needed Redis; the client reconnects on its own.
  client.on('error', () => {});
  let connecting: Promise<unknown> | undefined;
  const ready = (): Promise<unknown> => {
    connecting ??= client.connect().catch((error: unknown) => {
      connecting = undefined;
      throw error;
    });
    return connecting;
  };

  async function run(script: string, key: string, args: (string | number)[]): Promise<unknown> {
    await ready();
    const call = { keys: [prefix + key], arguments: args.map(String) };
    try {
      return await client.evalSha(sha1(script), call);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return client.eval(script, call);
    }
  }

  return {
    async connect() {
      await ready();
    },
    async close() {
      if (connecting === undefined) return;
      connecting = undefined;
      await client.close();
    },
    async hit(key, windowMs): Promise<RateLimitHit> {
      const [count, ttl] = pair(await run(HIT, `rate:${key}`, [windowMs]));
      return { count, resetAt: Date.now() + ttl };
    },
    async takeAttempt(key, maxAttempts, expiresAt): Promise<AttemptTake> {
      const [status, attempt] = pair(
        await run(TAKE, `session:${key}`, [maxAttempts, Math.ceil(expiresAt)]),
      );
      return { status: STATUS[status] ?? 'exhausted', attempt };
    },
    async markSpent(key, expiresAt) {
      await run(SPEND, `session:${key}`, [Math.ceil(expiresAt)]);
    },
  };
}
