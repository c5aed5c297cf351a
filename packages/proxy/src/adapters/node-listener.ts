import type { IncomingMessage, ServerResponse } from 'node:http';
import { ClientGone } from '../handler/client-gone.js';
import { EXCHANGE_HANDLER } from '../handler/exchange.js';
import type { ExchangeHandler } from '../handler/exchange.js';
import type { RequestContext } from '../handler/handler-options.js';
import { nodeBodyStream } from './node-body-stream.js';
import { nodeExchange } from './node-exchange.js';
import { toRequest } from './node-request.js';

/** A Web-standard handler, such as the one `createLivenessHandler` returns. */
export type FetchHandler = (request: Request, context?: RequestContext) => Promise<Response>;

export interface NodeListenerOptions {
  /**
   * Which requests this listener answers when used as middleware; others go to `next()`.
   * @default the handler's `path` when it has one, else every request
   */
  match?: (pathname: string) => boolean;
  /**
   * Read the scheme from `X-Forwarded-Proto` (for the same-origin check behind a TLS proxy).
   * @default false
   */
  trustProxy?: boolean;
}

/** A Node `http` request listener that also works as connect/Express/Vite middleware. */
export type NodeListener = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

/**
 * Writes the response in one go, with its length: the proxy's answers are small JSON, and a single
 * write avoids a chunked tail sent as a separate packet.
 */
async function send(response: Response, res: ServerResponse): Promise<void> {
  const body = response.body === null ? undefined : new Uint8Array(await response.arrayBuffer());
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (body !== undefined) res.setHeader('content-length', body.byteLength);
  res.end(body);
}

function exchangeHandlerOf(handler: FetchHandler): ExchangeHandler | undefined {
  const candidate = (handler as { [EXCHANGE_HANDLER]?: unknown })[EXCHANGE_HANDLER];
  return typeof candidate === 'function' ? (candidate as ExchangeHandler) : undefined;
}

/**
 * Adapts a Web-standard handler to Node's `http` module: pass the result to
 * `http.createServer(listener)`, or mount it as middleware (`app.use(listener)`,
 * `server.middlewares.use(listener)` in Vite) where requests it does not match go to `next()`.
 * The socket address becomes `context.clientAddress`.
 *
 * A handler from `createLivenessHandler` is served without Web objects: the body is read from
 * the socket into bytes and the answer written straight to `res` (making the `Request`, its
 * body's `ReadableStream` and reading the `Response` took about 0.3 ms a request in the proxy
 * benchmark). Any other handler goes through them.
 */
export function createNodeListener(
  handler: FetchHandler & { readonly path?: string },
  options: NodeListenerOptions = {},
): NodeListener {
  const ownPath = handler.path;
  const match = options.match ?? ((pathname) => ownPath === undefined || pathname === ownPath);
  const trustProxy = options.trustProxy ?? false;
  const exchangeHandler = exchangeHandlerOf(handler);

  return (req, res, next) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (next !== undefined && !match(pathname)) {
      next();
      return;
    }
    // No AbortSignal unless something asks for one (see ClientGone).
    const clientGone = new ClientGone();
    // `on`: 'close' comes once, and `once` would wrap the listener in two more objects that live
    // as long as the request.
    res.on('close', () => {
      if (!res.writableFinished) clientGone.abort();
    });
    const context: RequestContext =
      req.socket.remoteAddress === undefined ? {} : { clientAddress: req.socket.remoteAddress };
    // A client that goes away mid-body makes `req` emit 'error'; the body reader reports it.
    req.on('error', ignore);

    if (exchangeHandler !== undefined) {
      const exchange = nodeExchange(req, pathname, clientGone, trustProxy);
      exchangeHandler(exchange, context).then(
        (reply) => {
          // Answered before the whole body arrived (e.g. 413): drop the rest, close after.
          if (!req.complete) {
            exchange.discardBody();
            res.setHeader('Connection', 'close');
          }
          // With its length, so the answer goes in one write, without a chunked tail.
          const length = reply.body === null ? 0 : Buffer.byteLength(reply.body);
          res.writeHead(reply.status, { ...reply.headers, 'Content-Length': String(length) });
          res.end(reply.body ?? undefined);
        },
        (error: unknown) => fail(error, res, next),
      );
      return;
    }

    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const body = hasBody ? nodeBodyStream(req) : undefined;

    void (async () => {
      try {
        const request = toRequest(req, body?.stream, clientGone.signal, trustProxy);
        const response = await handler(request, context);
        if (!req.complete) {
          body?.discard();
          res.setHeader('Connection', 'close');
        }
        await send(response, res);
      } catch (error) {
        fail(error, res, next);
      }
    })();
  };
}

function fail(error: unknown, res: ServerResponse, next?: (error?: unknown) => void): void {
  if (next !== undefined) next(error);
  else if (!res.headersSent) {
    res.statusCode = 500;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end('{"error":{"code":"INTERNAL_ERROR","message":"The server failed."}}');
  } else res.destroy();
}

function ignore(): void {}
