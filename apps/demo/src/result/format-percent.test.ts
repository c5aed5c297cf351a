import { describe, expect, it } from 'vitest';
import { formatPercent } from './format-percent.js';

describe('formatPercent', () => {
  it.each([
    [97.3456, 'en', '97.3%'],
    [0.014614949759561568, 'en', '0.01%'],
    [0, 'en', '0%'],
    [100, 'en', '100%'],
    [50, 'en', '50%'],
    [65.93645477294922, 'fr', '65,9 %'],
  ] as const)('%d in %s -> %s', (value, locale, expected) => {
    // French puts a no-break space before %; which one depends on the ICU version.
    expect(formatPercent(value, locale).replace(/[\u00a0\u202f]/g, ' ')).toBe(expected);
  });
});
