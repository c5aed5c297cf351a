/** The CLI's capture-session, store and network-limit settings. */
export interface CaptureConfig {
  /** `LIVEFRAME_TOKEN_SECRET`: capture tokens on. */
  tokenSecret: string | undefined;
  /** `LIVEFRAME_OPEN=1`: no tokens, on purpose. */
  open: boolean;
  /** `LIVEFRAME_REDIS_URL`: attempts and rate limits in Redis, shared by instances. */
  redisUrl: string | undefined;
  /** `LIVEFRAME_ALLOWED_HOSTS`: the Host values served (empty: any well-formed host). */
  allowedHosts: string[];
  /** `LIVEFRAME_MAX_CONNECTIONS`: open sockets at once. */
  maxConnections: number;
}

type Get = (name: string) => string | undefined;

const MIN_SECRET_LENGTH = 32;

/**
 * Reads the capture settings and pushes every problem found. The rule: an upstream that spends
 * money (Dojah) never runs unguarded by accident.
 */
export function readCaptureConfig(
  get: Get,
  upstream: 'dojah' | 'simulator',
  problems: string[],
  integer: (name: string, min: number, max?: number) => number | undefined,
): CaptureConfig {
  const tokenSecret = get('LIVEFRAME_TOKEN_SECRET');
  const rawOpen = get('LIVEFRAME_OPEN');
  if (rawOpen !== undefined && rawOpen !== '1' && rawOpen !== '0') {
    problems.push(`LIVEFRAME_OPEN must be 1 or 0, got "${rawOpen}".`);
  }
  const open = rawOpen === '1';
  if (tokenSecret !== undefined && tokenSecret.length < MIN_SECRET_LENGTH) {
    problems.push(
      `LIVEFRAME_TOKEN_SECRET must be at least ${MIN_SECRET_LENGTH} characters (e.g. \`openssl rand -base64 48\`).`,
    );
  }
  if (tokenSecret !== undefined && open) {
    problems.push('LIVEFRAME_TOKEN_SECRET and LIVEFRAME_OPEN=1 are both set; keep one.');
  }
  if (upstream === 'dojah' && tokenSecret === undefined && !open) {
    problems.push(
      'Dojah mode needs LIVEFRAME_TOKEN_SECRET (32+ characters, shared with the backend that issues capture tokens), so only your own users spend your Dojah calls. Set LIVEFRAME_OPEN=1 instead only if something else guards this route.',
    );
  }
  const redisUrl = get('LIVEFRAME_REDIS_URL');
  if (redisUrl !== undefined && !/^rediss?:\/\/\S+$/.test(redisUrl)) {
    problems.push('LIVEFRAME_REDIS_URL must be a redis:// or rediss:// URL.');
  }
  const allowedHosts = (get('LIVEFRAME_ALLOWED_HOSTS') ?? '')
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter((host) => host.length > 0);
  return {
    tokenSecret,
    open,
    redisUrl,
    allowedHosts,
    maxConnections: integer('LIVEFRAME_MAX_CONNECTIONS', 1, 100_000) ?? 1000,
  };
}

/**
 * The simulator is never a silent fallback in production: with `NODE_ENV=production` and no
 * `LIVEFRAME_UPSTREAM`, Dojah credentials are required. Pushes the problem when it applies.
 */
export function checkProductionUpstream(
  get: Get,
  upstream: 'dojah' | 'simulator',
  requested: string | undefined,
  problems: string[],
): void {
  if (get('NODE_ENV') !== 'production' || requested !== undefined || upstream !== 'simulator')
    return;
  problems.push(
    'NODE_ENV=production and no Dojah credentials: set DOJAH_APP_ID and DOJAH_SECRET_KEY, or LIVEFRAME_UPSTREAM=simulator to run the offline simulator (not a liveness check) on purpose.',
  );
}
