// Small HTTP load helpers for the proxy benchmark: node:http with keep-alive, bounded loops.
import { Agent, request } from 'node:http';

/**
 * POSTs `body` and resolves with the status, the wall time to the end of the response (`ms`),
 * and `outsideMs`: that time minus `bench_upstream_held_ms` from the answer (the fake
 * upstream's own wait), i.e. the time the request spent outside the upstream.
 */
export function timedPost(agent, url, body, headers) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'Content-Type': 'application/json', 'Content-Length': body.length, ...headers },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          let held;
          try {
            held = JSON.parse(Buffer.concat(chunks).toString('utf8')).bench_upstream_held_ms;
          } catch {
            held = undefined;
          }
          resolve({
            status: res.statusCode,
            ms,
            outsideMs: typeof held === 'number' ? ms - held : undefined,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends `total` requests with `concurrency` clients, each sending its next request when its
 * previous one is answered. Client k starts after k * `spreadMs` / `concurrency` ms. Returns
 * latencies and times outside the upstream (ms), statuses and the elapsed ms.
 */
export async function closedLoop({ url, body, headers = {}, total, concurrency, spreadMs = 0 }) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies = [];
  const outside = [];
  const statuses = {};
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, client) => {
      if (spreadMs > 0) await sleep((client * spreadMs) / concurrency);
      while (next < total) {
        next += 1;
        const { status, ms, outsideMs } = await timedPost(agent, url, body, headers);
        statuses[status] = (statuses[status] ?? 0) + 1;
        latencies.push(ms);
        if (outsideMs !== undefined) outside.push(outsideMs);
      }
    }),
  );
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return { latencies, outside, statuses, elapsedMs };
}

/**
 * `waves` times: `size` requests released in the same tick, the next wave once all are
 * answered. The worst case for a single-threaded server: every request queues behind the rest.
 */
export async function waves({ url, body, headers = {}, waves: count, size }) {
  const agent = new Agent({ keepAlive: true, maxSockets: size });
  const outside = [];
  const statuses = {};
  for (let wave = 0; wave < count; wave += 1) {
    const results = await Promise.all(
      Array.from({ length: size }, () => timedPost(agent, url, body, headers)),
    );
    for (const { status, outsideMs } of results) {
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (outsideMs !== undefined) outside.push(outsideMs);
    }
  }
  agent.destroy();
  return { outside, statuses };
}

/**
 * One client uploading `bytes` of JSON-ish body in 64 KiB chunks. `chunked`: no Content-Length
 * (the server must count); otherwise the length is declared. Resolves with the status, or with
 * the socket error when the server closed the connection before the client finished writing.
 */
export function bigUpload(url, bytes, chunked) {
  return new Promise((resolve) => {
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    chunk.write('{"image":"', 0);
    const headers = { 'Content-Type': 'application/json' };
    if (!chunked) headers['Content-Length'] = String(bytes);
    let settled = false;
    const done = (result) => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    const req = request(url, { method: 'POST', headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => done({ status: res.statusCode }));
    });
    req.on('error', (error) => done({ error: error.code ?? error.message }));
    let sent = 0;
    const write = () => {
      while (sent < bytes) {
        const size = Math.min(chunk.length, bytes - sent);
        sent += size;
        const ok = req.write(size === chunk.length ? chunk : chunk.subarray(0, size));
        if (!ok) {
          req.once('drain', write);
          return;
        }
      }
      req.end();
    };
    write();
  });
}

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}
