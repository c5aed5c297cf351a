/**
 * `@liveframe/proxy/redis`: the Redis store on its own entry, so apps on one instance never load
 * the Redis client.
 */
export { redisStore } from './store/redis-store.js';
export type { RedisStore, RedisStoreOptions } from './store/redis-store.js';
