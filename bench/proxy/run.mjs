#!/usr/bin/env node
// The proxy benchmark (issue 3), `pnpm bench:proxy`. Loopback only, bounded loops, stops by itself.
// Prints its method and numbers and writes them to bench/results/proxy.json.
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFromSource } from '../../packages/proxy/scripts/bundle-from-source.mjs';
import { bigUpload, closedLoop, percentile } from './load.mjs';

const CONCURRENCY = 50;
// A fixed delay stands in for the upstream's own work (face analysis behind an internet round
// trip); at 50 clients, 1000 ms offers the proxy about 50 requests/s. BENCH_UPSTREAM_DELAY_MS
// changes it, to see where the proxy saturates this machine.
const UPSTREAM_DELAY_MS = Number(process.env.BENCH_UPSTREAM_DELAY_MS ?? 1000);
const ROUNDS = 4;
const PER_ROUND = 250;
const WARMUP = 100;
const CAPACITY_REQUESTS = 1500;
const UPLOAD_CLIENTS = 200;
const UPLOAD_BYTES = 4 * 1024 * 1024;
const TARGET_P99_ADDED_MS = 5;

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const proxyRequire = createRequire(join(root, 'packages/proxy/package.json'));

/** A ~100 KB selfie: the portrait fixture re-encoded by jpeg-js at quality 55. */
function makeImage() {
  const { decode, encode } = proxyRequire('jpeg-js');
  const portrait = readFileSync('/work/shared/fixtures/images/portrait.jpg');
  return encode(decode(portrait, { useTArray: true }), 55).data;
}

async function bundleProxy(dir) {
  return bundleFromSource(join(root, 'packages/proxy/src/index.ts'), join(dir, 'proxy.mjs'));
}

function start(script, env) {
  const child = fork(join(here, script), {
    env: { ...process.env, ...env },
    // The proxy's log lines (stdout, stderr) are discarded, as a log shipper would take them.
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    execArgv: ['--expose-gc'],
  });
  const next = () => new Promise((resolve) => child.once('message', resolve));
  return { child, next };
}

const round = (value) => Math.round(value * 100) / 100;
const mb = (bytes) => round(bytes / 1024 / 1024);
const stats = (latencies) => ({
  p50: round(percentile(latencies, 50)),
  p99: round(percentile(latencies, 99)),
});

