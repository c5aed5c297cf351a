import type { RateLimitStore } from '../rate-limit/rate-limit-store.js';

/** What counting one attempt of a capture session found. */
export interface AttemptTake {
  /** `counted`: may go upstream; `exhausted`: the budget is used; `spent`: the session passed. */
  status: 'counted' | 'exhausted' | 'spent';
  /** This attempt's number (1 = first) when counted; the attempts made so far otherwise. */
  attempt: number;
}

/**
 * Rate-limit windows, attempts per capture session and passed sessions; every operation is atomic,
 * so instances sharing one store (`redisStore`) let exactly `maxAttempts` through.
 */
export interface ProxyStore extends RateLimitStore {
  /** Counts one attempt unless spent or exhausted; a new record may go after `expiresAt` (ms). */
  takeAttempt(sessionKey: string, maxAttempts: number, expiresAt: number): Promise<AttemptTake>;
  /** Marks the session as passed: every later attempt is `spent`. Kept until `expiresAt`. */
  markSpent(sessionKey: string, expiresAt: number): Promise<void>;
}
