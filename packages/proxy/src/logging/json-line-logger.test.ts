import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonLineLogger } from './json-line-logger.js';
import type { LogEntry } from './log-entry.js';

afterEach(() => {
  vi.restoreAllMocks();
});

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

describe('jsonLineLogger', () => {
  it('writes an info entry as one JSON line with its time first, through console.info', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const before = Date.now();
    const logged = entry({ outcome: 'pass', imageBytes: 771 });
    jsonLineLogger(logged);
    expect(error).not.toHaveBeenCalled();
    expect(info).toHaveBeenCalledTimes(1);
    const line = info.mock.calls[0]?.[0] as string;
    expect(line).not.toContain('\n');
    expect(Object.keys(JSON.parse(line) as object)[0]).toBe('time');
    const parsed = JSON.parse(line) as { time: string };
    expect(parsed).toEqual({ time: expect.any(String), ...logged });
    expect(Date.parse(parsed.time)).toBeGreaterThanOrEqual(before - 1);
  });

  it.each(['warn', 'error'] as const)('writes a %s entry through console.error', (level) => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const problem = entry({ level, status: 502, code: 'UPSTREAM_ERROR', detail: 'HTTP 503' });
    jsonLineLogger(problem);
    expect(info).not.toHaveBeenCalled();
    expect(JSON.parse(error.mock.calls[0]?.[0] as string)).toEqual({
      time: expect.any(String),
      ...problem,
    });
  });
});
