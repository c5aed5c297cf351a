import type { IncomingMessage, ServerResponse } from 'node:http';
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

/** A body the handler left unread is read and dropped this long after the answer, then cut. */
const DRAIN_MS = 500;

/**
 * Serves the handler on Node: `http.createServer(listener)`, or as middleware (`app.use(listener)`;
 * unmatched requests go to `next()`). Sets `clientAddress`; the request's signal aborts when the
 * client goes away before its answer.
 */
export function createNodeListener(
  handler: FetchHandler & { readonly path?: string },
  options: NodeListenerOptions = {},
): NodeListener {
  const ownPath = handler.path;
  const match = options.match ?? ((pathname) => ownPath === undefined || pathname === ownPath);
  return (req, res, next) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (next !== undefined && !match(pathname)) next();
    else serve(handler, req, res).catch(() => res.destroy());
  };
}

async function serve(handler: FetchHandler, req: IncomingMessage, res: ServerResponse) {
  const aborter = new AbortController();
  res.once('close', () => res.writableFinished || aborter.abort(new Error('Client went away.')));
  const badHost = req.headers.host !== undefined && !isValidHost(req.headers.host);
  let request: Request | undefined;
  try {
    request = toRequest(req, badHost, aborter.signal);
  } catch {
    // A method no Web Request may carry (TRACE), or a path no URL takes: 400 without the handler.
  }
  const address = req.socket.remoteAddress;
  const response = request
    ? await handler(request, address === undefined ? {} : { clientAddress: address }).catch(
        () => new Response(null, { status: 500 }),
      )
    : new Response(null, { status: 400 });
  const body = new Uint8Array(await response.arrayBuffer());
  // Node would close at once after answering `Connection: close`, resetting a client still sending.
  const linger = !req.complete && !badHost && !res.shouldKeepAlive;
  res.statusCode = response.status;
  res.setHeaders(response.headers);
  if (badHost) res.setHeader('connection', 'close');
  res.shouldKeepAlive ||= linger;
  res.end(body);
  if (req.complete) return;
  req.removeAllListeners('data').resume();
  const timer = setTimeout(() => req.socket.destroy(), DRAIN_MS).unref();
  req.once('end', () => (linger ? req.socket.end() : clearTimeout(timer)));
}

/**
 * The Web `Request` for a Node request, its body streamed as it arrives. A `Host` no URL can be
 * built from is carried to the handler, on a stand-in URL, for it to refuse and log.
 */
function toRequest(req: IncomingMessage, badHost: boolean, signal: AbortSignal): Request {
  const headers = new Headers();
  for (let index = 0; index < req.rawHeaders.length; index += 2) {
    const name = req.rawHeaders[index] ?? ':';
    if (!name.startsWith(':')) headers.append(name, req.rawHeaders[index + 1] ?? '');
  }
  const scheme = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
  const host = badHost ? 'invalid.invalid' : (req.headers.host ?? 'localhost');
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? {} : { body: bodyOf(req), duplex: 'half' };
  const target = req.url?.startsWith('/') ? req.url : '/';
  return new Request(`${scheme}://${host}${target}`, { method, headers, signal, ...body });
}

/** The body as a Web stream of the socket's own chunks (no copies), as fast as it is read. */
function bodyOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  let open = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Uint8Array) => {
        controller.enqueue(chunk);
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.once('end', () => open && controller.close());
      req.once('error', (error) => open && controller.error(error));
    },
    pull: () => void req.resume(),
    cancel: () => {
      open = false;
      req.removeAllListeners('data');
    },
  });
}
