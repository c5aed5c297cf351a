#!/usr/bin/env node
// The proxy benchmark, `pnpm bench:proxy`. Loopback only, bounded loops, stops by itself.
// Prints its method and numbers, checks the proxy's budgets (issue 20) and writes them all to
// bench/results/proxy.json.
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFromSource } from '../../packages/proxy/scripts/bundle-from-source.mjs';
import { makeImage } from './body.mjs';
import { bigUpload, closedLoop, percentile } from './load.mjs';

const CONCURRENCY = 50;
// The upstream's own time per request stands in for face analysis behind an internet round trip,
// drawn uniformly in mean * (1 +/- jitter). BENCH_UPSTREAM_DELAY_MS changes the mean.
const UPSTREAM_DELAY_MS = Number(process.env.BENCH_UPSTREAM_DELAY_MS ?? 1000);
const UPSTREAM_JITTER = 0.5;
// Direct and proxy take turns, so a burst of load from elsewhere lands on both alike.
const ROUNDS = 18;
const PER_ROUND = 150;
const WARMUP = 100;
const CAPACITY_REQUESTS = 1500;
const UPLOAD_CLIENTS = 200;
const UPLOAD_BYTES = 4 * 1024 * 1024;
const BUDGET_P99_ADDED_MS = 10;
const BUDGET_SOURCE_LINES = 2000;

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const proxySource = join(root, 'packages/proxy/src');

/** Lines of the proxy's TypeScript sources, tests and test utilities left out. */
function sourceLines(dir = proxySource) {
  let lines = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'test-utils') lines += sourceLines(path);
    } else if (/\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name)) {
      lines += readFileSync(path, 'utf8').split('\n').length - 1;
    }
  }
  return lines;
}

