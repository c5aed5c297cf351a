/**
 * `@liveframe/proxy-server`: the proxy as a standalone Node server, as the `liveframe-proxy` CLI
 * runs it, and the CLI's environment reader for apps that want its rules.
 */
export { startProxyServer } from './cli/start-proxy-server.js';
export type { RunningProxy, StartProxyServerIo } from './cli/start-proxy-server.js';
export { readConfig, ConfigError } from './cli/read-config.js';
export type { ProxyConfig } from './cli/read-config.js';
export type { CaptureConfig } from './cli/read-capture-config.js';
