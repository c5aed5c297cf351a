import type { RateLimitHit } from '../rate-limit/rate-limit-store.js';
import type { AttemptTake, ProxyStore } from './proxy-store.js';

export interface MemoryStoreOptions {
  /**
   * Most rate-limit windows, and most sessions, held; when full the oldest goes, in O(1).
   * @default 100000
   */
  maxKeys?: number;
}

/** A {@link ProxyStore} that also reports how many entries it holds. */
export interface MemoryStore extends ProxyStore {
  /** Rate-limit windows plus capture sessions held now. */
  readonly size: number;
}

interface SessionRecord {
  attempts: number;
  spent: boolean;
  expiresAt: number;
}

/** Drops the first (oldest: renewed entries are reinserted) entries while full or expired. */
function evict<T extends { expiresAt: number }>(
  map: Map<string, T>,
  max: number,
  now: number,
): void {
  for (const [key, value] of map) {
    if (map.size < max && value.expiresAt > now) return;
    map.delete(key);
  }
}

/** Rate-limit windows and capture sessions in two bounded `Map`s, for a single instance. */
export function memoryStore(options: MemoryStoreOptions = {}): MemoryStore {
  const maxKeys = options.maxKeys ?? 100_000;
  if (!Number.isInteger(maxKeys) || maxKeys < 1) {
    throw new TypeError(`memoryStore: maxKeys must be an integer >= 1, got ${maxKeys}.`);
  }
  const windows = new Map<string, { count: number; expiresAt: number }>();
  const sessions = new Map<string, SessionRecord>();

  function session(key: string, expiresAt: number, now: number): SessionRecord {
    const current = sessions.get(key);
    if (current !== undefined && current.expiresAt > now) return current;
    if (current !== undefined) sessions.delete(key);
    evict(sessions, maxKeys, now);
    const fresh = { attempts: 0, spent: false, expiresAt };
    sessions.set(key, fresh);
    return fresh;
  }

  return {
    get size() {
      return windows.size + sessions.size;
    },
    hit(key, windowMs): Promise<RateLimitHit> {
      const now = Date.now();
      const current = windows.get(key);
      if (current !== undefined && current.expiresAt > now) {
        current.count += 1;
        return Promise.resolve({ count: current.count, resetAt: current.expiresAt });
      }
      if (current !== undefined) windows.delete(key);
      evict(windows, maxKeys, now);
      windows.set(key, { count: 1, expiresAt: now + windowMs });
      return Promise.resolve({ count: 1, resetAt: now + windowMs });
    },
    takeAttempt(key, maxAttempts, expiresAt): Promise<AttemptTake> {
      const record = session(key, expiresAt, Date.now());
      if (record.spent) return Promise.resolve({ status: 'spent', attempt: record.attempts });
      if (record.attempts >= maxAttempts) {
        return Promise.resolve({ status: 'exhausted', attempt: record.attempts });
      }
      record.attempts += 1;
      return Promise.resolve({ status: 'counted', attempt: record.attempts });
    },
    markSpent(key, expiresAt) {
      session(key, expiresAt, Date.now()).spent = true;
      return Promise.resolve();
    },
  };
}
