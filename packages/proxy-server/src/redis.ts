/**
 * `@liveframe/proxy-server/redis`: the Redis store on its own entry, so a proxy on one instance
 * never loads the Redis client.
 */
export { redisStore } from './store/redis-store.js';
export type { RedisStore, RedisStoreOptions } from './store/redis-store.js';
