/**
 * The key a client is counted under: the socket address, or with `trustProxy` the left-most
 * `X-Forwarded-For` entry (the client as seen by your own proxy). `unknown` when neither exists,
 * so unidentified requests share one bucket rather than escape the limit.
 */
export function clientKey(
  forwardedFor: string | null,
  clientAddress: string | undefined,
  trustProxy: boolean,
): string {
  if (trustProxy) {
    const forwarded = forwardedFor?.split(',')[0]?.trim();
    if (forwarded !== undefined && forwarded.length > 0) return forwarded;
  }
  return clientAddress ?? 'unknown';
}
