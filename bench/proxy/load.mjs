// Small HTTP load helpers for the proxy benchmark: node:http with keep-alive, bounded loops.
import { Agent, request } from 'node:http';

/** POSTs `body` and resolves with the status and the wall time to the end of the response. */
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
        res.resume();
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            ms: Number(process.hrtime.bigint() - started) / 1e6,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Sends `total` requests with `concurrency` in flight; returns latencies (ms) and elapsed ms. */
export async function closedLoop({ url, body, headers = {}, total, concurrency }) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies = [];
  const statuses = {};
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        const { status, ms } = await timedPost(agent, url, body, headers);
        statuses[status] = (statuses[status] ?? 0) + 1;
        latencies.push(ms);
      }
    }),
  );
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return { latencies, statuses, elapsedMs };
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
