import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { isValidHost } from '../handler/check-host.js';
import type { FetchHandler } from '../handler/handler-options.js';

export interface NodeListenerOptions {
  /**
   * Which requests this listener answers when used as middleware; others go to `next()`.
   * @default the handler's `path` when it has one, else every request
   */
  match?: (pathname: string) => boolean;
}

/** A Node `http` request listener that also works as connect/Express/Vite middleware. */
export type NodeListener = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

/**
 * Serves the handler on Node through `@hono/node-server`: `http.createServer(listener)`, or as
 * middleware (`app.use(listener)`; unmatched requests go to `next()`). Sets `clientAddress`.
 */
export function createNodeListener(
  handler: FetchHandler & { readonly path?: string },
  options: NodeListenerOptions = {},
): NodeListener {
  const ownPath = handler.path;
  const match = options.match ?? ((pathname) => ownPath === undefined || pathname === ownPath);
  const listener = getRequestListener(
    (request, { incoming }) => {
      const address = incoming.socket.remoteAddress;
      return handler(request, address === undefined ? {} : { clientAddress: address });
    },
    // Leaves the global Request and Response alone: they may belong to the host app.
    { overrideGlobalObjects: false },
  );
  return (req, res, next) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (next !== undefined && !match(pathname)) next();
    else if (req.headers.host !== undefined && !isValidHost(req.headers.host)) {
      void refuseHost(handler, req, res, pathname);
    } else void listener(req, res);
  };
}

/**
 * A `Host` no URL can be built from: `@hono/node-server` would answer 400 without the handler
 * seeing it, so nothing would be logged. The handler gets a stand-in request carrying the
 * malformed `Host`, refuses it (400 `BAD_REQUEST`) and logs it like any other.
 */
async function refuseHost(
  handler: FetchHandler,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): Promise<void> {
  const url = new URL('http://invalid.invalid/');
  try {
    url.pathname = pathname;
  } catch {
    // Keep '/': the path is only for the log line.
  }
  const address = req.socket.remoteAddress;
  const response = await handler(
    new Request(url, {
      method: req.method === 'GET' ? 'GET' : 'POST',
      headers: { host: req.headers.host ?? '' },
    }),
    address === undefined ? {} : { clientAddress: address },
  );
  res.writeHead(response.status, { ...Object.fromEntries(response.headers), Connection: 'close' });
  res.end(await response.text());
}
