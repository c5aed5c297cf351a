// A stand-in for the liveness endpoint on loopback: reads the whole body, waits a fixed delay,
// answers the documented example response. The delay is changed with POST /__delay?ms=N.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const seed = readFileSync(
  new URL('../../packages/core/src/contract/__fixtures__/seed-response.json', import.meta.url),
);
let delayMs = Number(process.env.UPSTREAM_DELAY_MS ?? 50);

const server = createServer((req, res) => {
  if (req.url?.startsWith('/__delay')) {
    delayMs = Number(new URL(req.url, 'http://x').searchParams.get('ms'));
    res.end('ok');
    return;
  }
  let bytes = 0;
  req.on('data', (chunk) => (bytes += chunk.length));
  req.on('end', () => {
    setTimeout(() => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'X-Bytes': String(bytes) });
      res.end(seed);
    }, delayMs);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.send?.({ port: server.address().port });
});
process.on('disconnect', () => process.exit(0));
