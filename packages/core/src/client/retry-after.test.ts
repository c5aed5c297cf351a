import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './retry-after.js';

const NOW = Date.parse('2026-11-23T12:00:00Z');

describe('parseRetryAfter', () => {
  it.each<[string | null, number | undefined]>([
    [null, undefined],
    ['', undefined],
    ['  ', undefined],
    ['120', 120],
    [' 5 ', 5],
    ['0', 0],
    ['1.5', undefined],
    ['-3', undefined],
    ['2027', 2027],
    ['Mon, 23 Nov 2026 12:01:00 GMT', 60],
    ['Mon, 23 Nov 2026 12:00:00 GMT', 0],
    ['Mon, 23 Nov 2026 12:00:00.5 GMT', 1],
    ['Sun, 22 Nov 2026 12:00:00 GMT', 0],
    ['Monday, 23-Nov-26 12:00:30 GMT', 30],
    ['Mon Nov 23 12:00:10 2026', 10],
    ['Mon, 99 Nov 2026 12:00:00 GMT', undefined],
    ['soon', undefined],
  ])('%j -> %j', (header, seconds) => {
    expect(parseRetryAfter(header, NOW)).toBe(seconds);
  });
});
