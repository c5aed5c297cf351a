import { describe, expect, it } from 'vitest';
import { isDemoLocale, preferredLocale } from './locales.js';

describe('preferredLocale', () => {
  it.each([
    [[], 'en'],
    [['fr-CA', 'en-US'], 'fr'],
    [['de-DE', 'FR'], 'fr'],
    [['en-GB', 'fr'], 'en'],
    [['de', 'es'], 'en'],
  ] as const)('%j -> %s', (languages, expected) => {
    expect(preferredLocale(languages)).toBe(expected);
  });
});

describe('isDemoLocale', () => {
  it.each([
    ['en', true],
    ['fr', true],
    ['FR', false],
    ['de', false],
    [undefined, false],
  ] as const)('%j -> %s', (value, expected) => {
    expect(isDemoLocale(value)).toBe(expected);
  });
});
