import { describe, expect, it } from 'vitest';
import { DEFAULT_IDLE_MS, idleTimeoutMs, MAX_IDLE_MS } from './keep-alive.js';

describe('idleTimeoutMs', () => {
  it('keeps a connection one second less than the server announced', () => {
    expect(idleTimeoutMs('timeout=60')).toBe(59_000);
    expect(idleTimeoutMs('timeout=5, max=1000')).toBe(4000);
    expect(idleTimeoutMs('max=100, timeout=75')).toBe(74_000);
    expect(idleTimeoutMs('Timeout = 10')).toBe(9000);
    expect(idleTimeoutMs('timeout="20"')).toBe(19_000);
    expect(idleTimeoutMs(['max=5', 'timeout=30'])).toBe(29_000);
  });

  it('does not keep it when the announced timeout leaves no margin', () => {
    expect(idleTimeoutMs('timeout=1')).toBe(0);
    expect(idleTimeoutMs('timeout=0')).toBe(0);
  });

  it('keeps it at most ten minutes, whatever the server announced', () => {
    expect(idleTimeoutMs('timeout=86400')).toBe(MAX_IDLE_MS);
    expect(idleTimeoutMs('timeout=999999999')).toBe(MAX_IDLE_MS);
  });

  it('uses the default without a readable announcement', () => {
    for (const header of [undefined, '', 'max=100', 'timeout=', 'timeout=abc', 'mytimeout=60']) {
      expect(idleTimeoutMs(header)).toBe(DEFAULT_IDLE_MS);
    }
    expect(idleTimeoutMs(undefined, 250)).toBe(250);
    expect(DEFAULT_IDLE_MS).toBe(4000);
  });
});
