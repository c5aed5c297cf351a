/** Where a server listens. */
export interface ListenAddress {
  readonly host: string;
  readonly port: number;
  /** True when `PORT` was given: fail rather than silently take another port. */
  readonly strictPort: boolean;
}

/**
 * `HOST` (default `127.0.0.1`) and `PORT` (default `defaultPort`) from the environment.
 * Throws a `TypeError` when `PORT` is not a port number.
 */
export function listenAddress(
  env: { readonly HOST?: string | undefined; readonly PORT?: string | undefined },
  defaultPort: number,
): ListenAddress {
  const host = env.HOST?.trim() || '127.0.0.1';
  const rawPort = env.PORT?.trim();
  if (rawPort === undefined || rawPort === '')
    return { host, port: defaultPort, strictPort: false };
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port < 1 || port > 65_535) {
    throw new TypeError(`PORT must be a port number from 1 to 65535, got "${rawPort}".`);
  }
  return { host, port, strictPort: true };
}
