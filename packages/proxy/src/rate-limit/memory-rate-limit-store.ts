import type { RateLimitHit, RateLimitStore } from './rate-limit-store.js';

export interface MemoryRateLimitStoreOptions {
  /**
   * Most clients tracked at once; when full, expired windows are swept, then the oldest entry
   * is dropped, so memory stays bounded under a flood of addresses.
   * @default 100000
   */
  maxKeys?: number;
}

/** Fixed-window counters in a `Map`, for a single instance. */
export function memoryRateLimitStore(options: MemoryRateLimitStoreOptions = {}): RateLimitStore {
  const maxKeys = options.maxKeys ?? 100_000;
  const windows = new Map<string, RateLimitHit>();

  function makeRoom(now: number): void {
    for (const [key, window] of windows) {
      if (window.resetAt <= now) windows.delete(key);
    }
    while (windows.size >= maxKeys) {
      const oldest = windows.keys().next();
      if (oldest.done === true) break;
      windows.delete(oldest.value);
    }
  }

  return {
    hit(key, windowMs) {
      const now = Date.now();
      const current = windows.get(key);
      if (current !== undefined && current.resetAt > now) {
        current.count += 1;
        return Promise.resolve({ ...current });
      }
      if (current !== undefined) windows.delete(key);
      else if (windows.size >= maxKeys) makeRoom(now);
      const fresh = { count: 1, resetAt: now + windowMs };
      windows.set(key, fresh);
      return Promise.resolve({ ...fresh });
    },
  };
}
