// Garbage-collection pauses of this process, for the proxy benchmark: every pause V8 reports
// (PerformanceObserver 'gc') between 'gc-start' and 'gc-stop' messages from the runner, which
// gets back their count, total, longest, and how many were full (mark-compact) collections.
import { constants, PerformanceObserver } from 'node:perf_hooks';

let pauses;
new PerformanceObserver((list) => {
  if (pauses === undefined) return;
  for (const entry of list.getEntries()) pauses.push(entry);
}).observe({ entryTypes: ['gc'] });

process.on('message', (message) => {
  if (message === 'gc-start') {
    pauses = [];
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
    });
  }
});
