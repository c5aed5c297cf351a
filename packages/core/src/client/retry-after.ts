/**
 * Seconds to wait after a `429` that carries no usable `Retry-After` header. The proxy's own
 * rate limiter sends the header; this only covers other servers in between.
 */
export const DEFAULT_RETRY_AFTER_SECONDS = 30;

/**
 * Reads a `Retry-After` header: delta-seconds (`"120"`) or an HTTP date
 * (`"Wed, 21 Oct 2026 07:28:00 GMT"`), as whole seconds from `nowMs`, never negative.
 * `undefined` when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  // Only dates that look like HTTP dates, so that "1.5" or "-3" are not read as years.
  if (!/^[A-Za-z]{3,9},? /.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}
