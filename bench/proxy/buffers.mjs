#!/usr/bin/env node
// `node bench/proxy/buffers.mjs`: buffer (ArrayBuffer) bytes the proxy allocates a request, the
// figure that sets how often V8 makes a full collection under load (bench/README.md, section 4).
// Prints its method and its number; writes nothing.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFromSource } from '../../packages/proxy/scripts/bundle-from-source.mjs';
import { makeBody } from './body.mjs';
import { timedPost } from './load.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const REQUESTS = 20;
const dir = mkdtempSync(join(tmpdir(), 'liveframe-bench-buffers-'));
const source = join(here, '..', '..', 'packages/proxy/src');
const env = {
  PROXY_BUNDLE: await bundleFromSource(join(source, 'index.ts'), join(dir, 'proxy.mjs')),
  PROXY_NODE_BUNDLE: await bundleFromSource(join(source, 'node.ts'), join(dir, 'node.mjs')),
};
const start = (script, extra, execArgv = []) => {
  const child = fork(join(here, script), {
    env: { ...process.env, ...extra },
    execArgv,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return { child, next: () => new Promise((resolve) => child.once('message', resolve)) };
};
const upstream = start('fake-upstream.mjs', { UPSTREAM_DELAY_MS: '0' });
const upstreamUrl = `http://127.0.0.1:${(await upstream.next()).port}`;
// A young generation large enough that nothing is collected during one request.
const proxy = start('proxy-server.mjs', { ...env, UPSTREAM_URL: upstreamUrl }, [
  '--expose-gc',
  '--min-semi-space-size=64',
  '--max-semi-space-size=64',
]);
const url = `http://127.0.0.1:${(await proxy.next()).port}/api/liveness`;
const body = makeBody();
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const post = async () => (await timedPost(agent, url, body)).status;
const external = async (collect) => {
  proxy.child.send(collect ? 'external-after-gc' : 'external');
  return (await proxy.next()).external;
};
try {
  for (let index = 0; index < 30; index += 1) await post();
  const bytes = [];
  for (let index = 0; index < REQUESTS; index += 1) {
    const before = await external(true);
    if ((await post()) !== 200) throw new Error('the proxy did not answer 200');
    bytes.push((await external(false)) - before);
  }
  bytes.sort((a, b) => a - b);
  console.log('proxy buffers: method');
  console.log(
    `  - the proxy as bench:proxy runs it, a fake upstream answering at once, one keep-alive client, ${body.length} bytes of JSON body`,
  );
  console.log(
    `  - per request: v8.getHeapStatistics().external_memory after the answer minus before it, gc() before each, young generation 64 MB (nothing collected in between); ${REQUESTS} requests after 30 warm-up`,
  );
  console.log(
    `proxy buffers: median ${(bytes[REQUESTS / 2] / 1024).toFixed(0)} KB a request (min ${(bytes[0] / 1024).toFixed(0)}, max ${(bytes.at(-1) / 1024).toFixed(0)})`,
  );
} finally {
  agent.destroy();
  proxy.child.kill();
  upstream.child.kill();
  rmSync(dir, { recursive: true, force: true });
}
