import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as LiveframeProxy from '@liveframe/proxy';
import type * as LiveframeProxyNode from '@liveframe/proxy/node';
import type * as LiveframeProxyServer from '@liveframe/proxy-server';
import type * as LiveframeSimulator from '@liveframe/proxy-server/simulator';
import { isRunnableDevEnvironment, type Logger, type Plugin } from 'vite';

/**
 * The proxy's main entry, its Node adapter entry, and from @liveframe/proxy-server the CLI's
 * config reader and the simulator, loaded together.
 */
type ProxyModule = typeof LiveframeProxy &
  typeof LiveframeProxyNode &
  typeof LiveframeProxyServer &
  typeof LiveframeSimulator;
type Middleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

export interface LivenessProxyPluginOptions {
  /**
   * The server-side environment, read by the CLI's own `readConfig`: `DOJAH_APP_ID`,
   * `DOJAH_SECRET_KEY`, `DOJAH_BASE_URL`, `LIVEFRAME_UPSTREAM`, `LIVEFRAME_UPSTREAM_TIMEOUT_MS`,
   * `LIVEFRAME_TOKEN_SECRET` (a random one per start when unset).
   * Read on the server only; nothing here reaches the browser bundle.
   */
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * The path the proxy answers on the page's own origin.
   * @default '/api/liveness'
   */
  readonly path?: string;
  /**
   * The path that issues one capture token per visit, as your backend would after login.
   * @default '/api/capture-token'
   */
  readonly tokenPath?: string;
}

/**
 * The demo's token secret: `LIVEFRAME_TOKEN_SECRET` when set, else a random one per server start
 * (tokens then last as long as the dev server, which is all a demo needs).
 */
function tokenSecret(env: LivenessProxyPluginOptions['env']): string {
  const configured = env['LIVEFRAME_TOKEN_SECRET']?.trim();
  if (configured !== undefined && configured !== '') return configured;
  return Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
}

/**
 * Ctrl-C (SIGINT) and SIGTERM close the server (open connections included) and exit with 0, so
 * `pnpm dev` and `pnpm preview` stop cleanly instead of being killed mid-response. Vite alone
 * handles only SIGTERM in dev. The handlers go away with the server (tests start many).
 */
