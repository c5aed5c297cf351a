import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './read-config.js';

const TOKEN_SECRET = 'a-token-secret-of-at-least-32-chars!';
const DOJAH = { DOJAH_APP_ID: 'app', DOJAH_SECRET_KEY: 'key' };

describe('readConfig', () => {
  it('has safe defaults: loopback, port 8787, simulator without credentials', () => {
    expect(readConfig({})).toEqual({
      port: 8787,
      host: '127.0.0.1',
      upstream: 'simulator',
      dojah: undefined,
      allowedOrigins: [],
      maxImageBytes: undefined,
      rateLimitPerMinute: undefined,
      upstreamTimeoutMs: undefined,
      publicOrigins: [],
      trustHost: false,
      trustedHops: 0,
      tokenSecret: undefined,
      open: false,
      redisUrl: undefined,
      allowedHosts: [],
      maxConnections: 1000,
    });
  });

  it('reads every variable', () => {
    expect(
      readConfig({
        PORT: '9000',
        HOST: '0.0.0.0',
        DOJAH_APP_ID: 'app',
        DOJAH_SECRET_KEY: 'key',
        DOJAH_BASE_URL: 'https://sandbox.dojah.io',
        LIVEFRAME_ALLOWED_ORIGINS: 'https://a.example, https://b.example:8443',
        LIVEFRAME_MAX_IMAGE_BYTES: '2000000',
        LIVEFRAME_RATE_LIMIT: '10',
        LIVEFRAME_UPSTREAM_TIMEOUT_MS: '8000',
        LIVEFRAME_PUBLIC_ORIGIN: 'https://app.example',
        LIVEFRAME_TRUST_HOST: 'yes',
        LIVEFRAME_TRUSTED_HOPS: '2',
        LIVEFRAME_TOKEN_SECRET: TOKEN_SECRET,
        LIVEFRAME_REDIS_URL: 'redis://cache:6379/2',
        LIVEFRAME_ALLOWED_HOSTS: 'App.Example, api.example:8443',
        LIVEFRAME_MAX_CONNECTIONS: '500',
      }),
    ).toEqual({
      port: 9000,
      host: '0.0.0.0',
      upstream: 'dojah',
      dojah: { appId: 'app', secretKey: 'key', baseUrl: 'https://sandbox.dojah.io' },
      allowedOrigins: ['https://a.example', 'https://b.example:8443'],
      maxImageBytes: 2_000_000,
      rateLimitPerMinute: 10,
      upstreamTimeoutMs: 8000,
      publicOrigins: ['https://app.example'],
      trustHost: true,
      trustedHops: 2,
      tokenSecret: TOKEN_SECRET,
      open: false,
      redisUrl: 'redis://cache:6379/2',
      allowedHosts: ['app.example', 'api.example:8443'],
      maxConnections: 500,
    });
  });

  it('runs Dojah open only when LIVEFRAME_OPEN=1 says so', () => {
    expect(readConfig({ ...DOJAH, LIVEFRAME_OPEN: '1' })).toMatchObject({
      upstream: 'dojah',
      open: true,
    });
  });

  it('runs the simulator in production only when LIVEFRAME_UPSTREAM=simulator asks for it', () => {
    expect(readConfig({ NODE_ENV: 'production', LIVEFRAME_UPSTREAM: 'simulator' }).upstream).toBe(
      'simulator',
    );
    const dojah = readConfig({
      NODE_ENV: 'production',
      ...DOJAH,
      LIVEFRAME_TOKEN_SECRET: TOKEN_SECRET,
    });
    expect(dojah.upstream).toBe('dojah');
  });

  it('uses the simulator when asked, even with credentials, and treats blanks as unset', () => {
    const config = readConfig({
      DOJAH_APP_ID: 'app',
      DOJAH_SECRET_KEY: 'key',
      LIVEFRAME_UPSTREAM: 'simulator',
      PORT: ' ',
    });
    expect(config.upstream).toBe('simulator');
    expect(config.dojah).toBeUndefined();
    expect(config.port).toBe(8787);
  });

  it.each([
    [{ PORT: '70000' }, 'PORT must be a whole number from 0 to 65535, got "70000".'],
    [{ DOJAH_BASE_URL: 'ftp://x' }, 'DOJAH_BASE_URL must be an http(s) URL'],
    [{ LIVEFRAME_TRUST_HOST: 'maybe' }, 'LIVEFRAME_TRUST_HOST must be true or false'],
    [
      { LIVEFRAME_TRUST_PROXY: 'true' },
      'LIVEFRAME_TRUST_PROXY is gone; set LIVEFRAME_TRUSTED_HOPS',
    ],
    [
      { LIVEFRAME_TRUSTED_HOPS: '-1' },
      'LIVEFRAME_TRUSTED_HOPS must be a whole number from 0 to 10',
    ],
    [{ LIVEFRAME_PUBLIC_ORIGIN: 'nope' }, 'LIVEFRAME_PUBLIC_ORIGIN: "nope" is not an origin'],
    [{ LIVEFRAME_RATE_LIMIT: '-1' }, 'LIVEFRAME_RATE_LIMIT must be a whole number'],
    [{ LIVEFRAME_MAX_IMAGE_BYTES: '12kb' }, 'LIVEFRAME_MAX_IMAGE_BYTES must be a whole number'],
    [
      { LIVEFRAME_UPSTREAM_TIMEOUT_MS: '5' },
      'LIVEFRAME_UPSTREAM_TIMEOUT_MS must be a whole number',
    ],
    [{ LIVEFRAME_ALLOWED_ORIGINS: 'app.example.com' }, '"app.example.com" is not an origin'],
    [{ DOJAH_SECRET_KEY: 'key' }, 'DOJAH_APP_ID is not set'],
    [DOJAH, 'Dojah mode needs LIVEFRAME_TOKEN_SECRET'],
    [{ ...DOJAH, LIVEFRAME_OPEN: 'yes' }, 'LIVEFRAME_OPEN must be 1 or 0'],
    [{ ...DOJAH, LIVEFRAME_TOKEN_SECRET: 'short' }, 'at least 32 characters'],
    [{ ...DOJAH, LIVEFRAME_TOKEN_SECRET: TOKEN_SECRET, LIVEFRAME_OPEN: '1' }, 'both set; keep one'],
    [{ LIVEFRAME_REDIS_URL: 'http://cache' }, 'LIVEFRAME_REDIS_URL must be a redis://'],
    [{ LIVEFRAME_MAX_CONNECTIONS: '0' }, 'LIVEFRAME_MAX_CONNECTIONS must be a whole number'],
    [{ NODE_ENV: 'production' }, 'NODE_ENV=production and no Dojah credentials'],
  ])('refuses %j', (env, problem) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(problem);
  });

  it('lists every problem at once', () => {
    try {
      readConfig({ PORT: 'x', LIVEFRAME_UPSTREAM: 'nope' });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });
});
