import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/**
 * Answers `req` with the file it names below `dir` (`/` and `dir/` give `index.html`), like a
 * static host: 404 for anything missing or outside `dir`.
 */
export async function sendFile(
  dir: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const path = normalize(join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  const info = path.startsWith(dir + sep) ? await stat(path).catch(() => undefined) : undefined;
  if (info === undefined || !info.isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    'content-length': info.size,
  });
  createReadStream(path).pipe(res);
}
