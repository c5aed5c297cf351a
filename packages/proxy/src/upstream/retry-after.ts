/**
 * Seconds to wait from a `Retry-After` header (delay-seconds or an HTTP date), at least 1;
 * `fallback` when the header is missing or unreadable.
 */
export function parseRetryAfter(value: string | null, fallback: number, now = Date.now()): number {
  if (value === null) return fallback;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Math.max(1, Number(trimmed));
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return fallback;
  return Math.max(1, Math.ceil((date - now) / 1000));
}
