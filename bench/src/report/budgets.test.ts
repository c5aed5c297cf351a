import { describe, expect, it } from 'vitest';
import { checkTrue, checkUnder } from './budgets.js';

describe('checkUnder', () => {
  it.each([
    { value: 14_999, limit: 15_000, expected: 'PASS' },
    { value: 15_000, limit: 15_000, expected: 'FAIL' },
    { value: 15_001, limit: 15_000, expected: 'FAIL' },
    { value: 0, limit: 1, expected: 'PASS' },
    { value: undefined, limit: 1, expected: 'NOT MEASURED' },
    { value: Number.NaN, limit: 1, expected: 'NOT MEASURED' },
  ])('$value against $limit is $expected', ({ value, limit, expected }) => {
    expect(checkUnder(value, limit)).toBe(expected);
  });
});

describe('checkTrue', () => {
  it.each([
    { condition: true, expected: 'PASS' },
    { condition: false, expected: 'FAIL' },
    { condition: undefined, expected: 'NOT MEASURED' },
  ])('$condition is $expected', ({ condition, expected }) => {
    expect(checkTrue(condition)).toBe(expected);
  });
});
