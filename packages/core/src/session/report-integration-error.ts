/** Proxy refusals that mean the integration is set up wrong, not that the person did anything. */
const INTEGRATION_CODES: ReadonlySet<string> = new Set([
  'METHOD_NOT_ALLOWED',
  'NOT_FOUND',
  'UNSUPPORTED_MEDIA_TYPE',
  'BAD_REQUEST',
  'ORIGIN_NOT_ALLOWED',
  'MISCONFIGURED',
]);

/**
 * Writes the proxy's own words to the console when it refused for a configuration reason (a
 * foreign origin, a wrong path, missing credentials), so the integrator sees why; the person
 * sees the catalog's message. Returns whether it wrote.
 */
export function reportIntegrationError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code: unknown = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !INTEGRATION_CODES.has(code)) return false;
  console.error(`[liveframe] The liveness proxy refused the request: ${error.message}`);
  return true;
}
