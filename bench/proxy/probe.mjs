// What the proxy benchmark's runner asks of the proxy process, by message: 'cpu-start' /
// 'cpu-stop' give this process's CPU time (user + system) and the requests served in between.

/** Answers the runner's CPU probe about `server` (a node:http server) and this process. */
export function probe(server) {
  let requests = 0;
  let cpuStart;
  server.on('request', () => {
    requests += 1;
  });
  process.on('message', (message) => {
    if (message === 'cpu-start') {
      requests = 0;
      cpuStart = process.cpuUsage();
      process.send({ ok: true });
    } else if (message === 'cpu-stop') {
      const { user, system } = process.cpuUsage(cpuStart);
      process.send({ cpuMs: (user + system) / 1000, requests });
    }
  });
}
