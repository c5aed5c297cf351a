import { ProxyError } from '../errors/proxy-error.js';

/** Request body bytes held across all requests together, against a cap. */
export class ByteBudget {
  private held = 0;
  constructor(readonly limit: number) {}

  /** Holds `bytes` more, or throws 503 when that would pass the cap. */
  take(bytes: number): void {
    if (this.held + bytes > this.limit) {
      throw new ProxyError(503, 'RATE_LIMITED', 'The liveness proxy is busy; retry in a moment.', {
        headers: { 'Retry-After': '1' },
        logDetail: `buffered bytes cap of ${this.limit} reached`,
      });
    }
    this.held += bytes;
  }

  /** Lets go of `bytes`. */
  give(bytes: number): void {
    this.held -= bytes;
  }
}
