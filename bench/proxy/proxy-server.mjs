// The proxy under test, as the CLI runs it: createLivenessHandler + dojahUpstream behind the Node
// adapter, default limits, one JSON log line per request (to a discarded stdout). The package's
// two entries are loaded from the bundles the runner built from source (PROXY_BUNDLE,
// PROXY_NODE_BUNDLE). On request it reports its peak RSS, sampled every 5 ms, and its CPU time
// through probe.mjs.
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { probe } from './probe.mjs';

const proxy = await import(pathToFileURL(process.env.PROXY_BUNDLE).href);
const { createNodeListener } = await import(pathToFileURL(process.env.PROXY_NODE_BUNDLE).href);
const handler = proxy.createLivenessHandler({
  upstream: proxy.dojahUpstream({
    appId: 'bench-app',
    secretKey: 'bench-secret',
    baseUrl: process.env.UPSTREAM_URL,
  }),
  // The benchmark measures the path itself: no capture tokens, no rate limit.
  open: true,
  rateLimit: false,
});
const listener = createNodeListener(handler);
const server = createServer(listener);
probe(server);
server.keepAliveTimeout = 60_000;

let peak = 0;
let sampler;
const sample = () => (peak = Math.max(peak, process.memoryUsage.rss()));

process.on('message', (message) => {
  if (message === 'mem-start') {
    peak = 0;
    sample();
    const baseline = peak;
    sampler = setInterval(sample, 5);
    process.send({ baseline });
  } else if (message === 'mem-stop') {
    clearInterval(sampler);
    sample();
    process.send({ peak });
  } else if (message === 'external' || message === 'external-after-gc') {
    // For buffers.mjs, run with --expose-gc; the second collection finishes the first's sweeping.
    if (message === 'external-after-gc') {
      globalThis.gc?.();
      globalThis.gc?.();
    }
    process.send({ external: v8.getHeapStatistics().external_memory });
  }
});
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
process.on('disconnect', () => process.exit(0));
