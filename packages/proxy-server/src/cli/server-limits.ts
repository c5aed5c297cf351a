import type { Duplex } from 'node:stream';
import type { Logger } from '@liveframe/proxy';

/**
 * The CLI server's timeouts, as the README states them: all headers within 10 s, the whole
 * request within 60 s, checked every second (Node's default check runs every 30 s, which would
 * let a slow client hold a socket for up to 90 s).
 */
export const SERVER_TIMEOUTS = {
  headersTimeout: 10_000,
  requestTimeout: 60_000,
  connectionsCheckingInterval: 1_000,
  keepAliveTimeout: 5_000,
} as const;

const ANSWERS: Readonly<Record<string, [number, string]>> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout'],
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large'],
};

/**
 * Node's parser and timers refuse a request before any handler sees it (a client too slow, a
 * malformed request line or Host, oversized headers): answer as Node would, and log it like
 * every other request, so a cut client shows up as 408 in the logs.
 */
export function logClientError(
  error: NodeJS.ErrnoException,
  socket: Duplex,
  logger: Logger,
  upstream: string,
): void {
  const [status, text] = ANSWERS[error.code ?? ''] ?? [400, 'Bad Request'];
  if (error.code !== 'ECONNRESET') {
    logger({
      level: 'warn',
      msg: 'liveness request',
      method: '',
      path: '',
      status,
      code: status === 408 ? 'TIMEOUT' : 'BAD_REQUEST',
      durationMs: 0,
      bytesIn: 0,
      upstream,
      detail: `refused by the Node server: ${error.code ?? error.message}`.slice(0, 200),
    });
  }
  if (socket.writable) {
    socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  }
  socket.destroy();
}
