import { describe, expect, it } from 'vitest';
import { formatBytes, formatMs } from './format.js';
import { formatSection } from './format-table.js';

describe('formatSection', () => {
  it('prints the title, the method, an aligned table and the notes', () => {
    const text = formatSection({
      name: 'demo',
      title: 'Demo',
      method: ['measured twice'],
      figures: [
        { name: 'a', value: '1 ms', budget: '< 15 ms', status: 'PASS' },
        { name: 'longer name', value: '20 ms' },
      ],
      notes: ['noisy machine'],
      data: {},
    });
    expect(text.split('\n')).toEqual([
      '## Demo',
      'method: measured twice',
      '| figure      | value | budget  | status |',
      '|-------------|-------|---------|--------|',
      '| a           | 1 ms  | < 15 ms | PASS   |',
      '| longer name | 20 ms |         |        |',
      'note: noisy machine',
    ]);
  });
});

describe('formatBytes and formatMs', () => {
  it.each([
    { bytes: 14_321, expected: '14.3 KB (14,321 B)' },
    { bytes: 343_456, expected: '343 KB (343,456 B)' },
  ])('formats $bytes bytes', ({ bytes, expected }) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  it.each([
    { ms: 4.26, expected: '4.3 ms' },
    { ms: 1234.5, expected: '1235 ms' },
  ])('formats $ms ms', ({ ms, expected }) => {
    expect(formatMs(ms)).toBe(expected);
  });
});
