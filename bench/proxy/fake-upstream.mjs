// A stand-in for the liveness endpoint on loopback: reads the whole body, waits, answers the
// documented example response plus one extra top-level field, `bench_upstream_held_ms`: how long
// it held the request, from the last byte of the body to its answer. The client subtracts it to
// get the time spent outside the upstream (the proxy returns the upstream's body unchanged).
// The wait is drawn per request, uniformly in mean * (1 +/- jitter), from a seeded generator so
// every run sees the same sequence. POST /__delay?ms=N&jitter=J changes both.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const seed = JSON.parse(
  readFileSync(
    new URL('../../packages/core/src/contract/__fixtures__/seed-response.json', import.meta.url),
    'utf8',
  ),
);
let meanMs = Number(process.env.UPSTREAM_DELAY_MS ?? 50);
let jitter = Number(process.env.UPSTREAM_JITTER ?? 0);

// mulberry32: a small seeded generator, so runs are repeatable.
let state = 0x5eed;
function random() {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const nextDelay = () => Math.max(0, meanMs * (1 + jitter * (2 * random() - 1)));

const server = createServer((req, res) => {
  if (req.url?.startsWith('/__delay')) {
    const params = new URL(req.url, 'http://x').searchParams;
    meanMs = Number(params.get('ms'));
    jitter = Number(params.get('jitter') ?? 0);
    state = 0x5eed;
    res.end('ok');
    return;
  }
  let bytes = 0;
  req.on('data', (chunk) => (bytes += chunk.length));
  req.on('end', () => {
    const received = performance.now();
    setTimeout(() => {
      const body = JSON.stringify({
        ...seed,
        bench_upstream_held_ms: performance.now() - received,
      });
      res.writeHead(200, { 'Content-Type': 'application/json', 'X-Bytes': String(bytes) });
      res.end(body);
    }, nextDelay());
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.send?.({ port: server.address().port });
});
process.on('disconnect', () => process.exit(0));
