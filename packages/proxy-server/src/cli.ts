#!/usr/bin/env node
import { ConfigError, readConfig } from './cli/read-config.js';
import { startProxyServer } from './cli/start-proxy-server.js';

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`liveframe-proxy: ${error.message}`);
    console.error('See the env vars table in the @liveframe/proxy-server README.');
    process.exit(1);
  }

  const proxy = await startProxyServer(config);
  const mode =
    config.dojah === undefined
      ? 'simulator (offline, NOT a liveness check)'
      : `dojah (${config.dojah.baseUrl})`;
  console.info(`liveframe-proxy listening on ${proxy.url}`);
  console.info(`liveframe-proxy upstream: ${mode}`);
  console.info(
    `liveframe-proxy allowed origins: ${config.allowedOrigins.join(', ') || '(same-origin only)'}`,
  );
  console.info(
    `liveframe-proxy capture tokens: ${config.tokenSecret === undefined ? 'off' : 'required'}; store: ${config.redisUrl === undefined ? 'memory (this process only)' : 'redis'}`,
  );
  if (config.open && config.dojah !== undefined) {
    console.warn(
      'liveframe-proxy: WARNING: LIVEFRAME_OPEN=1: anyone who can reach this route spends your Dojah calls. Guard it yourself (auth in front) or set LIVEFRAME_TOKEN_SECRET.',
    );
  }

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    console.info(`liveframe-proxy: ${signal} received, draining in-flight requests`);
    void proxy.close().then(() => {
      console.info('liveframe-proxy: stopped');
      process.exit(0);
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`liveframe-proxy: could not start: ${message}`);
  process.exit(1);
});