function exitCleanlyOnSignals(
  close: () => Promise<void>,
  httpServer: { once(event: 'close', listener: () => void): unknown } | null,
): void {
  if (httpServer === null) return;
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const stop = () => {
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  for (const signal of signals) process.once(signal, stop);
  httpServer.once('close', () => {
    for (const signal of signals) process.off(signal, stop);
  });
}

/** The package names, kept in a variable so the config bundler leaves the preview import to Node. */
const PROXY_PACKAGES = [
  '@liveframe/proxy',
  '@liveframe/proxy/node',
  '@liveframe/proxy-server',
  '@liveframe/proxy-server/simulator',
];

/**
 * Serves `@liveframe/proxy` on the demo's own origin, in `vite` (dev) and `vite preview`: the
 * page calls `/api/liveness`, the handler holds the secret and calls Dojah, or the simulator when
 * no credentials are set. In dev the proxy runs from source through Vite's SSR module runner (no
 * build needed); in preview it is the built package, as in production.
 */
export function livenessProxyPlugin(options: LivenessProxyPluginOptions): Plugin {
  const path = options.path ?? '/api/liveness';
  const tokenPath = options.tokenPath ?? '/api/capture-token';
  const secret = tokenSecret(options.env);

  /** Throws the CLI's `ConfigError`, naming each variable, when the environment cannot work. */
  function createMiddleware(proxy: ProxyModule, logger: Logger): Middleware {
    // The CLI's rules, Dojah mode included, with the demo's token secret.
    const config = proxy.readConfig({ ...options.env, LIVEFRAME_TOKEN_SECRET: secret });
    const timeout =
      config.upstreamTimeoutMs === undefined ? {} : { timeoutMs: config.upstreamTimeoutMs };
    const handler = proxy.createLivenessHandler({
      path,
      captureTokens: { secret },
      upstream:
        config.dojah === undefined
          ? proxy.simulatorUpstream({ ...timeout, warn: (message) => logger.warn(message) })
          : proxy.dojahUpstream({ ...config.dojah, ...timeout }),
    });
    logger.info(
      config.dojah !== undefined
        ? `  LiveFrame proxy on ${path}: Dojah (credentials from the environment, server-side only)`
        : `  LiveFrame proxy on ${path}: simulator (set DOJAH_APP_ID and DOJAH_SECRET_KEY for Dojah)`,
    );
    const listener = proxy.createNodeListener(handler);
    return (req, res, next) => {
      if ((req.url ?? '/').split('?')[0] === tokenPath) issueToken(proxy, req, res);
      else listener(req, res, next);
    };
  }

  /**
   * The integrator's side of capture sessions: one token per visit. A real backend checks its
   * own login here and passes the user's id as `subject`; the demo has no login, so each visit
   * is a new anonymous subject.
   */
  function issueToken(proxy: ProxyModule, req: IncomingMessage, res: ServerResponse): void {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      send(405, { error: 'POST to get a capture token' });
      return;
    }
    req.resume();
    proxy.createCaptureToken({ subject: `visitor-${crypto.randomUUID()}` }, { secret }).then(
      (token) => send(200, { token }),
      () => send(500, { error: 'no token' }),
    );
  }

  /**
   * Mounts the proxy before Vite's own middlewares. `load` is asked for the proxy module on every
   * request (a cached import); when it returns a new module (dev reloaded an edited source
   * file), a new handler is made from it.
   */
  function mount(
    middlewares: { use: (middleware: Middleware) => unknown },
    logger: Logger,
    load: () => Promise<ProxyModule>,
  ): () => Promise<Middleware> {
    let current: { proxy: ProxyModule; middleware: Middleware } | undefined;
    const ready = async () => {
      const proxy = await load();
      // The entries are merged into a new object each time: compare what they hold.
      if (
        current === undefined ||
        current.proxy.createLivenessHandler !== proxy.createLivenessHandler ||
        current.proxy.createNodeListener !== proxy.createNodeListener ||
        current.proxy.readConfig !== proxy.readConfig ||
        current.proxy.simulatorUpstream !== proxy.simulatorUpstream
      ) {
        current = { proxy, middleware: createMiddleware(proxy, logger) };
      }
      return current.middleware;
    };
    middlewares.use((req, res, next) => {
      const pathname = (req.url ?? '/').split('?')[0];
      if (pathname !== path && pathname !== tokenPath) {
        next();
        return;
      }
      ready().then((middleware) => middleware(req, res, next), next);
    });
    return ready;
  }

  return {
    name: 'liveframe:liveness-proxy',

    configureServer(server) {
      let proxyIds: string[] | undefined;
      const ready = mount(server.middlewares, server.config.logger, async () => {
        const ssr = server.environments.ssr;
        if (ssr === undefined || !isRunnableDevEnvironment(ssr)) {
          throw new Error('liveframe:liveness-proxy needs Vite’s runnable SSR environment in dev.');
        }
        // Imported by file path (the `source` condition gives src/index.ts), so that the runner
        // can re-run it when a proxy or core source file changes.
        proxyIds ??= await Promise.all(
          PROXY_PACKAGES.map(
            async (name) => (await ssr.pluginContainer.resolveId(name))?.id ?? name,
          ),
        );
        const entries = await Promise.all(
          proxyIds.map((id) => ssr.runner.import<Partial<ProxyModule>>(id)),
        );
        return Object.assign({}, ...entries) as ProxyModule;
      });
      // Load at start so the mode (and the simulator's warning) is printed with the URL.
      server.httpServer?.once('listening', () => {
        ready().catch((error: unknown) => server.config.logger.error(String(error)));
      });
      exitCleanlyOnSignals(() => server.close(), server.httpServer);
    },

    configurePreviewServer(server) {
      const ready = mount(server.middlewares, server.config.logger, async () => {
        const entries = await Promise.all(
          PROXY_PACKAGES.map(
            (name) => import(/* @vite-ignore */ name) as Promise<Partial<ProxyModule>>,
          ),
        );
        return Object.assign({}, ...entries) as ProxyModule;
      });
      server.httpServer.once('listening', () => {
        ready().catch((error: unknown) => server.config.logger.error(String(error)));
      });
      exitCleanlyOnSignals(() => server.close(), server.httpServer);
    },
  };
}
