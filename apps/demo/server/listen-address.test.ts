import { describe, expect, it } from 'vitest';
import { listenAddress } from './listen-address.js';

describe('listenAddress', () => {
  it.each([
    [{}, { host: '127.0.0.1', port: 4173, strictPort: false }],
    [{ PORT: '8080' }, { host: '127.0.0.1', port: 8080, strictPort: true }],
    [
      { HOST: '0.0.0.0', PORT: ' 3000 ' },
      { host: '0.0.0.0', port: 3000, strictPort: true },
    ],
    [
      { HOST: '', PORT: '' },
      { host: '127.0.0.1', port: 4173, strictPort: false },
    ],
  ])('%j', (env, expected) => {
    expect(listenAddress(env, 4173)).toEqual(expected);
  });

  it.each(['0', '65536', '80a', '-1', '1.5'])('refuses PORT=%s', (port) => {
    expect(() => listenAddress({ PORT: port }, 4173)).toThrow(/PORT must be a port number/);
  });
});
