import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeBase64 } from './decode-base64.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

const bytes = (...values: number[]) => new Uint8Array(values);

// Each case runs with Node's Buffer and with atob alone, as on an edge runtime.
describe.each([
  ['Buffer', false],
  ['atob', true],
])('decodeBase64 with %s', (_decoder, withoutBuffer) => {
  const decode = (text: string) => {
    if (withoutBuffer) vi.stubGlobal('Buffer', undefined);
    return decodeBase64(new TextEncoder().encode(text));
  };

  it.each([
    ['QUJD', bytes(65, 66, 67)],
    ['QUI=', bytes(65, 66)],
    ['QQ==', bytes(65)],
    ['+/+/', bytes(251, 255, 191)],
  ])('decodes %s', (text, expected) => {
    expect(decode(text)).toEqual(expected);
  });

  it('decodes a text longer than one slice, padding at its very end', () => {
    const data = Uint8Array.from({ length: 100_001 }, (_, index) => (index * 7) % 256);
    expect(decode(Buffer.from(data).toString('base64'))).toEqual(data);
  });

  it('refuses padding at the end of a slice that is not the last', () => {
    const text = Buffer.from(new Uint8Array(60_000)).toString('base64');
    expect(decode(`${text.slice(0, 32_766)}==${text.slice(32_768)}`)).toBeUndefined();
  });

  it.each([
    ['empty', ''],
    ['a length that is not a multiple of 4', 'QUJDR'],
    ['missing padding', 'QQ'],
    ['a character outside the alphabet', 'QU!D'],
    ['whitespace', 'QU D'],
    ['a line break', 'QUJD\nQUJD'],
    ['base64url', 'QU-_'],
    ['padding in the middle', 'QQ==QUJD'],
    ['padding before the last character', 'QUJDRA=A'],
    ['three padding characters', 'Q==='],
    ['non-ASCII bytes', 'QUJ\u00e9'],
  ])('refuses %s', (_name, text) => {
    expect(decode(text)).toBeUndefined();
  });
});