function start(script, env) {
  const child = fork(join(here, script), {
    env: { ...process.env, ...env },
    // The proxy's log lines (stdout, stderr) are discarded, as a log shipper would take them.
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  const next = () => new Promise((resolve) => child.once('message', resolve));
  return { child, next };
}

const round = (value) => Math.round(value * 100) / 100;
const mb = (bytes) => round(bytes / 1024 / 1024);
const stats = (values) => ({
  p50: round(percentile(values, 50)),
  p99: round(percentile(values, 99)),
});
const minus = (a, b) => ({ p50: round(a.p50 - b.p50), p99: round(a.p99 - b.p99) });

const loadBefore = loadavg().map(round);
const dir = mkdtempSync(join(tmpdir(), 'liveframe-bench-proxy-'));
const children = [];
try {
  const lines = sourceLines();
  const image = makeImage();
  const body = Buffer.from(JSON.stringify({ image: image.toString('base64') }));
  const bundles = {
    PROXY_BUNDLE: await bundleFromSource(join(proxySource, 'index.ts'), join(dir, 'proxy.mjs')),
    PROXY_NODE_BUNDLE: await bundleFromSource(join(proxySource, 'node.ts'), join(dir, 'node.mjs')),
  };

  const upstream = start('fake-upstream.mjs', {
    UPSTREAM_DELAY_MS: String(UPSTREAM_DELAY_MS),
    UPSTREAM_JITTER: String(UPSTREAM_JITTER),
  });
  children.push(upstream.child);
  const upstreamUrl = `http://127.0.0.1:${(await upstream.next()).port}`;
  const proxy = start('proxy-server.mjs', { ...bundles, UPSTREAM_URL: upstreamUrl });
  children.push(proxy.child);
  const targets = {
    direct: {
      url: `${upstreamUrl}/api/v1/ml/liveness/`,
      headers: { AppId: 'bench-app', Authorization: 'bench-secret' },
    },
    proxy: { url: `http://127.0.0.1:${(await proxy.next()).port}/api/liveness` },
  };
  const setDelay = (ms, jitter) =>
    fetch(`${upstreamUrl}/__delay?ms=${ms}&jitter=${jitter}`, { method: 'POST' });

  const method = [
    `loopback only (127.0.0.1); the proxy, a fake upstream and the load generator (this runner) are three Node ${process.version} processes on this machine (${cpus().length} CPUs, shared with whatever else runs: see the load average)`,
    `proxy: createLivenessHandler + dojahUpstream (global fetch) behind createNodeListener, as the CLI runs them: default limits, rate limit off, one JSON log line per request`,
    `fake upstream: reads the whole body, waits ${UPSTREAM_DELAY_MS} ms +/- ${UPSTREAM_JITTER * 100}% (uniform, seeded), answers the documented example response plus the time it held the request`,
    `image: the portrait fixture re-encoded as JPEG, ${image.length} bytes (${body.length} bytes of JSON body)`,
    `time outside the upstream, per request: the client's wall time minus the time the upstream held it (reported in its answer), so the upstream's own wait cancels exactly`,
    `added latency: ${CONCURRENCY} concurrent clients (keep-alive), each sending its next request when answered, started ${UPSTREAM_DELAY_MS / CONCURRENCY} ms apart; ${WARMUP} warm-up requests per target, then ${ROUNDS} rounds of ${PER_ROUND} requests in which direct and proxy take turns; added = percentile through the proxy - the same percentile direct`,
    `throughput and CPU: requests/s and the proxy process's CPU time (user + system) per request with the upstream delay at 0 (${CAPACITY_REQUESTS} requests at ${CONCURRENCY} concurrent)`,
    `memory: ${UPLOAD_CLIENTS} clients at once each upload ${UPLOAD_BYTES / 1024 / 1024} MiB (chunked, no Content-Length, so the proxy must count), then again with Content-Length, on a fresh proxy process that samples its RSS every 5 ms`,
    `source size: lines of packages/proxy/src/**/*.ts without *.test.ts, *.test-d.ts and test-utils/`,
  ];
  console.log('proxy benchmark: method');
  for (const line of method) console.log(`  - ${line}`);

  const steady = (name, total) =>
    closedLoop({
      ...targets[name],
      body,
      total,
      concurrency: CONCURRENCY,
      spreadMs: UPSTREAM_DELAY_MS,
    });
  const outside = { direct: [], proxy: [] };
  const statuses = {};
  for (const name of Object.keys(targets)) await steady(name, WARMUP);
  for (let index = 0; index < ROUNDS; index += 1) {
    for (const name of Object.keys(targets)) {
      const result = await steady(name, PER_ROUND);
      outside[name].push(...result.outside);
      if (name === 'proxy') {
        for (const [status, count] of Object.entries(result.statuses)) {
          statuses[status] = (statuses[status] ?? 0) + count;
        }
      }
    }
  }
  const outsideStats = { direct: stats(outside.direct), proxy: stats(outside.proxy) };
  const added = minus(outsideStats.proxy, outsideStats.direct);

  await setDelay(0, 0);
  await closedLoop({ ...targets.proxy, body, total: 200, concurrency: CONCURRENCY });
  proxy.child.send('cpu-start');
  await proxy.next();
  const capacityRun = await closedLoop({
    ...targets.proxy,
    body,
    total: CAPACITY_REQUESTS,
    concurrency: CONCURRENCY,
  });
  proxy.child.send('cpu-stop');
  const { cpuMs, requests } = await proxy.next();
  const capacity = {
    rps: round((CAPACITY_REQUESTS / capacityRun.elapsedMs) * 1000),
    cpuMsPerRequest: Math.round((cpuMs / requests) * 1000) / 1000,
  };
  await setDelay(UPSTREAM_DELAY_MS, UPSTREAM_JITTER);

  // A fresh proxy process for memory, so the latency phases' heap does not hide its growth.
  proxy.child.kill();
  const fresh = start('proxy-server.mjs', { ...bundles, UPSTREAM_URL: upstreamUrl });
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
    upstreamJitter: UPSTREAM_JITTER,
    imageBytes: image.length,
    requestsPerTarget: outside.proxy.length,
    outsideUpstreamMs: outsideStats,
    addedLatencyMs: added,
    throughputRpsAtZeroDelay: capacity.rps,
    cpuMsPerRequest: capacity.cpuMsPerRequest,
    proxyStatuses: statuses,
    memory: {
      clients: UPLOAD_CLIENTS,
      uploadMb: UPLOAD_BYTES / 1024 / 1024,
      bodyLimitMb: mb(bodyLimitBytes),
      clientsTimesUploadMb: (UPLOAD_CLIENTS * UPLOAD_BYTES) / 1024 / 1024,
      clientsTimesLimitMb: mb(UPLOAD_CLIENTS * bodyLimitBytes),
      ...memory,
    },
    sourceLines: lines,
    targets: {
      p99AddedUnder10ms: added.p99 < BUDGET_P99_ADDED_MS,
      memoryBoundedByLimit: worstGrowth < mb(UPLOAD_CLIENTS * bodyLimitBytes),
      sourceUnder2000Lines: lines < BUDGET_SOURCE_LINES,
    },
  };

  const line = (label, figures) =>
    `    ${label.padEnd(24)} p50 ${String(figures.p50).padStart(7)} ms   p99 ${String(figures.p99).padStart(7)} ms`;
  console.log('\nproxy benchmark: numbers');
  console.log(
    `  machine: ${result.machine.cpus} CPUs, load average ${loadBefore.join(' ')} before, ${result.machine.loadAverageAfter.join(' ')} after`,
  );
  console.log(`  time outside the upstream (${outside.proxy.length} requests each):`);
  console.log(line('direct to the upstream', outsideStats.direct));
  console.log(line('through the proxy', outsideStats.proxy));
  console.log(line('added by the proxy', added));
  console.log(
    `  throughput at 0 ms upstream delay: ${capacity.rps} req/s; CPU per request: ${capacity.cpuMsPerRequest} ms   (statuses ${JSON.stringify(statuses)})`,
  );
  for (const [name, figures] of Object.entries(memory)) {
    console.log(
      `  memory ${name.padEnd(13)} RSS ${figures.baselineRssMb} -> peak ${figures.peakRssMb} MiB (+${figures.growthMb}) for ${UPLOAD_CLIENTS} x ${UPLOAD_BYTES / 1024 / 1024} MiB uploads; answers ${JSON.stringify(figures.outcomes)}`,
    );
  }
  console.log(
    `  (${UPLOAD_CLIENTS} x upload = ${result.memory.clientsTimesUploadMb} MiB; ${UPLOAD_CLIENTS} x body limit = ${result.memory.clientsTimesLimitMb} MiB)`,
  );
  console.log(`  source: ${lines} lines in ${relative(root, proxySource)} (tests left out)`);
  console.log('\nproxy benchmark: budgets');
  const verdict = (met) => (met ? 'MET' : 'NOT MET');
  console.log(
    `  p99 added latency < ${BUDGET_P99_ADDED_MS} ms: ${verdict(result.targets.p99AddedUnder10ms)} (${added.p99} ms)`,
  );
  console.log(
    `  memory bounded by the body limit: ${verdict(result.targets.memoryBoundedByLimit)} (+${worstGrowth} MiB peak growth)`,
  );
  console.log(
    `  proxy source < ${BUDGET_SOURCE_LINES} lines: ${verdict(result.targets.sourceUnder2000Lines)} (${lines})`,
  );

  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/proxy.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log('\nwrote bench/results/proxy.json');
} finally {
  for (const child of children) child.kill();
  rmSync(dir, { recursive: true, force: true });
}
