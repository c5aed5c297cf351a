import { ProxyError } from '../errors/proxy-error.js';
import { bounded } from '../logging/bounded.js';

// A host name (underscores allowed, as in Docker service names), an IPv4 address or a bracketed
// IPv6 address, with an optional port.
const HOST =
  /^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*\.?|\[[0-9a-f:.]{2,45}\])(?::\d{1,5})?$/i;

/** 400 for a malformed `Host`, or one not in `allowed` when set; none passes (HTTP/1.0 has none). */
export function checkHost(host: string | null, allowed: ReadonlySet<string>): void {
  if (host === null) return;
  if (!isValidHost(host)) {
    throw new ProxyError(400, 'BAD_REQUEST', 'The Host header is not valid.', {
      logDetail: `invalid Host header: ${JSON.stringify(bounded(host, 100))}`,
    });
  }
  if (allowed.size > 0 && !allowed.has(host.toLowerCase())) {
    throw new ProxyError(400, 'BAD_REQUEST', 'This host is not served here.', {
      logDetail: `Host ${bounded(host, 100)} is not in allowedHosts`,
    });
  }
}

/** True for a well-formed `Host` value: a DNS name, IPv4 or bracketed IPv6, with an optional port. */
export function isValidHost(host: string): boolean {
  return host.length <= 261 && HOST.test(host);
}
