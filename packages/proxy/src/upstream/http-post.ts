import { watchAbort } from '../handler/client-gone.js';
import type { AbortWatch } from '../handler/client-gone.js';
import { DEFAULT_IDLE_MS, idleTimeoutMs } from './keep-alive.js';

/** The answer to one POST: status, headers by name, and the whole body as text. */
export interface PostAnswer {
  status: number;
  header(name: string): string | null;
  text: string;
}

/**
 * How the Dojah upstream sends its one request. `body` is sent as the concatenation of its
 * parts. Rejects on a network error; with the reason when `signal` aborts (an `AbortSignal`, or
 * the handler's {@link AbortWatch}, which makes none); with a
 * `TimeoutError` (see {@link isPostTimeout}) when no whole answer came within `timeoutMs`.
 * `body` is not held once the function has returned.
 */
export type HttpPost = (
  url: string,
  headers: Readonly<Record<string, string>>,
  body: readonly Uint8Array[],
  signal: AbortWatch | AbortSignal,
  timeoutMs: number,
) => Promise<PostAnswer>;

function timeoutError(): DOMException {
  return new DOMException('The upstream timed out', 'TimeoutError');
}

/** Whether an {@link HttpPost} rejected because its `timeoutMs` ran out. */
export function isPostTimeout(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'TimeoutError';
}

/**
 * Calls `stop` with the signal's reason when `signal` aborts, or with a `TimeoutError` once
 * `timeoutMs` has passed, whichever comes first. Returns what stops watching.
 */
function watch(
  signal: AbortWatch | AbortSignal,
  timeoutMs: number,
  stop: (reason: unknown) => void,
): () => void {
  const timer = setTimeout(() => stop(timeoutError()), timeoutMs);
  if (signal.aborted) {
    stop(signal.reason);
    return () => clearTimeout(timer);
  }
  const unwatch = watchAbort(signal, stop);
  return () => {
    clearTimeout(timer);
    unwatch();
  };
}

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/** A {@link HttpPost} over a `fetch` (the global one by default): every runtime has one. */
export function fetchPost(
  fetchImpl: typeof globalThis.fetch = (...args) => fetch(...args),
): HttpPost {
  // Not async: `body` is copied into the fetch's own body here and not held meanwhile.
  return (url, headers, body, signal, timeoutMs) => {
    // One controller for the timeout and the client going away.
    const controller = new AbortController();
    const settled = watch(signal, timeoutMs, (reason) => controller.abort(reason));
    return fetchImpl(url, {
      method: 'POST',
      headers,
      body: concat(body),
      redirect: 'manual',
      signal: controller.signal,
    })
      .then(async (response): Promise<PostAnswer> => {
        const text = await response.text();
        return { status: response.status, header: (name) => response.headers.get(name), text };
      })
      .finally(settled);
  };
}

// The few shapes of Node's modules used below, so this file needs no Node types at run time.
interface NodeSocket {
  readonly timeout?: number;
  setTimeout(ms: number): unknown;
}
interface NodeAgent {
  keepSocketAlive(socket: NodeSocket): boolean;
}
interface NodeResponse {
  statusCode?: number;
  socket: NodeSocket | null;
  complete: boolean;
  headers: Record<string, string | string[] | undefined>;
  on(event: 'data', listener: (chunk: Uint8Array) => void): NodeResponse;
  on(event: 'end' | 'close', listener: () => void): NodeResponse;
  on(event: 'error', listener: (error: Error) => void): NodeResponse;
}
interface NodeRequest {
  on(event: 'error', listener: (error: Error) => void): NodeRequest;
  destroy(error?: unknown): void;
  cork(): void;
  write(chunk: Uint8Array): boolean;
  end(): void;
}
interface NodeHttpModule {
  Agent: new (options: { keepAlive: boolean; timeout: number }) => NodeAgent;
  request(options: object, callback: (response: NodeResponse) => void): NodeRequest;
}
interface NodeZlib {
  gunzipSync(data: Uint8Array): Uint8Array;
  inflateSync(data: Uint8Array): Uint8Array;
  brotliDecompressSync(data: Uint8Array): Uint8Array;
}
interface NodeBufferStatic {
  concat(chunks: readonly Uint8Array[]): Uint8Array & { toString(encoding: 'utf8'): string };
}

