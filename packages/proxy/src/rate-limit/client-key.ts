import { isIpAddress } from '../net/is-ip-address.js';

/**
 * The key a client is counted under. With `trustedHops` proxies in front, each appending to
 * `X-Forwarded-For`, the client is the right-most entry they did not add (the left-most when
 * there are fewer), if it is an IP address; otherwise the socket address the adapter gave.
 * `unknown` when neither is known, so unidentified requests share one bucket.
 */
export function clientKey(
  forwardedFor: string | null,
  clientAddress: string | undefined,
  trustedHops: number,
): string {
  if (trustedHops > 0 && forwardedFor !== null) {
    const entries = forwardedFor.split(',').map((entry) => entry.trim());
    const client = entries[Math.max(0, entries.length - trustedHops)];
    if (client !== undefined && isIpAddress(client)) return client;
  }
  return clientAddress !== undefined && isIpAddress(clientAddress) ? clientAddress : 'unknown';
}
