import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales.js';
import { textDirection } from './text-direction.js';

describe('textDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['AR_ma', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ur', 'rtl'],
    ['en', 'ltr'],
    ['fr-CA', 'ltr'],
    ['pt', 'ltr'],
    ['sw-KE', 'ltr'],
    ['', 'ltr'],
    ['arabic', 'ltr'],
  ])('%j -> %s', (tag, direction) => {
    expect(textDirection(tag)).toBe(direction);
  });

  it('agrees with Intl.Locale for every bundled locale', () => {
    // Node 20 has the `textInfo` getter; newer runtimes have `getTextInfo()`.
    type WithTextInfo = Intl.Locale & {
      textInfo?: { direction: string };
      getTextInfo?: () => { direction: string };
    };
    for (const locale of LOCALES) {
      const intl = new Intl.Locale(locale) as WithTextInfo;
      const info = intl.getTextInfo?.() ?? intl.textInfo;
      expect(info, 'this runtime has no Intl text info').toBeDefined();
      expect(textDirection(locale)).toBe(info?.direction);
    }
  });
});
