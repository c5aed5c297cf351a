import type { IncomingMessage } from 'node:http';
import type { ClientGoneNotice } from '../handler/client-gone.js';
import type { Exchange } from '../handler/exchange.js';
import { tooLarge, unreadableBody } from '../handler/read-limited-body.js';
import { requestUrl, toRequest } from './node-request.js';

/** An {@link Exchange} that also lets the adapter throw away a body nobody read. */
export interface NodeExchange extends Exchange {
  /** Stops reading the body and drops whatever is still to come. */
  discardBody(): void;
}

/**
 * An {@link Exchange} straight over Node's `IncomingMessage`: headers read in place, the body
 * collected as `Buffer` chunks with the same limit and errors as the Web path, the Web
 * `Request` made only if asked (by `onResult`). A class, so a waiting request keeps one object
 * here rather than a closure for each method and their shared context.
 */
class IncomingExchange implements NodeExchange {
  readonly method: string;
  private discarded = false;

  constructor(
    private readonly req: IncomingMessage,
    readonly pathname: string,
    readonly clientGone: ClientGoneNotice,
    private readonly trustProxy: boolean,
  ) {
    this.method = req.method ?? 'GET';
  }

  header(name: string): string | null {
    const value = this.req.headers[name];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }

  ownOrigin(): string {
    return requestUrl(this.req, this.trustProxy).origin;
  }

  request(): Request {
    return toRequest(this.req, undefined, this.clientGone.signal, this.trustProxy);
  }

  discardBody(): void {
    if (this.discarded) return;
    this.discarded = true;
    this.req.resume();
  }

  readBody(limit: number, progress: { bytesRead: number }): Promise<Uint8Array> {
    const req = this.req;
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > limit) {
      return Promise.reject(tooLarge(limit));
    }
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let total = 0;
      const stop = (): void => {
        req.off('data', onData);
        req.off('end', onEnd);
        req.off('close', onClose);
        req.off('error', onClose);
      };
      const onData = (chunk: Buffer): void => {
        total += chunk.byteLength;
        progress.bytesRead = total;
        if (total > limit) {
          stop();
          chunks.length = 0;
          this.discardBody();
          reject(tooLarge(limit));
          return;
        }
        chunks.push(chunk);
      };
      const onEnd = (): void => {
        stop();
        const [only] = chunks;
        resolve(chunks.length === 1 && only !== undefined ? only : Buffer.concat(chunks, total));
      };
      const onClose = (): void => {
        if (req.readableEnded) return;
        stop();
        reject(unreadableBody());
      };
      if (req.readableEnded) {
        onEnd();
        return;
      }
      // The client left before the body was read (e.g. while an async rate-limit store answered):
      // no event will come.
      if (req.destroyed) {
        onClose();
        return;
      }
      // `on`, not `once`: `stop` removes them all, and `once` wraps each in two more objects.
      req.on('data', onData);
      req.on('end', onEnd);
      req.on('close', onClose);
      req.on('error', onClose);
    });
  }
}

/** An {@link Exchange} over Node's `IncomingMessage`; see {@link IncomingExchange}. */
export function nodeExchange(
  req: IncomingMessage,
  pathname: string,
  clientGone: ClientGoneNotice,
  trustProxy: boolean,
): NodeExchange {
  return new IncomingExchange(req, pathname, clientGone, trustProxy);
}
