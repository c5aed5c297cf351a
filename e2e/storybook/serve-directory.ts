import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendFile } from '../support/send-file.js';

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Paths answered 404, in order (a missing asset, e.g. the mock service worker). */
  readonly notFound: readonly string[];
  close(): Promise<void>;
}

/** Serves `dir` read-only on 127.0.0.1 (a free port), like any static host. */
export async function serveDirectory(dir: string): Promise<StaticServer> {
  const notFound: string[] = [];
  const server = createServer((req, res) => {
    res.on('finish', () => {
      if (res.statusCode === 404) notFound.push(req.url ?? '');
    });
    void sendFile(dir, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    notFound,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
