import { describe, expect, it } from 'vitest';
import { figuresOf } from './proxy-section.js';

describe('figuresOf', () => {
  it('lists every number and boolean by its path, leaving the method out', () => {
    const result = {
      method: { concurrency: 50 },
      addedLatencyMs: { p50: 0.812, p99: 3.5 },
      throughputRps: 2400,
      memory: { boundedByLimit: true, peakMb: 88.25 },
      label: 'text is skipped',
      samples: [1, 2, 3],
      targets: { p99AddedUnder5ms: false, memoryBounded: true },
    };
    expect(figuresOf(result)).toEqual([
      { name: 'addedLatencyMs.p50', value: '0.81' },
      { name: 'addedLatencyMs.p99', value: '3.50' },
      { name: 'throughputRps', value: '2,400' },
      { name: 'memory.boundedByLimit', value: 'true' },
      { name: 'memory.peakMb', value: '88.25' },
      {
        name: 'targets.p99AddedUnder5ms',
        value: 'false',
        budget: 'proxy budget (issue 20)',
        status: 'FAIL',
      },
      {
        name: 'targets.memoryBounded',
        value: 'true',
        budget: 'proxy budget (issue 20)',
        status: 'PASS',
      },
    ]);
  });
});
