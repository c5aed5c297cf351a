import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import type { LogEntry, Logger } from './log-entry.js';

// `jsonLineLogger` finds its writers on first use and keeps them at module level: each test
// loads a fresh copy of the module, with the streams already stubbed.

type Write = typeof process.stdout.write;

let stdout: MockInstance<Write>;
let stderr: MockInstance<Write>;
let exitListeners: Set<unknown>;

beforeEach(() => {
  vi.resetModules();
  stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  exitListeners = new Set(process.listeners('exit'));
});

afterEach(() => {
  // Drop the 'exit' flushers this test's copy of the module added.
  for (const listener of process.listeners('exit')) {
    if (!exitListeners.has(listener)) process.off('exit', listener);
  }
  vi.restoreAllMocks();
});

async function freshLogger(): Promise<Logger> {
  const module = await import('./log-entry.js');
  return module.jsonLineLogger;
}

function entry(overrides: Partial<LogEntry> = {}): LogEntry {
  return {
    level: 'info',
    msg: 'liveness request',
    method: 'POST',
    path: '/api/liveness',
    status: 200,
    durationMs: 12.3,
    bytesIn: 1024,
    upstream: 'dojah',
    ...overrides,
  };
}

/** Resolves after the current macrotask's setImmediate callbacks have run. */
const nextMacrotask = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The lines of one write, parsed. */
function linesOf(text: unknown): Record<string, unknown>[] {
  expect(typeof text).toBe('string');
  expect(text).toMatch(/\n$/);
  return (text as string)
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('jsonLineLogger (Node)', () => {
  it('writes the lines of one turn in one stdout write, after the turn', async () => {
    const log = await freshLogger();
    const first = entry({ outcome: 'pass', imageBytes: 771 });
    const second = entry({ path: '/other', durationMs: 4.5, outcome: 'retry' });
    const before = Date.now();

    log(first);
    log(second);
    expect(stdout).not.toHaveBeenCalled();
    await Promise.resolve();
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    expect(stdout).not.toHaveBeenCalled();

    await nextMacrotask();
    expect(stdout).toHaveBeenCalledTimes(1);
    expect(stderr).not.toHaveBeenCalled();
    const lines = linesOf(stdout.mock.calls[0]?.[0]);
    expect(lines).toEqual([
      { time: expect.any(String), ...first },
      { time: expect.any(String), ...second },
    ]);
    for (const line of lines) {
      const time = Date.parse(line['time'] as string);
      expect(new Date(time).toISOString()).toBe(line['time']);
      expect(time).toBeGreaterThanOrEqual(before - 1);
      expect(time).toBeLessThanOrEqual(Date.now());
    }
  });

  it('starts a new write for the next turn', async () => {
    const log = await freshLogger();
    log(entry({ status: 200 }));
    await nextMacrotask();
    log(entry({ status: 201 }));
    await nextMacrotask();

    expect(stdout).toHaveBeenCalledTimes(2);
    expect(linesOf(stdout.mock.calls[0]?.[0])).toMatchObject([{ status: 200 }]);
    expect(linesOf(stdout.mock.calls[1]?.[0])).toMatchObject([{ status: 201 }]);
  });

  it.each(['warn', 'error'] as const)('writes a %s entry to stderr only', async (level) => {
    const log = await freshLogger();
    const problem = entry({ level, status: 502, code: 'UPSTREAM_ERROR', detail: 'HTTP 503' });

    log(problem);
    expect(stderr).not.toHaveBeenCalled();
    await nextMacrotask();

    expect(stdout).not.toHaveBeenCalled();
    expect(stderr).toHaveBeenCalledTimes(1);
    expect(linesOf(stderr.mock.calls[0]?.[0])).toEqual([{ time: expect.any(String), ...problem }]);
  });

  it('batches each stream apart when a turn has both kinds', async () => {
    const log = await freshLogger();
    log(entry({ status: 200 }));
    log(entry({ level: 'warn', status: 400, code: 'BAD_REQUEST' }));
    log(entry({ status: 201 }));
    log(entry({ level: 'error', status: 500, code: 'INTERNAL_ERROR' }));
    await nextMacrotask();

    expect(stdout).toHaveBeenCalledTimes(1);
    expect(stderr).toHaveBeenCalledTimes(1);
    expect(linesOf(stdout.mock.calls[0]?.[0])).toMatchObject([{ status: 200 }, { status: 201 }]);
    expect(linesOf(stderr.mock.calls[0]?.[0])).toMatchObject([
      { level: 'warn', status: 400 },
      { level: 'error', status: 500 },
    ]);
  });

  it('writes the pending lines when the process exits', async () => {
    const log = await freshLogger();
    log(entry({ status: 200 }));
    log(entry({ level: 'warn', status: 429, code: 'RATE_LIMITED' }));
    const added = process.listeners('exit').filter((listener) => !exitListeners.has(listener));
    expect(added).toHaveLength(2);

    // What process.emit('exit') would do, without running anyone else's exit listeners.
    for (const listener of added) listener(0);
    expect(stdout).toHaveBeenCalledTimes(1);
    expect(stderr).toHaveBeenCalledTimes(1);
    expect(linesOf(stdout.mock.calls[0]?.[0])).toMatchObject([{ status: 200 }]);
    expect(linesOf(stderr.mock.calls[0]?.[0])).toMatchObject([{ status: 429 }]);

    // Flushed once: the scheduled flush then has nothing left to write.
    await nextMacrotask();
    expect(stdout).toHaveBeenCalledTimes(1);
    expect(stderr).toHaveBeenCalledTimes(1);
  });
});

describe('writeQuietly', () => {
  /** A stream that fails every write as a closed pipe does: callback first, then 'error'. */
  class ClosedPipe extends EventEmitter {
    write(_text: string, callback: (error?: Error | null) => void): boolean {
      const error = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
      process.nextTick(() => {
        callback(error);
        process.nextTick(() => this.emit('error', error));
      });
      return false;
    }
  }

  /** A stream that throws from write, as a file or TTY can. */
  class Throwing extends EventEmitter {
    write(): boolean {
      throw Object.assign(new Error('write EBADF'), { code: 'EBADF' });
    }
  }

  it.each([
    ['an asynchronous EPIPE (a closed pipe)', () => new ClosedPipe()],
    ['a synchronous error (a file, a TTY)', () => new Throwing()],
  ])('drops the line on %s instead of raising an unhandled error', async (_case, make) => {
    const { writeQuietly } = await import('./log-entry.js');
    const stream = make();
    expect(() => writeQuietly(stream, 'line\n')).not.toThrow();
    // An unhandled 'error' would be thrown from emit() here and fail the test.
    await nextMacrotask();
    await nextMacrotask();
    expect(stream.listenerCount('error')).toBe(0);
  });

  it('leaves a stream that has its own error listener to it', async () => {
    const { writeQuietly } = await import('./log-entry.js');
    const stream = new ClosedPipe();
    const own = vi.fn();
    stream.on('error', own);
    writeQuietly(stream, 'line\n');
    await nextMacrotask();
    expect(own).toHaveBeenCalledTimes(1);
    expect(stream.listenerCount('error')).toBe(1);
  });
});
