import { SignJWT } from 'jose';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  bearerToken,
  captureKey,
  createCaptureToken,
  MAX_TOKEN_LENGTH,
  verifyCaptureToken,
} from './capture-token.js';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const key = { secret };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createCaptureToken / verifyCaptureToken', () => {
  it('round-trips the subject, a fresh session id, the expiry and the budget', async () => {
    const token = await createCaptureToken({ subject: 'user-42' }, { secret });
    expect(token.split('.')).toHaveLength(3);
    expect(token.length).toBeLessThan(300);
    const check = await verifyCaptureToken(token, key);
    expect(check).toEqual({
      ok: true,
      claims: {
        subject: 'user-42',
        sessionId: expect.stringMatching(
          /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/,
        ) as string,
        expiresAt: Date.parse('2026-01-01T00:10:00Z') / 1000,
        maxAttempts: 3,
      },
    });
    const other = await verifyCaptureToken(
      await createCaptureToken({ subject: 'user-42' }, { secret }),
      key,
    );
    expect(other.ok && check.ok && other.claims.sessionId !== check.claims.sessionId).toBe(true);
  });

  it('carries a custom budget and lifetime', async () => {
    const token = await createCaptureToken(
      { subject: 'u', maxAttempts: 5, ttlSeconds: 60 },
      { secret: new TextEncoder().encode(secret) },
    );
    const check = await verifyCaptureToken(token, key);
    expect(check.ok && check.claims.maxAttempts).toBe(5);
    expect(check.ok && check.claims.expiresAt).toBe(Date.parse('2026-01-01T00:01:00Z') / 1000);
  });

  it('is accepted until its expiry, then refused as expired', async () => {
    const token = await createCaptureToken({ subject: 'u', ttlSeconds: 60 }, { secret });
    vi.advanceTimersByTime(59_000);
    expect((await verifyCaptureToken(token, key)).ok).toBe(true);
    vi.advanceTimersByTime(1_000);
    expect(await verifyCaptureToken(token, key)).toEqual({ ok: false, reason: 'expired' });
  });

  it('says missing for no token', async () => {
    for (const token of [undefined, null, '']) {
      expect(await verifyCaptureToken(token, key)).toEqual({ ok: false, reason: 'missing' });
    }
  });

  it('refuses a token signed with another secret', async () => {
    const token = await createCaptureToken({ subject: 'u' }, { secret: `${secret}-other` });
    expect(await verifyCaptureToken(token, key)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses an expired token with a bad signature as invalid, not expired', async () => {
    const token = await createCaptureToken(
      { subject: 'u', ttlSeconds: 10 },
      { secret: `${secret}!` },
    );
    vi.advanceTimersByTime(60_000);
    expect(await verifyCaptureToken(token, key)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses any tampering with the claims or the signature', async () => {
    const token = await createCaptureToken({ subject: 'user-1', maxAttempts: 1 }, { secret });
    const [header = '', payload = '', signature = ''] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const forged = (changes: Record<string, unknown>): string =>
      `${header}.${Buffer.from(JSON.stringify({ ...claims, ...changes })).toString('base64url')}.${signature}`;
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BA' : 'AA'}`;
    const cases = [
      forged({ sub: 'user-2' }),
      forged({ att: 100 }),
      forged({ exp: (claims.exp as number) + 3600 }),
      `${header}.${payload}.${flipped}`,
      `${header}.${payload}.`,
      `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`,
      `${Buffer.from('{"alg":"HS512"}').toString('base64url')}.${payload}.${signature}`,
    ];
    for (const bad of cases) {
      expect(await verifyCaptureToken(bad, key), bad).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('refuses tokens signed with the secret but not made for capture or missing claims', async () => {
    const now = Math.floor(Date.now() / 1000);
    const sign = (claims: Record<string, unknown>): Promise<string> =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .sign(new TextEncoder().encode(secret));
    const full = { sub: 'u', jti: 'abc', aud: 'liveframe:capture', exp: now + 60, att: 3 };
    expect((await verifyCaptureToken(await sign(full), key)).ok).toBe(true);
    const cases = [
      { ...full, aud: 'my-app-session' },
      { ...full, att: undefined },
      { ...full, att: 0 },
      { ...full, att: 2.5 },
      { ...full, att: '3' },
      { ...full, jti: undefined },
      { ...full, jti: 'has spaces' },
      { ...full, sub: undefined },
      { ...full, exp: undefined },
    ];
    for (const claims of cases) {
      const check = await verifyCaptureToken(await sign(claims), key);
      expect(check, JSON.stringify(claims)).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('refuses bad encodings and huge tokens without throwing', async () => {
    const valid = await createCaptureToken({ subject: 'u' }, { secret });
    const cases = [
      'not-a-token',
      'a.b',
      'a.b.c.d',
      '...',
      '%%%.%%%.%%%',
      `${valid}x`,
      `x${valid}`,
      valid.replace(/\./g, '..'),
      '\u0000.\u0000.\u0000',
      `${'e'.repeat(MAX_TOKEN_LENGTH)}.${'e'.repeat(10)}.e`,
      'x'.repeat(10_000_000),
    ];
    for (const bad of cases) {
      expect(await verifyCaptureToken(bad, key), bad.slice(0, 40)).toEqual({
        ok: false,
        reason: 'invalid',
      });
    }
  });

  it('refuses weak secrets and out-of-range options with a TypeError', async () => {
    await expect(createCaptureToken({ subject: 'u' }, { secret: 'short' })).rejects.toThrow(
      /at least 32 bytes/,
    );
    await expect(createCaptureToken({ subject: '' }, { secret })).rejects.toThrow(/subject/);
    await expect(createCaptureToken({ subject: 'x'.repeat(257) }, { secret })).rejects.toThrow(
      /subject/,
    );
    await expect(createCaptureToken({ subject: 'u', maxAttempts: 0 }, { secret })).rejects.toThrow(
      /maxAttempts/,
    );
    await expect(createCaptureToken({ subject: 'u', ttlSeconds: 1.5 }, { secret })).rejects.toThrow(
      /ttlSeconds/,
    );
    expect(() => captureKey(undefined, 'where')).toThrow(/^where: /);
  });
});

describe('bearerToken', () => {
  it.each([
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['bearer   abc', 'abc'],
    [null, undefined],
    ['Basic abc', undefined],
    ['Bearer', undefined],
    ['Bearer a b', undefined],
    ['abc', undefined],
  ])('%s -> %s', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });
});
