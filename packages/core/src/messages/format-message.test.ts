import { describe, expect, it } from 'vitest';
import { formatMessage } from './format-message.js';
import { MESSAGES } from './messages.js';

describe('formatMessage', () => {
  it.each([
    ['Attempts left: {count}', { count: 2 }, 'Attempts left: 2'],
    ['{a} and {b}', { a: 'x', b: 'y' }, 'x and y'],
    ['{a}{a}', { a: 1 }, '11'],
    ['{count} left', { count: 0 }, '0 left'],
    ['no placeholders', { a: 1 }, 'no placeholders'],
    ['keeps {missing} as written', {}, 'keeps {missing} as written'],
    ['ignores {toString}', {}, 'ignores {toString}'],
    ['not a {place holder}', { place: 1 }, 'not a {place holder}'],
    ['{a}', { a: '{b}', b: 'no' }, '{b}'],
    ['{n} seconds', { n: 1234 }, '1,234 seconds'],
  ])('%j with %j', (template, values, expected) => {
    expect(formatMessage(template, values)).toBe(expected);
  });

  it('writes numbers the way the locale does', () => {
    expect(formatMessage('{n}', { n: 1234 }, 'fr')).toBe('1\u202f234');
    expect(formatMessage('{n}', { n: 12345 }, 'pt')).toBe('12.345');
    expect(formatMessage('{n}', { n: 1234 }, 'ar-EG')).toBe('١٬٢٣٤');
  });

  it('picks the plural form for count, and other when there is none', () => {
    const forms = { one: 'one {count}', two: 'two {count}', other: 'other {count}' };
    expect(formatMessage(forms, { count: 1 }, 'en')).toBe('one 1');
    expect(formatMessage(forms, { count: 2 }, 'en')).toBe('other 2');
    expect(formatMessage(forms, { count: 2 }, 'ar')).toBe('two 2');
    expect(formatMessage(forms, { count: 0 }, 'ar')).toBe('other 0');
    expect(formatMessage(forms, { count: 0 }, 'fr')).toBe('one 0');
    expect(formatMessage(forms, { count: '1' }, 'en')).toBe('other 1');
    expect(formatMessage(forms, {}, 'en')).toBe('other {count}');
  });

  it('formats an invalid locale as English instead of throwing', () => {
    expect(formatMessage(MESSAGES.en.attemptsLeft, { count: 1 }, 'not a locale')).toBe(
      '1 attempt left',
    );
  });

  it('fills the bundled templates', () => {
    expect(formatMessage(MESSAGES.fr.waitSeconds, { count: 30 }, 'fr')).toBe(
      'Vous pourrez réessayer dans 30\u00a0secondes.',
    );
    expect(formatMessage(MESSAGES.en.attemptsLeft, { count: 1 })).toBe('1 attempt left');
    expect(formatMessage(MESSAGES.ar.attemptsLeft, { count: 2 }, 'ar')).toBe('بقيت محاولتان');
    expect(formatMessage(MESSAGES.ar.attemptsLeft, { count: 7 }, 'ar')).toBe('بقيت 7 محاولات');
    expect(formatMessage(MESSAGES.sw.attemptsLeft, { count: 2 }, 'sw')).toBe(
      'Majaribio 2 yamebaki',
    );
  });
});