interface NodeProcess {
  getBuiltinModule?: (id: string) => unknown;
  versions?: Record<string, string | undefined>;
}

export interface NodePostOptions {
  /**
   * How long an idle connection is kept when the upstream announced no `Keep-Alive: timeout`.
   * @default 4000, as undici (Node's `fetch`) does
   */
  idleMs?: number;
}

/**
 * A {@link HttpPost} over Node's own `http`/`https` with keep-alive, or `undefined` outside Node
 * (edge runtimes, Bun, Deno), where `fetch` is the way. Found with `process.getBuiltinModule`, so
 * no bundler sees a `node:` import. In the proxy benchmark it costs about 1.4 ms less CPU per
 * request than Node's `fetch` (undici) for the same ~140 KB upload.
 */
export function nodePost(options: NodePostOptions = {}): HttpPost | undefined {
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  const proc = (globalThis as { process?: NodeProcess }).process;
  const getBuiltin = proc?.getBuiltinModule;
  if (typeof getBuiltin !== 'function' || proc?.versions?.['node'] === undefined) return undefined;
  if (proc.versions['bun'] !== undefined || 'Deno' in globalThis) return undefined;
  const modules = {
    'http:': getBuiltin('node:http') as NodeHttpModule,
    'https:': getBuiltin('node:https') as NodeHttpModule,
  };
  const zlib = getBuiltin('node:zlib') as NodeZlib;
  const NodeBuffer = (globalThis as unknown as { Buffer: NodeBufferStatic }).Buffer;
  // One decoder for every answer: decoding a whole body (no `stream` option) keeps no state.
  const utf8 = new TextDecoder();
  /** How long each connection may stay idle, from its last answer's `Keep-Alive` header. */
  const announced = new WeakMap<NodeSocket, number>();
  const agents = new Map<string, NodeAgent>();
  const agentFor = (protocol: 'http:' | 'https:'): NodeAgent => {
    let agent = agents.get(protocol);
    if (agent === undefined) {
      const created = new modules[protocol].Agent({ keepAlive: true, timeout: idleMs });
      // Node's agent only ever shortens its idle timeout to what the server announced. Keep an
      // idle connection as long as the server says it will (less a second, as Node and undici
      // do): a new one to Dojah costs a TCP and a TLS handshake on the next request's path.
      const keepSocketAlive = created.keepSocketAlive.bind(created);
      created.keepSocketAlive = (socket) => {
        if (!keepSocketAlive(socket)) return false;
        const idle = announced.get(socket);
        if (idle === 0) return false;
        if (idle !== undefined && idle !== socket.timeout) socket.setTimeout(idle);
        return true;
      };
      agent = created;
      agents.set(protocol, agent);
    }
    return agent;
  };

  function decodeBody(encoding: string | undefined, raw: Uint8Array): Uint8Array {
    switch ((encoding ?? 'identity').trim().toLowerCase()) {
      case 'identity':
        return raw;
      case 'gzip':
      case 'x-gzip':
        return zlib.gunzipSync(raw);
      case 'deflate':
        return zlib.inflateSync(raw);
      case 'br':
        return zlib.brotliDecompressSync(raw);
      default:
        throw new Error(`the answer has an unsupported Content-Encoding "${encoding ?? ''}"`);
    }
  }

  interface Target {
    url: string;
    protocol: 'http:' | 'https:';
    options: object;
    /** The `Host` header: the URL's host, with the port when it is not the default. */
    host: string;
    /** The header list made for `listFor`, all but `Content-Length`. */
    list?: readonly string[];
    listFor?: Readonly<Record<string, string>>;
  }
  let parsed: Target | undefined;
  const target = (url: string): Target => {
    if (parsed?.url !== url) {
      const { protocol, host, hostname, port, pathname, search } = new URL(url);
      const scheme = protocol === 'https:' ? 'https:' : 'http:';
      parsed = {
        url,
        protocol: scheme,
        host,
        options: {
          protocol: scheme,
          // `host` takes IPv6 addresses without their URL brackets.
          host: hostname.replace(/^\[(.*)\]$/, '$1'),
          port: port === '' ? undefined : Number(port),
          path: `${pathname}${search}`,
          method: 'POST',
          agent: agentFor(scheme),
        },
      };
    }
    return parsed;
  };

  /**
   * The request's headers as a flat `[name, value, ...]` list, which Node writes as they are:
   * given an object, it makes a header map first (one `setHeader` each, about 2 KB of garbage a
   * request in the benchmark's allocation profile) and adds `Host` itself, which the list must
   * carry. Made once per headers object; only `Content-Length` changes per request.
   */
  const headerList = (
    to: Target,
    headers: Readonly<Record<string, string>>,
    length: number,
  ): string[] => {
    if (to.listFor !== headers || to.list === undefined) {
      const list: string[] = [];
      let host = false;
      for (const [name, value] of Object.entries(headers)) {
        const lower = name.toLowerCase();
        if (lower === 'content-length' || lower === 'accept-encoding') continue;
        if (lower === 'host') host = true;
        list.push(name, value);
      }
      if (!host) list.unshift('Host', to.host);
      list.push('Accept-Encoding', 'identity');
      to.list = list;
      to.listFor = headers;
    }
    return [...to.list, 'Content-Length', String(length)];
  };

  /**
   * Opens the request and returns it with its answer's promise. `body` is not in reach of any
   * closure made here, so nothing that lives until the answer (about a second for Dojah) holds the
   * request body: it dies young instead of being promoted with the waiting request.
   */
  function open(
    url: string,
    headers: Readonly<Record<string, string>>,
    length: number,
    signal: AbortWatch | AbortSignal,
    timeoutMs: number,
  ): { request: NodeRequest | undefined; answer: Promise<PostAnswer> } {
    let request: NodeRequest | undefined;
    const answer = new Promise<PostAnswer>((resolvePromise, rejectPromise) => {
      if (signal.aborted) {
        rejectPromise(signal.reason);
        return;
      }
      let settled = (): void => {};
      const resolve = (answer: PostAnswer): void => {
        settled();
        resolvePromise(answer);
      };
      const reject = (error: unknown): void => {
        settled();
        rejectPromise(error);
      };
      const to = target(url);
      request = modules[to.protocol].request(
        { ...to.options, headers: headerList(to, headers, length) },
        (response) => {
          if (response.socket !== null) {
            announced.set(response.socket, idleTimeoutMs(response.headers['keep-alive'], idleMs));
          }
          const chunks: Uint8Array[] = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('error', reject);
          response.on('close', () => {
            if (!response.complete) reject(new Error('the connection closed mid-answer'));
          });
          response.on('end', () => {
            let text: string;
            try {
              const encoding = response.headers['content-encoding'];
              const raw = decodeBody(
                Array.isArray(encoding) ? encoding.join(',') : encoding,
                NodeBuffer.concat(chunks),
              );
              text = utf8.decode(raw);
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
              return;
            }
            resolve({
              status: response.statusCode ?? 0,
              header(name) {
                const value = response.headers[name.toLowerCase()];
                if (value === undefined) return null;
                return Array.isArray(value) ? value.join(', ') : value;
              },
              text,
            });
          });
        },
      );
      // Watched once the request exists (creating it can throw): cheaper than http.request's own
      // `signal` option, which the benchmark showed in profiles, and no second AbortController for
      // the timeout, whose signal and listener were 15% of what a waiting request had promoted in
      // a 1,500-request test.
      settled = watch(signal, timeoutMs, (reason) => request?.destroy(reason));
      request.on('error', reject);
    });
    return { request, answer };
  }

  return (url, headers, body, signal, timeoutMs) => {
    const length = body.reduce((sum, part) => sum + part.byteLength, 0);
    const { request, answer } = open(url, headers, length, signal, timeoutMs);
    if (request !== undefined) {
      // One write of head and body parts, no copy into a single buffer first.
      request.cork();
      for (const part of body) request.write(part);
      request.end();
    }
    return answer;
  };
}
