import type { LivenessResponse } from '@liveframe/core';
import { describe, expectTypeOf, it } from 'vitest';
import { createNodeListener } from './node.js';
import {
  createCaptureToken,
  createLivenessHandler,
  memoryStore,
  dojahUpstream,
  fetchRuntime,
  nextRouteHandlers,
} from './index.js';
import type {
  CaptureClaims,
  CaptureTokenCheck,
  CaptureTokenRequest,
  ProxyStore,
  LivenessHandler,
  LivenessHandlerOptions,
  LivenessResultEvent,
  LogEntry,
  RateLimitStore,
  Upstream,
  UpstreamImage,
  UpstreamReply,
} from './index.js';

// Any upstream will do for the types; the simulator lives in @liveframe/proxy-server.
const anyUpstream = dojahUpstream({ appId: 'app', secretKey: 'key' });

describe('@liveframe/proxy public types', () => {
  it('createLivenessHandler takes options and returns a Web-standard handler with its path', () => {
    const handler = createLivenessHandler({ upstream: anyUpstream });
    expectTypeOf(handler).toEqualTypeOf<LivenessHandler>();
    expectTypeOf(handler).parameter(0).toEqualTypeOf<Request>();
    expectTypeOf(handler).returns.toEqualTypeOf<Promise<Response>>();
    expectTypeOf(handler.path).toEqualTypeOf<string>();
    expectTypeOf(handler).toBeCallableWith(new Request('http://x'), { clientAddress: '::1' });
  });

  it('requires an upstream and nothing else', () => {
    expectTypeOf<LivenessHandlerOptions>().toHaveProperty('upstream').toEqualTypeOf<Upstream>();
    // @ts-expect-error: upstream is required
    createLivenessHandler({});
    // @ts-expect-error: no wildcard type for origins, a list of strings
    createLivenessHandler({ upstream: anyUpstream, allowedOrigins: '*' });
    createLivenessHandler({
      upstream: anyUpstream,
      publicOrigin: 'https://app.example.com',
      trustHost: true,
      trustedHops: 1,
    });
    // @ts-expect-error: trustProxy is gone; trustedHops counts the proxies in front
    createLivenessHandler({ upstream: anyUpstream, trustProxy: true });
  });

  it('gives onResult the parsed response and the verdict', () => {
    expectTypeOf<LivenessResultEvent['response']>().toEqualTypeOf<LivenessResponse>();
    expectTypeOf<LivenessResultEvent['verdict']['outcome']>().toEqualTypeOf<'pass' | 'retry'>();
    expectTypeOf<LivenessResultEvent['request']>().toEqualTypeOf<Request>();
  });

  it('lets anyone write an upstream or a rate limit store', () => {
    const upstream: Upstream = {
      name: 'custom',
      check: () => Promise.resolve({ body: '{}' }),
    };
    expectTypeOf(upstream.check).returns.toEqualTypeOf<Promise<UpstreamReply>>();
    expectTypeOf(memoryStore()).toExtend<RateLimitStore>();
    // Optional and possibly undefined: `process.env.X` at module scope builds without secrets.
    expectTypeOf(dojahUpstream)
      .parameter(0)
      .toHaveProperty('secretKey')
      .toEqualTypeOf<string | undefined>();
    dojahUpstream({
      appId: process.env['DOJAH_APP_ID'],
      secretKey: process.env['DOJAH_SECRET_KEY'],
    });
  });

  it('hands an upstream the image as Base64 (ASCII bytes), and decoded', () => {
    expectTypeOf<UpstreamImage['base64']>().toEqualTypeOf<Uint8Array>();
    expectTypeOf<UpstreamImage['bytes']>().toEqualTypeOf<Uint8Array>();
    expectTypeOf<UpstreamImage['byteLength']>().toEqualTypeOf<number>();
    expectTypeOf<UpstreamImage['mime']>().toEqualTypeOf<'image/jpeg' | 'image/png'>();
  });

  it('adapts to Node, Next.js and fetch-style runtimes', () => {
    const handler = createLivenessHandler({ upstream: anyUpstream });
    expectTypeOf(createNodeListener(handler)).toBeFunction();
    const { POST, OPTIONS } = nextRouteHandlers(handler);
    expectTypeOf(POST).toEqualTypeOf<(request: Request) => Promise<Response>>();
    expectTypeOf(OPTIONS).toEqualTypeOf<(request: Request) => Promise<Response>>();
    const app = fetchRuntime(
      handler,
      (_request, info: { remoteAddr: { hostname: string } }) => info.remoteAddr.hostname,
    );
    expectTypeOf(app.fetch).parameters.toEqualTypeOf<
      [Request, { remoteAddr: { hostname: string } }]
    >();
  });

  it('logs entries that hold no image and no body', () => {
    expectTypeOf<LogEntry>().not.toHaveProperty('image');
    expectTypeOf<LogEntry>().not.toHaveProperty('body');
    expectTypeOf<LogEntry['status']>().toEqualTypeOf<number>();
  });

  it('issues capture tokens and guards the handler with them, or with authorize', () => {
    expectTypeOf(createCaptureToken).returns.toEqualTypeOf<Promise<string>>();
    expectTypeOf(createCaptureToken).parameter(0).toEqualTypeOf<CaptureTokenRequest>();
    expectTypeOf<CaptureTokenCheck>().toEqualTypeOf<
      { ok: true; claims: CaptureClaims } | { ok: false; reason: 'missing' | 'invalid' | 'expired' }
    >();
    // A build without env passes: the secret may be undefined until the first request.
    createLivenessHandler({
      upstream: dojahUpstream({}),
      captureTokens: { secret: process.env['LIVEFRAME_TOKEN_SECRET'] },
      store: memoryStore(),
    });
    createLivenessHandler({
      upstream: dojahUpstream({}),
      authorize: (request) =>
        request.headers.has('cookie') ? { subject: 'u' } : new Response(null, { status: 401 }),
    });
    expectTypeOf<LivenessResultEvent['subject']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<LivenessResultEvent['attempt']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ProxyStore>().toExtend<RateLimitStore>();
  });
});
