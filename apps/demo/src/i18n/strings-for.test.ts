import { REASON_CODES } from '@liveframe/core';
import { describe, expect, it } from 'vitest';
import { DEMO_LOCALES } from './locales.js';
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

  it('en and fr have the same shape', () => {
    const paths = (locale: 'en' | 'fr') => leaves(stringsFor(locale)).map(([path]) => path);
    expect(paths('fr')).toEqual(paths('en'));
  });

  it('fr is translated, not a copy of en (beyond names and cognates)', () => {
    const en = new Map(leaves(stringsFor('en')));
    const same = leaves(stringsFor('fr'))
      .filter(([path, text]) => en.get(path) === text)
      .map(([path]) => path);
    expect(same).toEqual(['.brand', '.languageNames.en', '.languageNames.fr', '.stepNames.selfie']);
  });

  it('does not duplicate the reason messages, which come from @liveframe/core', () => {
    const texts = leaves(stringsFor('en')).map(([, text]) => text);
    expect(texts.filter((text) => (REASON_CODES as readonly string[]).includes(text))).toEqual([]);
  });
});
