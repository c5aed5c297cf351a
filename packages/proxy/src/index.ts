export { createLivenessHandler } from './handler/create-liveness-handler.js';
export type {
  LivenessHandler,
  LivenessHandlerOptions,
  LivenessResultEvent,
  LivenessVerdict,
  VerdictOptions,
  RateLimitOptions,
  ImageDimensionOptions,
  RequestContext,
} from './handler/handler-options.js';
export { ProxyError } from './errors/proxy-error.js';
export { UpstreamError } from './upstream/types.js';
export type {
  Upstream,
  UpstreamContext,
  UpstreamErrorKind,
  UpstreamImage,
  UpstreamReply,
} from './upstream/types.js';
export { dojahUpstream } from './upstream/dojah-upstream.js';
export type { DojahUpstreamOptions } from './upstream/dojah-upstream.js';
export { simulatorUpstream, SIMULATOR_WARNING } from './simulator/simulator-upstream.js';
export type { SimulatorUpstreamOptions } from './simulator/simulator-upstream.js';
export { SIMULATOR_SCENARIOS, isSimulatorScenario } from './simulator/scenarios.js';
export type { SimulatorScenario } from './simulator/scenarios.js';
export type { ImageMime } from './image/sniff-image.js';
export { memoryRateLimitStore } from './rate-limit/memory-rate-limit-store.js';
export type { MemoryRateLimitStoreOptions } from './rate-limit/memory-rate-limit-store.js';
export type { RateLimitStore, RateLimitHit } from './rate-limit/rate-limit-store.js';
export { jsonLineLogger } from './logging/log-entry.js';
export type { LogEntry, Logger } from './logging/log-entry.js';
export { createNodeListener } from './adapters/node-listener.js';
export type { FetchHandler, NodeListener, NodeListenerOptions } from './adapters/node-listener.js';
export { nextRouteHandlers } from './adapters/next-route-handlers.js';
export type { NextRouteHandlers } from './adapters/next-route-handlers.js';
export { fetchRuntime } from './adapters/fetch-runtime.js';
export type { FetchRuntimeApp, ClientAddressGetter } from './adapters/fetch-runtime.js';
