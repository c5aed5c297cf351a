import { describe, expect, it } from 'vitest';
import { REASON_CODES } from '../reasons.js';
import {
  MESSAGE_KEYS,
  PLURAL_MESSAGE_KEYS,
  UI_MESSAGE_KEYS,
  type MessageKey,
  type PluralMessage,
} from './message-keys.js';
import { LOCALES } from './locales.js';
import { MESSAGES } from './messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every text of a message: itself, or each of its plural forms. */
const textsOf = (message: string | PluralMessage): string[] =>
  typeof message === 'string' ? [message] : Object.values(message);

/** The counts a person can meet: attempts left and seconds to wait. */
const COUNTS = Array.from({ length: 1001 }, (_, n) => n);

const TEXT_KEYS = MESSAGE_KEYS.filter(
  (key): key is Exclude<MessageKey, (typeof PLURAL_MESSAGE_KEYS)[number]> =>
    !(PLURAL_MESSAGE_KEYS as readonly string[]).includes(key),
);

describe('bundled catalogs', () => {
  it('cover every reason code and interface key', () => {
    expect(MESSAGE_KEYS).toEqual([...REASON_CODES, ...UI_MESSAGE_KEYS]);
    expect(new Set(MESSAGE_KEYS).size).toBe(MESSAGE_KEYS.length);
  });

  describe.each(LOCALES)('%s', (locale) => {
    const catalog = MESSAGES[locale];

    it.each(TEXT_KEYS)('has a message for %s', (key) => {
      expect(typeof catalog[key]).toBe('string');
      expect(catalog[key].trim()).not.toBe('');
    });

    it('has no key that is not a message key', () => {
      expect(Object.keys(catalog).sort()).toEqual([...MESSAGE_KEYS].sort());
    });

    it.each(TEXT_KEYS)('keeps the placeholders of the English %s', (key) => {
      expect(placeholders(catalog[key])).toEqual(placeholders(MESSAGES.en[key]));
    });

    it.each(PLURAL_MESSAGE_KEYS)('has %s in every plural form the language uses', (key) => {
      const forms = catalog[key];
      const rules = new Intl.PluralRules(locale);
      const needed = new Set(COUNTS.map((count) => rules.select(count)));
      for (const category of needed) expect(forms[category], category).toBeTypeOf('string');
      // No form the language never picks: it would be dead text no one reviews.
      const categories = new Set<string>(rules.resolvedOptions().pluralCategories);
      for (const category of Object.keys(forms)) expect(categories).toContain(category);
    });

    it.each(PLURAL_MESSAGE_KEYS)('keeps the placeholders of the English %s', (key) => {
      const english = placeholders(MESSAGES.en[key].other);
      for (const [category, text] of Object.entries(catalog[key])) {
        // Arabic says one, two and none in words ("محاولتان"): those forms may leave out {count}.
        const expected = ['zero', 'one', 'two'].includes(category)
          ? english.filter((name) => placeholders(text).includes(name) || name !== 'count')
          : english;
        expect(placeholders(text), `${key}.${category}`).toEqual(expected);
      }
    });

    it('uses typographic apostrophes and ellipses', () => {
      for (const text of Object.values(catalog).flatMap(textsOf)) {
        expect(text).not.toMatch(/'/);
        expect(text).not.toMatch(/\.\.\./);
        expect(text.trim()).toBe(text);
      }
    });
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    'translates every message of %s',
    (locale) => {
      // A message equal to English slipped through untranslated; a few words are the same in
      // both languages (none in these catalogs yet), so list them here when they come.
      const same = MESSAGE_KEYS.filter(
        (key) => JSON.stringify(MESSAGES[locale][key]) === JSON.stringify(MESSAGES.en[key]),
      );
      expect(same).toEqual([]);
    },
  );

  it('puts the required no-break spaces in French', () => {
    for (const text of Object.values(MESSAGES.fr).flatMap(textsOf)) {
      // An ordinary space (or none) before : ; ! ? is wrong in French; "https://" is not a colon
      // of prose.
      const prose = text.replace(/https:\/\//g, '');
      expect(prose).not.toMatch(/(^|[^\u00a0\u202f]):/);
      expect(prose).not.toMatch(/(^|[^\u202f\u00a0])[;!?]/);
      expect(prose).not.toMatch(/\d s\b/);
    }
    expect(MESSAGES.fr.waitSeconds.other).toBe(
      'Vous pourrez réessayer dans {count}\u00a0secondes.',
    );
  });

  it('writes Arabic with Arabic punctuation and an isolated https://', () => {
    for (const text of Object.values(MESSAGES.ar).flatMap(textsOf)) {
      expect(text).not.toMatch(/[,;?]/);
      expect(text).toMatch(/[\u0600-\u06ff]/);
    }
    expect(MESSAGES.ar.INSECURE_CONTEXT).toContain('\u2066https://\u2069');
  });

  it('tells the user what to do for the seed example', () => {
    expect(MESSAGES.en.TOO_DARK).toBe('It’s too dark. Face a window or turn on a light.');
  });

  it('cannot be changed in place', () => {
    expect(Object.isFrozen(MESSAGES)).toBe(true);
    for (const locale of LOCALES) expect(Object.isFrozen(MESSAGES[locale])).toBe(true);
  });
});
