/** How a request's `Origin` relates to the allowlist. */
export type OriginDecision =
  | { kind: 'none' } // no Origin header: not a browser cross-origin request
  | { kind: 'same-origin' }
  | { kind: 'allowed'; origin: string }
  | { kind: 'forbidden'; origin: string };

/** Normalises `https://Example.com:443/` to `https://example.com`; undefined unless an http(s) URL. */
export function normalizeOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/**
 * Decides whether the request's `Origin` (`null` when absent) may call the proxy, given the
 * handler's own origins and the allowed ones (both normalised). Never a wildcard.
 */
export function decideOrigin(
  origin: string | null,
  own: readonly string[],
  allowed: ReadonlySet<string>,
): OriginDecision {
  if (origin === null) return { kind: 'none' };
  const normalized = normalizeOrigin(origin);
  if (normalized !== undefined && own.includes(normalized)) return { kind: 'same-origin' };
  // Browsers send the serialised origin; anything else is not echoed, even if it normalises.
  if (origin === normalized && allowed.has(normalized))
    return { kind: 'allowed', origin: normalized };
  return { kind: 'forbidden', origin };
}

/** Headers every answer to an allowed cross-origin request carries. */
export function corsHeaders(decision: OriginDecision): Record<string, string> {
  if (decision.kind !== 'allowed') return {};
  return { 'Access-Control-Allow-Origin': decision.origin, Vary: 'Origin' };
}

/** Extra headers of a successful preflight answer. */
export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-LiveFrame-Scenario',
  'Access-Control-Max-Age': '600',
};
