import { describe, expect, it } from 'vitest';
import { demoDirection, isDemoLocale, preferredLocale } from './locales.js';

describe('preferredLocale', () => {
  it.each([
    [[], 'en'],
    [['fr-CA', 'en-US'], 'fr'],
    [['de-DE', 'FR'], 'fr'],
    [['en-GB', 'fr'], 'en'],
    [['de', 'es'], 'en'],
    [['pt-BR', 'en'], 'pt'],
    [['sw-KE'], 'sw'],
    [['ar-EG', 'fr'], 'ar'],
  ] as const)('%j -> %s', (languages, expected) => {
    expect(preferredLocale(languages)).toBe(expected);
  });
});

describe('isDemoLocale', () => {
  it.each([
    ['en', true],
    ['fr', true],
    ['ar', true],
    ['pt', true],
    ['sw', true],
    ['FR', false],
    ['pt-BR', false],
    ['de', false],
    [undefined, false],
  ] as const)('%j -> %s', (value, expected) => {
    expect(isDemoLocale(value)).toBe(expected);
  });
});

describe('demoDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['en', 'ltr'],
    ['fr', 'ltr'],
    ['pt', 'ltr'],
    ['sw', 'ltr'],
  ] as const)('%s -> %s', (locale, dir) => {
    expect(demoDirection(locale)).toBe(dir);
  });
});
