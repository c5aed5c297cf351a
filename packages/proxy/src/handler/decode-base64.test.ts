import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64DecodedLength, decodeBase64 } from './decode-base64.js';

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

/** `text`'s bytes at `offset` in a larger buffer, as a view (a socket chunk's alignment). */
function viewAt(text: string, offset: number): Uint8Array {
  const bytes = ascii(text);
  const buffer = new Uint8Array(offset + bytes.length + 3).fill(0x2a);
  buffer.set(bytes, offset);
  return buffer.subarray(offset, offset + bytes.length);
}

const STANDARD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

describe('base64DecodedLength', () => {
  it.each(valid)('gives %j its decoded length', (text, bytes) => {
    expect(base64DecodedLength(ascii(text))).toBe(bytes.length);
  });

  it.each(invalid)('refuses %j', (text) => {
    expect(base64DecodedLength(ascii(text))).toBeUndefined();
  });

  it.each(longInvalid)('refuses %s', (_case, text) => {
    expect(base64DecodedLength(ascii(text))).toBeUndefined();
  });

  it('takes every character of the alphabet, and one or two padding characters', () => {
    expect(base64DecodedLength(ascii(STANDARD))).toBe(48);
    expect(base64DecodedLength(ascii(`${STANDARD}QQ==`))).toBe(49);
    expect(base64DecodedLength(ascii(`${STANDARD}QUI=`))).toBe(50);
  });

  it('refuses each byte outside the alphabet, at every position and alignment', () => {
    // Lengths and offsets put the byte in the unaligned head, in a 32-bit word (each of its
    // four lanes) and in the unaligned tail.
    const text = STANDARD.repeat(2).slice(0, 40);
    const strays = [0x00, 0x20, 0x2a, 0x2d, 0x2e, 0x3a, 0x3d, 0x40, 0x5b, 0x5f, 0x60, 0x7b, 0x7f];
    for (const offset of [0, 1, 2, 3]) {
      expect(base64DecodedLength(viewAt(text, offset))).toBe(30);
      for (let position = 0; position < text.length; position += 1) {
        for (const stray of [...strays, 0x80, 0xc3, 0xff]) {
          // Padding is the one thing the last character may be.
          if (stray === 0x3d && position === text.length - 1) continue;
          const bytes = viewAt(text, offset);
          bytes[position] = stray;
          if (base64DecodedLength(bytes) !== undefined) {
            throw new Error(`accepted byte ${stray} at ${position}, offset ${offset}`);
          }
        }
      }
    }
  });

  it('agrees with the decoder on the length of any valid text', () => {
    for (let length = 1; length <= 40; length += 1) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 97 + length) % 256);
      const text = Buffer.from(bytes).toString('base64');
      for (const offset of [0, 1, 2, 3]) {
        expect(base64DecodedLength(viewAt(text, offset))).toBe(length);
        expect(decodeBase64(viewAt(text, offset))).toEqual(bytes);
      }
    }
  });
});
