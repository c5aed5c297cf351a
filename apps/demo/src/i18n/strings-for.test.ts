import { REASON_CODES } from '@liveframe/core';
import { describe, expect, it } from 'vitest';
import { DEMO_LOCALES, type DemoLocale } from './locales.js';
import { stringsFor } from './strings-for.js';

/** Every string leaf of a catalog, by path, with the parameterised strings called on samples. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const sample = (value as (...args: unknown[]) => unknown)(1, 2);
    return [[`${path}()`, String(sample)]];
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
  }
  return [];
}

describe('demo strings', () => {
  it.each(DEMO_LOCALES)('%s has no empty string', (locale) => {
    const empty = leaves(stringsFor(locale)).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(DEMO_LOCALES)('%s has the same shape as en', (locale) => {
    const paths = (of: DemoLocale) => leaves(stringsFor(of)).map(([path]) => path);
    expect(paths(locale)).toEqual(paths('en'));
  });

  // Names, cognates and the language names (each written in its own language everywhere).
  const SAME_AS_ENGLISH: Readonly<Record<Exclude<DemoLocale, 'en'>, readonly string[]>> = {
    fr: ['.stepNames.selfie'],
    ar: [],
    pt: ['.stepNames.selfie'],
    sw: ['.stepNames.selfie'],
  };

  it.each(DEMO_LOCALES.filter((locale) => locale !== 'en'))(
    '%s is translated, not a copy of en',
    (locale) => {
      const en = new Map(leaves(stringsFor('en')));
      const same = leaves(stringsFor(locale))
        .filter(([path, text]) => en.get(path) === text)
        .map(([path]) => path)
        .filter((path) => path !== '.brand' && !path.startsWith('.languageNames.'));
      expect(same).toEqual(SAME_AS_ENGLISH[locale]);
    },
  );

  it('names every language the same way in every language', () => {
    for (const locale of DEMO_LOCALES) {
      expect(stringsFor(locale).languageNames).toEqual(stringsFor('en').languageNames);
    }
  });

  it('does not duplicate the reason messages, which come from @liveframe/core', () => {
    const texts = leaves(stringsFor('en')).map(([, text]) => text);
    expect(texts.filter((text) => (REASON_CODES as readonly string[]).includes(text))).toEqual([]);
  });
});
