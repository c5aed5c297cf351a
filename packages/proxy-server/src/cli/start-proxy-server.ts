import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { createLivenessHandler, dojahUpstream, jsonLineLogger } from '@liveframe/proxy';
import type { LivenessHandlerOptions, Logger } from '@liveframe/proxy';
import { createNodeListener } from '@liveframe/proxy/node';
import { simulatorUpstream } from '../simulator/simulator-upstream.js';
import type { RedisStore } from '../store/redis-store.js';
import type { ProxyConfig } from './read-config.js';
import { logClientError, SERVER_TIMEOUTS } from './server-limits.js';

export interface RunningProxy {
  server: Server;
  /** The liveness endpoint's URL, e.g. `http://127.0.0.1:8787/api/liveness`. */
  url: string;
  /** Stops accepting, lets in-flight requests finish (at most `graceMs`), then resolves. */
  close(graceMs?: number): Promise<void>;
}

/** Where {@link startProxyServer} writes, and its timeouts. */
export interface StartProxyServerIo {
  /** One entry per request. @default jsonLineLogger (one JSON line on stdout) */
  logger?: Logger;
  /** The simulator's start-up warning. @default console.warn */
  warn?: (message: string) => void;
  /** Shorter server timeouts, for tests. @default headers 10 s, request 60 s, keep-alive 5 s */
  timeouts?: Partial<typeof SERVER_TIMEOUTS>;
}

/** Builds the handler from a config and serves it, with `GET /healthz`, on Node `http`. */
export async function startProxyServer(
  config: ProxyConfig,
  io: StartProxyServerIo = {},
): Promise<RunningProxy> {
  const timeout =
    config.upstreamTimeoutMs === undefined ? {} : { timeoutMs: config.upstreamTimeoutMs };
  const upstream =
    config.dojah === undefined
      ? simulatorUpstream({ ...timeout, ...(io.warn === undefined ? {} : { warn: io.warn }) })
      : dojahUpstream({ ...config.dojah, ...timeout });
  const options: LivenessHandlerOptions = {
    upstream,
    allowedOrigins: config.allowedOrigins,
    publicOrigin: config.publicOrigins,
    trustHost: config.trustHost,
    trustedHops: config.trustedHops,
    ...(config.maxImageBytes === undefined ? {} : { maxImageBytes: config.maxImageBytes }),
    ...(config.rateLimitPerMinute === undefined
      ? {}
      : {
          rateLimit:
            config.rateLimitPerMinute === 0
              ? false
              : { limit: config.rateLimitPerMinute, windowMs: 60_000 },
        }),
    ...(io.logger === undefined ? {} : { logger: io.logger }),
    ...(config.tokenSecret === undefined
      ? { open: config.open }
      : { captureTokens: { secret: config.tokenSecret } }),
    allowedHosts: config.allowedHosts,
  };
  let store: RedisStore | undefined;
  if (config.redisUrl !== undefined) {
    // Loaded only when asked for, so a single-instance proxy never loads the Redis client.
    const { redisStore } = await import('../store/redis-store.js');
    store = redisStore({ url: config.redisUrl });
    try {
      await store.connect();
    } catch (error) {
      await store.close().catch(() => undefined);
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`cannot reach Redis at LIVEFRAME_REDIS_URL: ${reason}`, { cause: error });
    }
    options.store = store;
  }
  const logger = io.logger ?? jsonLineLogger;
  const listener = createNodeListener(createLivenessHandler(options));
  const health = JSON.stringify({ ok: true, upstream: upstream.name });

  const server = createServer({ ...SERVER_TIMEOUTS, ...io.timeouts }, (req, res) => {
    const pathname = (req.url ?? '/').split('?')[0];
    if (pathname === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : health);
      return;
    }
    listener(req, res);
  });
  server.maxConnections = config.maxConnections;
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    logClientError(error, socket, logger, upstream.name);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;

  return {
    server,
    url: `http://${host}:${port}/api/liveness`,
    close(graceMs = 10_000) {
      return new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }).then(() => store?.close());
    },
  };
}
