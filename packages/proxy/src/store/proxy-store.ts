import type { RateLimitStore } from '../rate-limit/rate-limit-store.js';

/** What counting one attempt of a capture session found. */
export interface AttemptTake {
  /**
   * `counted`: this attempt may go upstream; `exhausted`: the budget was already used;
   * `spent`: the session has already passed.
   */
  status: 'counted' | 'exhausted' | 'spent';
  /** This attempt's number (1 = first) when counted; the attempts made so far otherwise. */
  attempt: number;
}

/**
 * Where the proxy keeps what must hold across requests: rate-limit windows, attempts per capture
 * session and the sessions already passed. Every operation is atomic, so several instances can
 * share one store (`redisStore` in @liveframe/proxy-server) and let exactly `maxAttempts` through.
 */
export interface ProxyStore extends RateLimitStore {
  /**
   * Counts one attempt for `sessionKey` unless the session is spent or has used `maxAttempts`.
   * A new record may be forgotten after `expiresAt` (milliseconds since the epoch); an existing
   * one keeps the expiry it was made with.
   */
  takeAttempt(sessionKey: string, maxAttempts: number, expiresAt: number): Promise<AttemptTake>;
  /** Marks the session as passed: every later attempt is `spent`. Kept until `expiresAt`. */
  markSpent(sessionKey: string, expiresAt: number): Promise<void>;
}
