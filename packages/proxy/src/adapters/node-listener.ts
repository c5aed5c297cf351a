import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
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
 * Serves a Web-standard handler on Node's `http` through `@hono/node-server`: pass the result to
 * `http.createServer(listener)`, or mount it as middleware (`app.use(listener)`,
 * `server.middlewares.use(listener)` in Vite), where requests it does not match go to `next()`.
 * The socket address becomes `context.clientAddress`.
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
    if (next !== undefined && !match((req.url ?? '/').split('?')[0] ?? '/')) next();
    else void listener(req, res);
  };
}
