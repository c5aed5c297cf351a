// What the proxy benchmark's runner asks of the proxy and floor processes, by message:
// - 'cpu-start' / 'cpu-stop': this process's CPU time (user + system) and the requests served
//   in between;
// - 'gc-start' / 'gc-stop': the garbage-collection pauses V8 reported in between
//   (PerformanceObserver 'gc'): their count, total, longest, and how many were full collections;
//   and how many connections this process opened meanwhile (diagnostics_channel
//   'net.client.socket'), i.e. to the upstream.
import { subscribe } from 'node:diagnostics_channel';
import { constants, PerformanceObserver } from 'node:perf_hooks';

/** Answers the runner's probes about `server` (a node:http server) and this process. */
export function probe(server) {
  let requests = 0;
  let cpuStart;
  let pauses;
  let connections = 0;
  subscribe('net.client.socket', () => {
    connections += 1;
  });
  server.on('request', () => {
    requests += 1;
  });
  new PerformanceObserver((list) => {
    if (pauses === undefined) return;
    for (const entry of list.getEntries()) pauses.push(entry);
  }).observe({ entryTypes: ['gc'] });

  process.on('message', (message) => {
    if (message === 'cpu-start') {
      requests = 0;
      cpuStart = process.cpuUsage();
      process.send({ ok: true });
    } else if (message === 'cpu-stop') {
      const { user, system } = process.cpuUsage(cpuStart);
      process.send({ cpuMs: (user + system) / 1000, requests });
    } else if (message === 'gc-start') {
      pauses = [];
      connections = 0;
      process.send({ ok: true });
    } else if (message === 'gc-stop') {
      const list = pauses ?? [];
      pauses = undefined;
      process.send({
        count: list.length,
        totalMs: list.reduce((sum, entry) => sum + entry.duration, 0),
        maxMs: list.reduce((max, entry) => Math.max(max, entry.duration), 0),
        full: list.filter((entry) => entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)
          .length,
        connections,
      });
    }
  });
}
