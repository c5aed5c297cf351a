import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeBase64 } from './decode-base64.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

const valid: [string, number[]][] = [
  ['AAEC', [0, 1, 2]],
  ['/+8=', [255, 239]],
  ['AA==', [0]],
  ['aGVsbG8h', [104, 101, 108, 108, 111, 33]],
];
const invalid = ['', 'A', 'AAE', 'AA=A', 'A===', '====', 'AA E', 'AA\nE', 'ab-_', 'AA*=', 'AAÉ='];

// Text longer than one slice, to cover the seams: with slices of 8 characters, these fall on
// the second and third slices.
const long = 'aGVsbG8h'.repeat(3);
const longInvalid: [string, string][] = [
  ['padding at the end of a middle slice', `aGVsbG8=${'aGVsbG8h'.repeat(2)}`],
  ['a stray character in a later slice', `${'aGVsbG8h'.repeat(2)}aGVs*G8h`],
  ['whitespace in a later slice', `aGVsbG8h aGVsbG8haGVsbG8`],
  ['base64url in a later slice', `${'aGVsbG8h'.repeat(2)}aGVs-G8_`],
];

describe.each([
  ['with Buffer (Node)', false],
  ['with atob only (edge runtimes)', true],
])('decodeBase64 %s', (_name, withoutBuffer) => {
  it.each(valid)('decodes %j', (text, bytes) => {
    if (withoutBuffer) vi.stubGlobal('Buffer', undefined);
    expect([...(decodeBase64(ascii(text)) ?? [])]).toEqual(bytes);
  });

  it.each(invalid)('refuses %j', (text) => {
    if (withoutBuffer) vi.stubGlobal('Buffer', undefined);
    expect(decodeBase64(ascii(text))).toBeUndefined();
  });

  it('decodes text of several slices, padding in the last one', () => {
    if (withoutBuffer) vi.stubGlobal('Buffer', undefined);
    const text = `${long}aGk=`;
    expect(new TextDecoder().decode(decodeBase64(ascii(text), 8))).toBe('hello!'.repeat(3) + 'hi');
  });

  it.each(longInvalid)('refuses %s', (_case, text) => {
    if (withoutBuffer) vi.stubGlobal('Buffer', undefined);
    expect(decodeBase64(ascii(text), 8)).toBeUndefined();
  });

  it('decodes a large image the same as a one-shot decoder', () => {
    if (withoutBuffer) vi.stubGlobal('Buffer', undefined);
    const bytes = Uint8Array.from({ length: 300_001 }, (_, index) => (index * 7919) % 256);
    let binary = '';
    for (let index = 0; index < bytes.length; index += 8192) {
      binary += String.fromCharCode(...bytes.subarray(index, index + 8192));
    }
    expect(decodeBase64(ascii(btoa(binary)))).toEqual(bytes);
  });
});
