import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { InlineConfig, Plugin, ViteDevServer } from 'vite';
import { build, createServer as createViteServer } from 'vite';
import { e2eCacheDir, e2ePagesDir } from './paths.js';
import { sendFile } from './send-file.js';

/** A request the test server received. */
export interface ServedRequest {
  method: string;
  /** Path and query, e.g. `/assets/vision_wasm_internal-abc.wasm`. */
  url: string;
  status: number;
}

export interface TestPageServer {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  readonly origin: string;
  /** Every request the server answered, in order. */
  readonly requests: readonly ServedRequest[];
  close(): Promise<void>;
}

export interface ServeTestPageOptions {
  /** `'build'`: a Vite production build, served statically (default). `'dev'`: the Vite dev server. */
  mode?: 'build' | 'dev';
  /** Extra Vite configuration merged in (plugins, define, ...). */
  vite?: InlineConfig;
  /**
   * Answers some requests before the page's files, on the same origin (e.g. the liveness proxy);
   * it calls `next()` for the others. Default: none.
   */
  middleware?: TestServerMiddleware;
}

/** A Node/connect-style handler mounted in front of the test page. */
export type TestServerMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
) => void;

// Workspace packages resolve to their TypeScript sources, as in the unit tests.
const CONDITIONS = ['source', 'module', 'browser', 'development|production'];

/**
 * Serves `e2e/pages/<name>/` on 127.0.0.1 (a free port) and records every request it answers.
 * Pair with `recordPageRequests(page)` to see requests that went elsewhere.
 */
export async function serveTestPage(
  name: string,
  options: ServeTestPageOptions = {},
): Promise<TestPageServer> {
  const root = join(e2ePagesDir, name);
  const requests: ServedRequest[] = [];
  const config: InlineConfig = {
    configFile: false,
    root,
    logLevel: 'warn',
    resolve: { conditions: CONDITIONS },
    ...options.vite,
  };
  if (options.mode === 'dev') return serveDev(config, requests, options.middleware);

  const outDir = join(e2eCacheDir, 'pages', name);
  await build({ ...config, build: { outDir, emptyOutDir: true, target: 'es2022' } });
  return serveStatic(outDir, requests, options.middleware);
}

async function serveDev(
  config: InlineConfig,
  requests: ServedRequest[],
  middleware: TestServerMiddleware | undefined,
): Promise<TestPageServer> {
  const recorder: Plugin = {
    name: 'liveframe-e2e-request-recorder',
    configureServer(server: ViteDevServer) {
      server.middlewares.use((req, res, next) => {
        res.on('finish', () => requests.push(describe(req, res)));
        next();
      });
      if (middleware) server.middlewares.use((req, res, next) => middleware(req, res, next));
    },
  };
  const server = await createViteServer({
    ...config,
    plugins: [...(config.plugins ?? []), recorder],
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
  });
  await server.listen();
  const address = server.httpServer?.address() as AddressInfo;
  const origin = `http://127.0.0.1:${address.port}`;
  return { url: `${origin}/`, origin, requests, close: () => server.close() };
}

async function serveStatic(
  dir: string,
  requests: ServedRequest[],
  middleware: TestServerMiddleware | undefined,
): Promise<TestPageServer> {
  const server = createServer((req, res) => {
    res.on('finish', () => requests.push(describe(req, res)));
    const serveFile = () => void sendFile(dir, req, res);
    if (middleware) middleware(req, res, serveFile);
    else serveFile();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function describe(req: IncomingMessage, res: ServerResponse): ServedRequest {
  return { method: req.method ?? 'GET', url: req.url ?? '', status: res.statusCode };
}
