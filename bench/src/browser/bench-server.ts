import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A Node request listener that answers some requests and hands the rest to `next`. */
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** One request the server answered. */
export interface ServedRequest {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  /** Response bytes written: the body as sent (gzipped when compressed), without headers. */
  readonly bytes: number;
  /** When the request arrived, ms since the epoch. */
  readonly receivedAt: number;
}

export interface BenchServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly requests: readonly ServedRequest[];
  close(): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

/**
 * Text and WebAssembly are gzipped (level 9, when the browser accepts it), as a production static
 * host would; binaries such as the `.tflite` model are sent as they are.
 */
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg']);

/**
 * Serves the built page folder `dir` on 127.0.0.1 (a free port), with `api` mounted in front
 * (the liveness proxy), and records every request it answers.
 */
export async function serveBench(dir: string, api?: Middleware): Promise<BenchServer> {
  const requests: ServedRequest[] = [];
  const gzipCache = new Map<string, Uint8Array>();
  const server = createServer((req, res) => {
    const receivedAt = Date.now();
    let bytes = 0;
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const count = (chunk: unknown) => {
      if (typeof chunk === 'string') bytes += Buffer.byteLength(chunk);
      else if (chunk instanceof Uint8Array) bytes += chunk.byteLength;
    };
    res.write = ((chunk: unknown, ...rest: never[]) => {
      count(chunk);
      return write(chunk as never, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: never[]) => {
      if (typeof chunk !== 'function') count(chunk);
      return end(chunk as never, ...rest);
    }) as typeof res.end;
    res.on('finish', () =>
      requests.push({
        method: req.method ?? 'GET',
        url: req.url ?? '',
        status: res.statusCode,
        bytes,
        receivedAt,
      }),
    );
    const serveFile = (): void => {
      sendFile(dir, req, res, gzipCache).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
    };
    if (api) api(req, res, serveFile);
    else serveFile();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function sendFile(
  dir: string,
  req: IncomingMessage,
  res: ServerResponse,
  gzipCache: Map<string, Uint8Array>,
): Promise<void> {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://bench').pathname);
  const path = normalize(join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  const info = path.startsWith(dir + sep) ? await stat(path).catch(() => undefined) : undefined;
  if (info === undefined || !info.isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const extension = extname(path);
  const headers: Record<string, string | number> = {
    'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  };
  let body: Uint8Array = await readFile(path);
  const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (acceptsGzip && COMPRESSED.has(extension)) {
    const cached = gzipCache.get(path) ?? gzipSync(body, { level: 9 });
    gzipCache.set(path, cached);
    body = cached;
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = body.byteLength;
  res.writeHead(200, headers).end(body);
}
