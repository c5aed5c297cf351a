import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake Dojah received. */
export interface FakeDojahRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * What the fake answers with: a Web `Response` (written out as it is), a promise of one (which
 * may never settle), or a rejection, which drops the connection as a network failure would.
 */
export type FakeDojahAnswer = (request: FakeDojahRequest) => Response | Promise<Response>;

export interface FakeDojah {
  /** The base URL to give `dojahUpstream`. */
  readonly baseUrl: string;
  /** Every request received since the last `reset`. */
  readonly requests: FakeDojahRequest[];
  /** How many requests the proxy gave up on (closed before the answer was written). */
  readonly abandoned: number;
  /** Sets the answer and forgets the requests. */
  reset(answer: FakeDojahAnswer): void;
  close(): Promise<void>;
}

/** A stand-in for Dojah over real HTTP on 127.0.0.1, on a free port. */
export async function startFakeDojah(): Promise<FakeDojah> {
  let answer: FakeDojahAnswer = () => new Response('{}');
  const requests: FakeDojahRequest[] = [];
  let abandoned = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: FakeDojahRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      res.on('close', () => {
        if (!res.writableFinished) abandoned += 1;
      });
      Promise.resolve()
        .then(() => answer(request))
        .then(
          async (response) => {
            const body = Buffer.from(await response.arrayBuffer());
            res.writeHead(response.status, Object.fromEntries(response.headers));
            res.end(body);
          },
          () => req.socket.destroy(),
        );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    get abandoned() {
      return abandoned;
    },
    reset(next) {
      answer = next;
      requests.length = 0;
      abandoned = 0;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
