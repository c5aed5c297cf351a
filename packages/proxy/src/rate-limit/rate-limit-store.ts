/** The state of one client's window after counting a request. */
export interface RateLimitHit {
  /** Requests counted in the current window, this one included. */
  count: number;
  /** When the current window ends, in milliseconds since the epoch. */
  resetAt: number;
}

/**
 * Where request counts live. The in-memory store suits one instance; share a limit between
 * several instances with a store backed by Redis or similar (see the README).
 */
export interface RateLimitStore {
  /** Counts one request for `key` in a fixed window of `windowMs` milliseconds. */
  hit(key: string, windowMs: number): Promise<RateLimitHit>;
}
