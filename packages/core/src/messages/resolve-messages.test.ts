import { describe, expect, it } from 'vitest';
import { MESSAGE_KEYS } from './message-keys.js';
import { MESSAGES } from './messages.js';
import { matchLocale } from './match-locale.js';
import { resolveMessages } from './resolve-messages.js';

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
    ['pt-BR', 'pt'],
    ['pt-AO', 'pt'],
    ['sw-KE', 'sw'],
    ['ar-EG', 'ar'],
    ['ar-MA', 'ar'],
  ])('%j -> %s', (tag, locale) => {
    expect(matchLocale(tag)).toBe(locale);
  });

  it.each([
    [[], 'en'],
    [['de-DE', 'pt-BR', 'en'], 'pt'],
    [['sw-KE', 'en-GB'], 'sw'],
    [['en-US', 'ar'], 'en'],
    [['zu', 'xh'], 'en'],
  ] as const)('the first bundled language of %j -> %s', (tags, locale) => {
    expect(matchLocale(tags)).toBe(locale);
  });
});

describe('resolveMessages', () => {
  it('returns the bundled catalog for a locale', () => {
    expect(resolveMessages('fr-CA')).toBe(MESSAGES.fr);
    expect(resolveMessages('es')).toBe(MESSAGES.en);
    expect(resolveMessages()).toBe(MESSAGES.en);
  });

  it.each(['ar', 'pt', 'sw'] as const)('gives %s complete, and not English', (locale) => {
    const messages = resolveMessages(locale);
    expect(messages).toBe(MESSAGES[locale]);
    for (const key of MESSAGE_KEYS) {
      expect(messages[key], key).toBeDefined();
      expect(messages[key], key).not.toEqual(MESSAGES.en[key]);
    }
  });

  it('takes one string for a plural key, for every count', () => {
    const messages = resolveMessages('ar', { attemptsLeft: 'المحاولات المتبقية: {count}' });
    expect(messages.attemptsLeft).toEqual({ other: 'المحاولات المتبقية: {count}' });
    expect(messages.waitSeconds).toBe(MESSAGES.ar.waitSeconds);
  });

  it('ignores an override that is not text', () => {
    const overrides = { title: 3, attemptsLeft: { one: 'x' }, waitSeconds: { other: 'w {count}' } };
    const messages = resolveMessages('en', overrides as unknown as Record<string, string>);
    expect(messages.title).toBe(MESSAGES.en.title);
    expect(messages.attemptsLeft).toBe(MESSAGES.en.attemptsLeft);
    expect(messages.waitSeconds).toEqual({ other: 'w {count}' });
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
