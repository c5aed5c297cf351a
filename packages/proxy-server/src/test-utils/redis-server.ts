import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

const BINARY = process.env.REDIS_SERVER ?? 'redis-server';

/** Whether `redis-server` can be started here. */
export const redisServerInstalled = spawnSync(BINARY, ['--version']).status === 0;

/**
 * The reason Redis tests are skipped, or `undefined` when they run. In CI (CI=true) a missing
 * redis-server is an error, never a skip: `.ci/run` installs it.
 */
export function redisSkipReason(): string | undefined {
  if (redisServerInstalled) return undefined;
  if (process.env.CI === 'true') {
    throw new Error(
      'redis-server is not installed, and CI=true: the Redis store tests must run in CI (.ci/run installs redis-server).',
    );
  }
  const reason =
    'SKIPPED: redis-server is not installed (Debian: apt-get install redis-server); CI runs these tests.';
  console.warn(`[redis tests] ${reason}`);
  return reason;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

export interface RedisServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts a throwaway `redis-server` on a free loopback port, with nothing written to disk. */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    BINARY,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`redis-server did not start on port ${port}:\n${output}`));
    }, 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`));
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
