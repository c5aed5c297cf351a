import { SignalNotice } from './client-gone.js';
import type { ClientGoneNotice } from './client-gone.js';
import type { RequestContext } from './handler-options.js';
import { readLimitedBody } from './read-limited-body.js';

/**
 * A request as the handler reads it, whatever the runtime handed over: a Web `Request`, or (from
 * `createNodeListener`) Node's `IncomingMessage`, with no Web objects made on the way.
 */
export interface Exchange {
  readonly method: string;
  /** The path, without the query. */
  readonly pathname: string;
  /** The header's value (names in lower case), or `null`. */
  header(name: string): string | null;
  /** The request's own origin, `scheme://host`, for the same-origin check. */
  ownOrigin(): string;
  /** Aborts when the client goes away. */
  readonly clientGone: ClientGoneNotice;
  /**
   * Reads the body, throwing `ProxyError` 413 past `limit` bytes without ever holding more than
   * that, or 400 when the client stops sending. `progress.bytesRead` follows the count.
   */
  readBody(limit: number, progress: { bytesRead: number }): Promise<Uint8Array>;
  /** The Web `Request`, for `onResult` (made on demand from Node; its body is already read). */
  request(): Request;
}

/** The handler's answer before it becomes a `Response` or is written to Node's `res`. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  /** JSON text, or `null` for no body. */
  body: string | null;
}

/** Handles an {@link Exchange}: what `createNodeListener` calls when a handler offers it. */
export type ExchangeHandler = (exchange: Exchange, context: RequestContext) => Promise<Reply>;

/**
 * Where a handler made by `createLivenessHandler` keeps its {@link ExchangeHandler}. A registered
 * symbol, so it is found across copies of this package.
 */
export const EXCHANGE_HANDLER: unique symbol = Symbol.for('@liveframe/proxy/exchange-handler');

/** An {@link Exchange} over a Web `Request`. */
export function webExchange(request: Request): Exchange {
  const url = new URL(request.url);
  return {
    method: request.method,
    pathname: url.pathname,
    header: (name) => request.headers.get(name),
    ownOrigin: () => url.origin,
    clientGone: new SignalNotice(request.signal),
    readBody: (limit, progress) => readLimitedBody(request, limit, progress),
    request: () => request,
  };
}

/** A {@link Reply} as a Web `Response`. */
export function toResponse(reply: Reply): Response {
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
}
