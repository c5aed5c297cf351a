import { describe, expect, it } from 'vitest';
import { median, quantile, summarize } from './stats.js';

describe('quantile', () => {
  it.each([
    { samples: [5], q: 0.5, expected: 5 },
    { samples: [1, 2, 3], q: 0.5, expected: 2 },
    { samples: [4, 1, 3, 2], q: 0.5, expected: 2.5 },
    { samples: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], q: 0.95, expected: 10.5 },
    { samples: [10, 0], q: 0, expected: 0 },
    { samples: [10, 0], q: 1, expected: 10 },
  ])('$q of $samples is $expected', ({ samples, q, expected }) => {
    expect(quantile(samples, q)).toBeCloseTo(expected, 10);
  });

  it('rejects an empty set and a q outside 0..1', () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(/q in 0\.\.1/);
    expect(() => quantile([1], Number.NaN)).toThrow(RangeError);
  });

  it('does not reorder the caller’s array', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('summarize', () => {
  it('gives count, median, p95, min and max', () => {
    const summary = summarize([2, 8, 4, 6]);
    expect(summary).toMatchObject({ count: 4, median: 5, min: 2, max: 8 });
    expect(summary.p95).toBeCloseTo(7.7, 10);
  });
});
