import type { RateLimitStore } from './rate-limit-store.js';
import { memoryStore } from '../store/memory-store.js';
import type { MemoryStoreOptions } from '../store/memory-store.js';

/** Options of {@link memoryRateLimitStore}: those of `memoryStore`. */
export type MemoryRateLimitStoreOptions = MemoryStoreOptions;

/**
 * Fixed-window counters for a single instance: `memoryStore`, which the handler uses by default
 * for rate limits and attempts alike (bounded, O(1) per request). Kept for existing imports.
 */
export function memoryRateLimitStore(options: MemoryRateLimitStoreOptions = {}): RateLimitStore {
  return memoryStore(options);
}
