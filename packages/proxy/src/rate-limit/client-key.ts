/**
 * The key a client is counted under: the socket address, or with `trustProxy` the left-most
 * `X-Forwarded-For` entry (the client as seen by your own proxy). `unknown` when neither exists,
 * so unidentified requests share one bucket rather than escape the limit.
 */
export function clientKey(
  request: Request,
  clientAddress: string | undefined,
  trustProxy: boolean,
): string {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded !== undefined && forwarded.length > 0) return forwarded;
  }
  return clientAddress ?? 'unknown';
}
