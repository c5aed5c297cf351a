export { createLivenessHandler } from './handler/create-liveness-handler.js';
export type {
  FetchHandler,
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
export { normalizeOrigin } from './cors/cors-policy.js';
export { UpstreamError } from './upstream/upstream-error.js';
export type { UpstreamErrorKind } from './upstream/upstream-error.js';
export type {
  Upstream,
  UpstreamContext,
  UpstreamImage,
  UpstreamReply,
} from './upstream/upstream.js';
export { dojahUpstream } from './upstream/dojah-upstream.js';
export type { DojahUpstreamOptions } from './upstream/dojah-upstream.js';
export type { ImageMime } from './image/sniff-image.js';
export type { RateLimitStore, RateLimitHit } from './rate-limit/rate-limit-store.js';
export { jsonLineLogger } from './logging/json-line-logger.js';
export type { LogEntry, Logger } from './logging/log-entry.js';
export { nextRouteHandlers } from './adapters/next-route-handlers.js';
export type { NextRouteHandlers } from './adapters/next-route-handlers.js';
export { fetchRuntime } from './adapters/fetch-runtime.js';
export type { FetchRuntimeApp, ClientAddressGetter } from './adapters/fetch-runtime.js';
export { createCaptureToken, verifyCaptureToken } from './capture/capture-token.js';
export type {
  CaptureClaims,
  CaptureTokenCheck,
  CaptureTokenFailure,
  CaptureTokenKey,
  CaptureTokenRequest,
} from './capture/capture-token.js';
export type {
  AttemptOptions,
  Authorize,
  AuthorizedCapture,
  CaptureTokenOptions,
} from './capture/capture-guard.js';
export { memoryStore } from './store/memory-store.js';
export type { MemoryStore, MemoryStoreOptions } from './store/memory-store.js';
export type { AttemptTake, ProxyStore } from './store/proxy-store.js';
