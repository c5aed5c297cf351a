// The reference floor for the proxy benchmark: the least a Node proxy that must read the whole
// image before calling the upstream can do. It reads the body, sends it on unchanged with
// node:http (keep-alive) and returns the answer; no parsing, no checks, no logs. The difference
// between it and the direct path is what this machine charges for the extra loopback hop.
import { Agent, createServer, request } from 'node:http';
import { probe } from './probe.mjs';

const upstream = new URL(process.env.UPSTREAM_URL);
const agent = new Agent({ keepAlive: true });

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const out = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: '/api/v1/ml/liveness/',
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': body.length,
          AppId: 'bench-app',
          Authorization: 'bench-secret',
        },
      },
      (answer) => {
        const parts = [];
        answer.on('data', (chunk) => parts.push(chunk));
        answer.on('end', () => {
          const text = Buffer.concat(parts);
          res.writeHead(answer.statusCode, {
            'Content-Type': 'application/json',
            'Content-Length': text.length,
          });
          res.end(text);
        });
      },
    );
    out.on('error', () => res.destroy());
    out.end(body);
  });
});
server.keepAliveTimeout = 60_000;

probe(server);
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
process.on('disconnect', () => process.exit(0));
