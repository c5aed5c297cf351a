import { describe, expect, it } from 'vitest';
import { chooseUpstream } from './upstream-choice.js';

describe('chooseUpstream', () => {
  it.each([
    [{}, { kind: 'simulator' }],
    [{ DOJAH_APP_ID: 'app' }, { kind: 'simulator' }],
    [{ DOJAH_SECRET_KEY: 'key' }, { kind: 'simulator' }],
    [{ DOJAH_APP_ID: ' ', DOJAH_SECRET_KEY: 'key' }, { kind: 'simulator' }],
    [
      { DOJAH_APP_ID: 'app', DOJAH_SECRET_KEY: 'key' },
      { kind: 'dojah', appId: 'app', secretKey: 'key', baseUrl: undefined },
    ],
    [
      { DOJAH_APP_ID: 'app', DOJAH_SECRET_KEY: 'key', DOJAH_BASE_URL: 'https://sandbox.dojah.io' },
      { kind: 'dojah', appId: 'app', secretKey: 'key', baseUrl: 'https://sandbox.dojah.io' },
    ],
    [
      { DOJAH_APP_ID: 'app', DOJAH_SECRET_KEY: 'key', LIVEFRAME_UPSTREAM: 'simulator' },
      { kind: 'simulator' },
    ],
    [
      { DOJAH_APP_ID: 'app', DOJAH_SECRET_KEY: 'key', LIVEFRAME_UPSTREAM: 'Dojah' },
      { kind: 'dojah', appId: 'app', secretKey: 'key', baseUrl: undefined },
    ],
  ])('%j', (env, expected) => {
    expect(chooseUpstream(env)).toEqual(expected);
  });

  it.each([
    [{ LIVEFRAME_UPSTREAM: 'aws' }, /LIVEFRAME_UPSTREAM must be "dojah" or "simulator"/],
    [{ LIVEFRAME_UPSTREAM: 'dojah' }, /needs DOJAH_APP_ID and DOJAH_SECRET_KEY/],
    [{ LIVEFRAME_UPSTREAM: 'dojah', DOJAH_APP_ID: 'app' }, /needs DOJAH_SECRET_KEY\.$/],
  ])('refuses %j', (env, message) => {
    expect(() => chooseUpstream(env)).toThrow(message);
  });

  it('never puts the secret in an error message', () => {
    expect(() =>
      chooseUpstream({ LIVEFRAME_UPSTREAM: 'nope', DOJAH_SECRET_KEY: 'sk_live_secret' }),
    ).toThrow(expect.objectContaining({ message: expect.not.stringContaining('sk_live_secret') }));
  });
});
