import type { IncomingMessage } from 'node:http';

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (let index = 0; index + 1 < req.rawHeaders.length; index += 2) {
    const name = req.rawHeaders[index];
    const value = req.rawHeaders[index + 1];
    if (name !== undefined && value !== undefined && !name.startsWith(':')) {
      headers.append(name, value);
    }
  }
  return headers;
}

/** The request's URL as the client addressed it: scheme (see `trustProxy`), host, path. */
export function requestUrl(req: IncomingMessage, trustProxy: boolean): URL {
  const forwardedProto = trustProxy
    ? req.headers['x-forwarded-proto']?.toString().split(',')[0]?.trim()
    : undefined;
  const encrypted = 'encrypted' in req.socket && req.socket.encrypted === true;
  const scheme = forwardedProto ?? (encrypted ? 'https' : 'http');
  const host = req.headers.host ?? 'localhost';
  return new URL(req.url ?? '/', `${scheme}://${host}`);
}

/** A Web `Request` for `req`: `body` is its stream, or none (e.g. when already read). */
export function toRequest(
  req: IncomingMessage,
  body: ReadableStream<Uint8Array> | undefined,
  signal: AbortSignal,
  trustProxy: boolean,
): Request {
  return new Request(requestUrl(req, trustProxy), {
    method: req.method ?? 'GET',
    headers: toHeaders(req),
    signal,
    ...(body === undefined ? {} : { body, duplex: 'half' as const }),
  });
}
