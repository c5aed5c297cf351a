import { normalizeOrigin } from '@liveframe/proxy';
import { checkProductionUpstream, readCaptureConfig } from './read-capture-config.js';
import type { CaptureConfig } from './read-capture-config.js';

/** The CLI's settings, read from the environment. */
export interface ProxyConfig extends CaptureConfig {
  port: number;
  host: string;
  upstream: 'dojah' | 'simulator';
  dojah: { appId: string; secretKey: string; baseUrl: string } | undefined;
  allowedOrigins: string[];
  maxImageBytes: number | undefined;
  /** Requests per minute per client; 0 turns the limit off. */
  rateLimitPerMinute: number | undefined;
  upstreamTimeoutMs: number | undefined;
  /** The handler's `publicOrigin`; empty when unset. */
  publicOrigins: string[];
  /** The handler's `trustHost`. */
  trustHost: boolean;
  /** The handler's `trustedHops`. */
  trustedHops: number;
}

/** Bad configuration: every problem found, one per line, for the operator. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.problems = problems;
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const TRUE = new Set(['1', 'true', 'yes', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'off']);

/** Reads and checks the CLI's environment variables; throws {@link ConfigError} listing all problems. */
export function readConfig(env: Env): ProxyConfig {
  const problems: string[] = [];
  const get = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const integer = (
    name: string,
    min: number,
    max = Number.MAX_SAFE_INTEGER,
  ): number | undefined => {
    const raw = get(name);
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
      return undefined;
    }
    return value;
  };

  const port = integer('PORT', 0, 65_535) ?? 8787;
  const host = get('HOST') ?? '127.0.0.1';
  const appId = get('DOJAH_APP_ID');
  const secretKey = get('DOJAH_SECRET_KEY');
  const baseUrl = get('DOJAH_BASE_URL') ?? 'https://api.dojah.io';
  if (normalizeOrigin(baseUrl) === undefined) {
    problems.push(
      `DOJAH_BASE_URL must be an http(s) URL such as https://sandbox.dojah.io, got "${baseUrl}".`,
    );
  }

  const requested = get('LIVEFRAME_UPSTREAM')?.toLowerCase();
  let upstream: ProxyConfig['upstream'] = appId && secretKey ? 'dojah' : 'simulator';
  if (requested !== undefined) {
    if (requested === 'dojah' || requested === 'simulator') upstream = requested;
    else problems.push(`LIVEFRAME_UPSTREAM must be "dojah" or "simulator", got "${requested}".`);
  }
  if (upstream === 'dojah' && (!appId || !secretKey)) {
    problems.push('LIVEFRAME_UPSTREAM=dojah needs both DOJAH_APP_ID and DOJAH_SECRET_KEY.');
  } else if (requested === undefined && (appId === undefined) !== (secretKey === undefined)) {
    const missing = appId === undefined ? 'DOJAH_APP_ID' : 'DOJAH_SECRET_KEY';
    problems.push(
      `${missing} is not set, so Dojah cannot be used; set it, or set LIVEFRAME_UPSTREAM=simulator.`,
    );
  }

  checkProductionUpstream(get, upstream, requested, problems);
  const capture = readCaptureConfig(get, upstream, problems, integer);

  const originList = (name: string): string[] => {
    const list = (get(name) ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0);
    for (const origin of list) {
      if (origin === '*') problems.push(`${name} cannot be "*"; list each origin.`);
      else if (normalizeOrigin(origin) === undefined) {
        problems.push(`${name}: "${origin}" is not an origin like https://app.example.com.`);
      }
    }
    return list;
  };
  const allowedOrigins = originList('LIVEFRAME_ALLOWED_ORIGINS');
  const publicOrigins = originList('LIVEFRAME_PUBLIC_ORIGIN');

  const rawTrustHost = get('LIVEFRAME_TRUST_HOST')?.toLowerCase();
  if (rawTrustHost !== undefined && !TRUE.has(rawTrustHost) && !FALSE.has(rawTrustHost)) {
    problems.push(`LIVEFRAME_TRUST_HOST must be true or false, got "${rawTrustHost}".`);
  }
  if (get('LIVEFRAME_TRUST_PROXY') !== undefined) {
    problems.push(
      'LIVEFRAME_TRUST_PROXY is gone; set LIVEFRAME_TRUSTED_HOPS to the number of proxies in front (e.g. 1).',
    );
  }

  const config: ProxyConfig = {
    port,
    host,
    upstream,
    dojah:
      upstream === 'dojah' && appId !== undefined && secretKey !== undefined
        ? { appId, secretKey, baseUrl }
        : undefined,
    allowedOrigins,
    maxImageBytes: integer('LIVEFRAME_MAX_IMAGE_BYTES', 1024, 50 * 1024 * 1024),
    rateLimitPerMinute: integer('LIVEFRAME_RATE_LIMIT', 0, 1_000_000),
    upstreamTimeoutMs: integer('LIVEFRAME_UPSTREAM_TIMEOUT_MS', 100, 600_000),
    publicOrigins,
    trustHost: rawTrustHost !== undefined && TRUE.has(rawTrustHost),
    trustedHops: integer('LIVEFRAME_TRUSTED_HOPS', 0, 10) ?? 0,
    ...capture,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