const loadBefore = loadavg().map(round);
const dir = mkdtempSync(join(tmpdir(), 'liveframe-bench-proxy-'));
const children = [];
try {
  const image = makeImage();
  const body = Buffer.from(JSON.stringify({ image: image.toString('base64') }));
  const bundle = await bundleProxy(dir);

  const upstream = start('fake-upstream.mjs', { UPSTREAM_DELAY_MS: String(UPSTREAM_DELAY_MS) });
  children.push(upstream.child);
  const upstreamUrl = `http://127.0.0.1:${(await upstream.next()).port}`;
  const proxy = start('proxy-server.mjs', { PROXY_BUNDLE: bundle, UPSTREAM_URL: upstreamUrl });
  children.push(proxy.child);
  const proxyUrl = `http://127.0.0.1:${(await proxy.next()).port}/api/liveness`;
  const direct = {
    url: `${upstreamUrl}/api/v1/ml/liveness/`,
    headers: { AppId: 'bench-app', Authorization: 'bench-secret' },
  };
  const setDelay = (ms) => fetch(`${upstreamUrl}/__delay?ms=${ms}`, { method: 'POST' });
  const run = (target, total) => closedLoop({ ...target, body, total, concurrency: CONCURRENCY });

  console.log('proxy benchmark: method');
  const method = [
    `loopback only (127.0.0.1); proxy, fake upstream and load generator are three Node ${process.version} processes on this machine`,
    `proxy: createLivenessHandler + dojahUpstream + createNodeListener, default limits, rate limit off, one JSON log line per request`,
    `fake upstream: reads the whole body, waits ${UPSTREAM_DELAY_MS} ms, answers the documented example response`,
    `image: the portrait fixture re-encoded as JPEG, ${image.length} bytes (${body.length} bytes of JSON body)`,
    `latency: ${CONCURRENCY} concurrent clients (keep-alive), ${WARMUP} warm-up requests per target, then ${ROUNDS} alternating rounds of ${PER_ROUND} requests direct to the upstream and through the proxy; added latency = proxy percentile - direct percentile`,
    `throughput: requests/s through the proxy in those rounds, and with the upstream delay set to 0 (${CAPACITY_REQUESTS} requests)`,
    `memory: ${UPLOAD_CLIENTS} clients at once each upload ${UPLOAD_BYTES / 1024 / 1024} MiB (chunked, no Content-Length, so the proxy must count), then again with Content-Length, on a fresh proxy process that samples its RSS every 5 ms`,
  ];
  for (const line of method) console.log(`  - ${line}`);

  await run(direct, WARMUP);
  await run({ url: proxyUrl }, WARMUP);
  const directLatencies = [];
  const proxyLatencies = [];
  let proxyElapsed = 0;
  const statuses = {};
  for (let index = 0; index < ROUNDS; index += 1) {
    const a = await run(direct, PER_ROUND);
    directLatencies.push(...a.latencies);
    const b = await run({ url: proxyUrl }, PER_ROUND);
    proxyLatencies.push(...b.latencies);
    proxyElapsed += b.elapsedMs;
    for (const [status, count] of Object.entries(b.statuses)) {
      statuses[status] = (statuses[status] ?? 0) + count;
    }
  }
  const directStats = stats(directLatencies);
  const proxyStats = stats(proxyLatencies);
  const added = {
    p50: round(proxyStats.p50 - directStats.p50),
    p99: round(proxyStats.p99 - directStats.p99),
  };

  await setDelay(0);
  await run({ url: proxyUrl }, 200);
  const capacity = await run({ url: proxyUrl }, CAPACITY_REQUESTS);
  const directCapacity = await run(direct, CAPACITY_REQUESTS);
  await setDelay(UPSTREAM_DELAY_MS);

  // A fresh proxy process for memory, so the latency phases' heap does not hide its growth.
  proxy.child.kill();
  const fresh = start('proxy-server.mjs', { PROXY_BUNDLE: bundle, UPSTREAM_URL: upstreamUrl });
  children.push(fresh.child);
  const freshUrl = `http://127.0.0.1:${(await fresh.next()).port}/api/liveness`;
  const memory = {};
  for (const chunked of [true, false]) {
    fresh.child.send('mem-start');
    const { baseline } = await fresh.next();
    const results = await Promise.all(
      Array.from({ length: UPLOAD_CLIENTS }, () => bigUpload(freshUrl, UPLOAD_BYTES, chunked)),
    );
    fresh.child.send('mem-stop');
    const { peak } = await fresh.next();
    const outcomes = {};
    for (const result of results) {
      const key = result.status === undefined ? `error ${result.error}` : String(result.status);
      outcomes[key] = (outcomes[key] ?? 0) + 1;
    }
    memory[chunked ? 'chunked' : 'contentLength'] = {
      baselineRssMb: mb(baseline),
      peakRssMb: mb(peak),
      growthMb: mb(peak - baseline),
      outcomes,
    };
  }

  const bodyLimitBytes = Math.ceil(1_048_576 / 3) * 4 + 4096;
  const worstGrowth = Math.max(memory.chunked.growthMb, memory.contentLength.growthMb);
  const result = {
    method,
    machine: {
      cpus: cpus().length,
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadavg().map(round),
    },
    upstreamDelayMs: UPSTREAM_DELAY_MS,
    imageBytes: image.length,
    latencyMs: { direct: directStats, proxy: proxyStats },
    addedLatencyMs: added,
    throughputRps: {
      proxyAtUpstreamDelay: round((proxyLatencies.length / proxyElapsed) * 1000),
      proxyAtZeroDelay: round((CAPACITY_REQUESTS / capacity.elapsedMs) * 1000),
      directAtZeroDelay: round((CAPACITY_REQUESTS / directCapacity.elapsedMs) * 1000),
    },
    proxyStatuses: statuses,
    memory: {
      clients: UPLOAD_CLIENTS,
      uploadMb: UPLOAD_BYTES / 1024 / 1024,
      bodyLimitMb: mb(bodyLimitBytes),
      clientsTimesUploadMb: (UPLOAD_CLIENTS * UPLOAD_BYTES) / 1024 / 1024,
      clientsTimesLimitMb: mb(UPLOAD_CLIENTS * bodyLimitBytes),
      ...memory,
    },
    targets: {
      p99AddedUnder5ms: added.p99 < TARGET_P99_ADDED_MS,
      memoryBoundedByLimit: worstGrowth < mb(UPLOAD_CLIENTS * bodyLimitBytes),
    },
  };

  console.log('\nproxy benchmark: numbers');
  console.log(
    `  machine         ${result.machine.cpus} CPUs, load average ${loadBefore.join(' ')} before, ${result.machine.loadAverageAfter.join(' ')} after (other work shares these cores)`,
  );
  console.log(`  latency direct  p50 ${directStats.p50} ms  p99 ${directStats.p99} ms`);
  console.log(`  latency proxy   p50 ${proxyStats.p50} ms  p99 ${proxyStats.p99} ms`);
  console.log(
    `  added latency   p50 ${added.p50} ms  p99 ${added.p99} ms  (statuses ${JSON.stringify(statuses)})`,
  );
  console.log(
    `  throughput      ${result.throughputRps.proxyAtUpstreamDelay} req/s through the proxy at ${UPSTREAM_DELAY_MS} ms upstream delay; ${result.throughputRps.proxyAtZeroDelay} req/s at 0 ms (direct: ${result.throughputRps.directAtZeroDelay} req/s)`,
  );
  for (const [name, figures] of Object.entries(memory)) {
    console.log(
      `  memory ${name.padEnd(13)} RSS ${figures.baselineRssMb} -> peak ${figures.peakRssMb} MiB (+${figures.growthMb}) for ${UPLOAD_CLIENTS} x ${UPLOAD_BYTES / 1024 / 1024} MiB uploads; answers ${JSON.stringify(figures.outcomes)}`,
    );
  }
  console.log(
    `  (${UPLOAD_CLIENTS} x upload = ${result.memory.clientsTimesUploadMb} MiB; ${UPLOAD_CLIENTS} x body limit = ${result.memory.clientsTimesLimitMb} MiB)`,
  );
  console.log('\nproxy benchmark: targets');
  console.log(
    `  p99 added latency < ${TARGET_P99_ADDED_MS} ms: ${result.targets.p99AddedUnder5ms ? 'MET' : 'NOT MET'} (${added.p99} ms)`,
  );
  console.log(
    `  memory bounded by the body limit: ${result.targets.memoryBoundedByLimit ? 'MET' : 'NOT MET'} (+${worstGrowth} MiB peak growth)`,
  );

  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/proxy.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log('\nwrote bench/results/proxy.json');
} finally {
  for (const child of children) child.kill();
  rmSync(dir, { recursive: true, force: true });
}
