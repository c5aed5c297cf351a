import { describe, expect, it } from 'vitest';
import { REASON_CODES } from '../reasons.js';
import { MESSAGE_KEYS, UI_MESSAGE_KEYS } from './message-keys.js';
import { LOCALES, MESSAGES } from './messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('bundled catalogs', () => {
  it('cover every reason code and interface key', () => {
    expect(MESSAGE_KEYS).toEqual([...REASON_CODES, ...UI_MESSAGE_KEYS]);
    expect(new Set(MESSAGE_KEYS).size).toBe(MESSAGE_KEYS.length);
  });

  describe.each(LOCALES)('%s', (locale) => {
    const catalog = MESSAGES[locale];

    it.each(MESSAGE_KEYS)('has a message for %s', (key) => {
      expect(typeof catalog[key]).toBe('string');
      expect(catalog[key].trim()).not.toBe('');
    });

    it('has no key that is not a message key', () => {
      expect(Object.keys(catalog).sort()).toEqual([...MESSAGE_KEYS].sort());
    });

    it.each(MESSAGE_KEYS)('uses the same placeholders as English in %s', (key) => {
      expect(placeholders(catalog[key])).toEqual(placeholders(MESSAGES.en[key]));
    });

    it('uses typographic apostrophes and ellipses', () => {
      for (const text of Object.values(catalog)) {
        expect(text).not.toMatch(/'/);
        expect(text).not.toMatch(/\.\.\./);
      }
    });
  });

  it('puts the required no-break spaces in French', () => {
    for (const text of Object.values(MESSAGES.fr)) {
      // An ordinary space (or none) before : ; ! ? is wrong in French; "https://" is not a colon
      // of prose.
      const prose = text.replace(/https:\/\//g, '');
      expect(prose).not.toMatch(/(^|[^\u00a0\u202f]):/);
      expect(prose).not.toMatch(/(^|[^\u202f\u00a0])[;!?]/);
      expect(prose).not.toMatch(/\d s\b/);
    }
    expect(MESSAGES.fr.attemptsLeft).toBe('Tentatives restantes\u00a0: {count}');
  });

  it('tells the user what to do for the seed example', () => {
    expect(MESSAGES.en.TOO_DARK).toBe('It’s too dark. Face a window or turn on a light.');
  });

  it('cannot be changed in place', () => {
    expect(Object.isFrozen(MESSAGES)).toBe(true);
    expect(Object.isFrozen(MESSAGES.en)).toBe(true);
    expect(Object.isFrozen(MESSAGES.fr)).toBe(true);
  });
});
