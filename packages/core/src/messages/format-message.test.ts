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
  ])('%j with %j', (template, values, expected) => {
    expect(formatMessage(template, values)).toBe(expected);
  });

  it('fills the bundled templates', () => {
    expect(formatMessage(MESSAGES.fr.waitSeconds, { seconds: 30 })).toBe(
      'Vous pourrez réessayer dans 30\u00a0s.',
    );
    expect(formatMessage(MESSAGES.en.attemptsLeft, { count: 1 })).toBe('Attempts left: 1');
  });
});
