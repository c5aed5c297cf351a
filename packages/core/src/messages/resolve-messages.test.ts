import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages.js';
import { matchLocale, resolveMessages } from './resolve-messages.js';

describe('matchLocale', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['FR-be', 'fr'],
    ['fr_CH', 'fr'],
    [' fr ', 'fr'],
    ['de-DE', 'en'],
    ['french', 'en'],
    ['x-fr', 'en'],
  ])('%j -> %s', (tag, locale) => {
    expect(matchLocale(tag)).toBe(locale);
  });
});

describe('resolveMessages', () => {
  it('returns the bundled catalog for a locale', () => {
    expect(resolveMessages('fr-CA')).toBe(MESSAGES.fr);
    expect(resolveMessages('es')).toBe(MESSAGES.en);
    expect(resolveMessages()).toBe(MESSAGES.en);
  });

  it('applies overrides per key and keeps the rest', () => {
    const messages = resolveMessages('fr', { TOO_DARK: 'Allumez la lumière.', title: 'Selfie' });
    expect(messages.TOO_DARK).toBe('Allumez la lumière.');
    expect(messages.title).toBe('Selfie');
    expect(messages.NO_FACE).toBe(MESSAGES.fr.NO_FACE);
    expect(Object.isFrozen(messages)).toBe(true);
  });

  it('does not change the bundled catalog', () => {
    resolveMessages('en', { TOO_DARK: 'Dark.' });
    expect(MESSAGES.en.TOO_DARK).not.toBe('Dark.');
  });

  it('ignores undefined values and keys that are not messages', () => {
    const overrides = { TOO_DARK: undefined, NOT_A_KEY: 'x' } as unknown as Record<string, string>;
    const messages = resolveMessages('en', overrides);
    expect(messages.TOO_DARK).toBe(MESSAGES.en.TOO_DARK);
    expect(Object.keys(messages)).toEqual(Object.keys(MESSAGES.en));
  });
});
