import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeBase64 } from './decode-base64.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

const valid: [string, number[]][] = [
  ['AAEC', [0, 1, 2]],
  ['/+8=', [255, 239]],
  ['AA==', [0]],
  ['aGVsbG8h', [104, 101, 108, 108, 111, 33]],
];
const invalid = ['', 'A', 'AAE', 'AA=A', 'A===', '====', 'AA E', 'AA\nE', 'ab-_', 'AA*=', 'AAÉ='];

describe.each([
  ['with Buffer (Node)', false],
  ['with atob only (edge runtimes)', true],
])('decodeBase64 %s', (_name, withoutBuffer) => {
  it.each(valid)('decodes %j', (text, bytes) => {
    if (withoutBuffer) vi.stubGlobal('Buffer', undefined);
    expect([...(decodeBase64(text) ?? [])]).toEqual(bytes);
  });

  it.each(invalid)('refuses %j', (text) => {
    if (withoutBuffer) vi.stubGlobal('Buffer', undefined);
    expect(decodeBase64(text)).toBeUndefined();
  });
});
