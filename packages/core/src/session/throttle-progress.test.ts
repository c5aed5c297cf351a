import { describe, expect, it, vi } from 'vitest';
import { throttleProgress } from './throttle-progress.js';

describe('throttleProgress', () => {
  it('passes progress on at most every interval, and always the completed download', () => {
    let clock = 0;
    const listener = vi.fn();
    const report = throttleProgress(listener, 250, () => clock);
    report({ loaded: 1, total: 100 });
    clock = 100;
    report({ loaded: 20, total: 100 });
    clock = 260;
    report({ loaded: 40, total: 100 });
    clock = 300;
    report({ loaded: 100, total: 100 });
    expect(listener.mock.calls.map(([p]) => p.loaded)).toEqual([1, 40, 100]);
  });

  it('throttles a download of unknown size too', () => {
    let clock = 0;
    const listener = vi.fn();
    const report = throttleProgress(listener, 250, () => clock);
    for (clock = 0; clock < 1000; clock += 50) report({ loaded: clock, total: null });
    expect(listener).toHaveBeenCalledTimes(4);
  });
});
