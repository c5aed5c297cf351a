import type { ProxyErrorCode } from '@liveframe/core';

/**
 * One structured line per request. Never holds the image, a secret or an upstream body; `detail`
 * is a short operator-facing note (e.g. why the upstream refused the credentials).
 */
export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  msg: 'liveness request';
  method: string;
  path: string;
  status: number;
  /** The error code for non-2xx answers. */
  code?: ProxyErrorCode;
  durationMs: number;
  /** Request body bytes read. */
  bytesIn: number;
  /** Decoded image bytes, when an image was accepted. */
  imageBytes?: number;
  upstream: string;
  /** The verdict, for answered checks. */
  outcome?: 'pass' | 'retry';
  detail?: string;
}

/** Receives one {@link LogEntry} per request. */
export type Logger = (entry: LogEntry) => void;

interface LineStream {
  write(text: string, callback: (error?: Error | null) => void): unknown;
  listenerCount(event: 'error'): number;
  once(event: 'error', listener: () => void): unknown;
  removeListener(event: 'error', listener: () => void): unknown;
}

function ignore(): void {}

/**
 * Writes like `console` does: a log that cannot be written (stdout a closed pipe, `EPIPE`) is
 * dropped, never an 'error' that brings the server down. Errors come synchronously (files, TTYs)
 * or through the callback before the stream's 'error' event (pipes).
 */
export function writeQuietly(stream: LineStream, text: string): void {
  const guard = stream.listenerCount('error') === 0;
  if (guard) stream.once('error', ignore);
  try {
    stream.write(text, (error) => {
      if (error && stream.listenerCount('error') === 0) stream.once('error', ignore);
    });
  } catch {
    // Dropped, as above.
  } finally {
    if (guard) stream.removeListener('error', ignore);
  }
}
interface NodeProcessLike {
  stdout?: LineStream;
  stderr?: LineStream;
  on?: (event: 'exit', listener: () => void) => unknown;
}

/**
 * Lines for one stream, written together once per turn of the event loop (after the answer has
 * gone out, not before), and at exit. A write to a file or pipe is a system call; one per request
 * on the answer's path cost about 0.7 ms of median latency in the proxy benchmark.
 */
function batchedWriter(stream: LineStream, onExit: (flush: () => void) => void) {
  let pending: string[] = [];
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    if (pending.length === 0) return;
    const text = `${pending.join('\n')}\n`;
    pending = [];
    writeQuietly(stream, text);
  };
  onExit(flush);
  return (line: string): void => {
    pending.push(line);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
}

type LineWriter = (line: string) => void;
let writers: { info: LineWriter; problem: LineWriter } | undefined;

function lineWriters(): { info: LineWriter; problem: LineWriter } {
  if (writers !== undefined) return writers;
  const proc = (globalThis as { process?: NodeProcessLike }).process;
  const { stdout, stderr } = proc ?? {};
  if (
    typeof stdout?.write === 'function' &&
    typeof stderr?.write === 'function' &&
    typeof proc?.on === 'function' &&
    typeof setImmediate === 'function'
  ) {
    const onExit = (flush: () => void): void => void proc.on?.('exit', flush);
    writers = { info: batchedWriter(stdout, onExit), problem: batchedWriter(stderr, onExit) };
  } else {
    // Edge runtimes: the console is the log.
    writers = { info: (line) => console.info(line), problem: (line) => console.error(line) };
  }
  return writers;
}

/**
 * Writes each entry as one JSON line: `info` to stdout, `warn`/`error` to stderr. On Node the
 * lines of one event-loop turn go out in one write, right after it; elsewhere to the console.
 */
export const jsonLineLogger: Logger = (entry) => {
  // The time first, without copying the entry into a new object to put it there.
  const line = `{"time":"${new Date().toISOString()}",${JSON.stringify(entry).slice(1)}`;
  const { info, problem } = lineWriters();
  if (entry.level === 'info') info(line);
  else problem(line);
};
