import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { LogEntry } from '@liveframe/proxy';
import { readConfig } from './read-config.js';
import { startProxyServer } from './start-proxy-server.js';
import type { RunningProxy } from './start-proxy-server.js';
import { SERVER_TIMEOUTS } from './server-limits.js';

const running: RunningProxy[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(running.splice(0).map((proxy) => proxy.close(100)));
});

async function serve(env: Record<string, string>, timeouts = {}) {
  const logs: LogEntry[] = [];
  const proxy = await startProxyServer(readConfig({ PORT: '0', ...env }), {
    logger: (entry) => logs.push(entry),
    warn: () => undefined,
    timeouts,
  });
  running.push(proxy);
  return { proxy, logs, port: Number(new URL(proxy.url).port) };
}

/** A raw TCP client: what it received, and a promise of its close. */
function rawClient(port: number) {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const opened = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return { socket, closed, opened, received: () => received };
}

describe('the CLI server (hardening 8 and 10)', () => {
  it('caps open connections (LIVEFRAME_MAX_CONNECTIONS)', async () => {
    const { port } = await serve({ LIVEFRAME_MAX_CONNECTIONS: '2' });
    const first = rawClient(port);
    const second = rawClient(port);
    await Promise.all([first.opened, second.opened]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const third = rawClient(port);
    await third.closed; // dropped by the server at once
    third.socket.destroy();
    expect(first.socket.destroyed).toBe(false);
    first.socket.destroy();
    await first.closed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
  });

  it('cuts a client too slow to send its request with 408, and logs it', async () => {
    const { port, logs } = await serve(
      {},
      { requestTimeout: 600, headersTimeout: 300, connectionsCheckingInterval: 100 },
    );
    const slow = rawClient(port);
    await slow.opened;
    slow.socket.write(
      'POST /api/liveness HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"image":"',
    );
    await slow.closed;
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408/);
    expect(logs).toContainEqual(
      expect.objectContaining({
        status: 408,
        code: 'TIMEOUT',
        detail: expect.stringContaining('ERR_HTTP_REQUEST_TIMEOUT') as string,
      }),
    );
  });

  it('answers a malformed Host with a logged 400 through Node too', async () => {
    const { port, logs } = await serve({});
    const client = rawClient(port);
    await client.opened;
    client.socket.write('GET /api/liveness HTTP/1.1\r\nHost: bad host\r\n\r\n');
    await client.closed;
    expect(client.received()).toMatch(/^HTTP\/1\.1 400/);
    expect(logs[0]).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect(logs[0]?.detail).toContain('invalid Host');
  });

  it('runs with the timeouts the README states', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const row = (name: string) => readme.split('\n').find((line) => line.includes(`\`${name}\``));
    expect(row('headersTimeout')).toContain(`${SERVER_TIMEOUTS.headersTimeout / 1000} s`);
    expect(row('requestTimeout')).toContain(`${SERVER_TIMEOUTS.requestTimeout / 1000} s`);
    expect(row('connectionsCheckingInterval')).toContain(
      `${SERVER_TIMEOUTS.connectionsCheckingInterval / 1000} s`,
    );
    expect(row('keepAliveTimeout')).toContain(`${SERVER_TIMEOUTS.keepAliveTimeout / 1000} s`);
  });
});
