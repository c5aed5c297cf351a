import { errors, jwtVerify, SignJWT } from 'jose';
import { integerOption } from '../handler/integer-option.js';

/** What a capture token says: who, which session, until when, how many tries. */
export interface CaptureClaims {
  /** The integrator's user id the session was issued to. */
  subject: string;
  /** Random id of this capture session; attempts and the pass are counted under it. */
  sessionId: string;
  /** When the token stops being accepted, in seconds since the epoch. */
  expiresAt: number;
  /** Attempts the session allows. */
  maxAttempts: number;
}

export interface CaptureTokenRequest {
  /** Your user id (1 to 256 characters). */
  subject: string;
  /** Attempts allowed in this session (1 to 100). @default 3 */
  maxAttempts?: number;
  /** How long the token is accepted, in seconds (10 to 86400). @default 600 */
  ttlSeconds?: number;
}

export interface CaptureTokenKey {
  /** The shared signing secret: at least 32 characters (or bytes), from your secret store. */
  secret: string | Uint8Array;
}

/** Why a token was refused. */
export type CaptureTokenFailure = 'missing' | 'invalid' | 'expired';

export type CaptureTokenCheck =
  { ok: true; claims: CaptureClaims } | { ok: false; reason: CaptureTokenFailure };

/** Tokens longer than this are refused before any decoding (ours are about 250 characters). */
export const MAX_TOKEN_LENGTH = 2048;
const AUDIENCE = 'liveframe:capture';
const MIN_SECRET_BYTES = 32;
const encoder = new TextEncoder();

/** The secret as key bytes; a TypeError names the problem (never the secret). */
export function captureKey(secret: string | Uint8Array | undefined, where: string): Uint8Array {
  const bytes = typeof secret === 'string' ? encoder.encode(secret) : secret;
  if (!(bytes instanceof Uint8Array) || bytes.byteLength < MIN_SECRET_BYTES) {
    throw new TypeError(
      `${where}: the capture token secret must be at least ${MIN_SECRET_BYTES} bytes (e.g. \`openssl rand -base64 48\`).`,
    );
  }
  return bytes;
}

/**
 * Issues a capture token (an HS256 JWT: subject, fresh session id, expiry, attempt budget) for a
 * signed-in user, on the server; hand it to the page.
 */
export async function createCaptureToken(
  request: CaptureTokenRequest,
  key: CaptureTokenKey,
): Promise<string> {
  const { subject } = request;
  if (typeof subject !== 'string' || subject.length === 0 || subject.length > 256) {
    throw new TypeError('createCaptureToken: subject must be a string of 1 to 256 characters.');
  }
  const maxAttempts = integerOption(
    request.maxAttempts ?? 3,
    'createCaptureToken: maxAttempts',
    1,
    100,
  );
  const ttlSeconds = integerOption(
    request.ttlSeconds ?? 600,
    'createCaptureToken: ttlSeconds',
    10,
    86_400,
  );
  const secret = captureKey(key.secret, 'createCaptureToken');
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ att: maxAttempts })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setJti(crypto.randomUUID())
    .setAudience(AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + ttlSeconds)
    .sign(secret);
}

/** Checks a token's signature, audience and expiry: its claims, or why it is refused (no throw). */
export async function verifyCaptureToken(
  token: string | null | undefined,
  key: CaptureTokenKey,
): Promise<CaptureTokenCheck> {
  const secret = captureKey(key.secret, 'verifyCaptureToken');
  if (token === null || token === undefined || token === '')
    return { ok: false, reason: 'missing' };
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'invalid' };
  try {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: ['HS256'],
      audience: AUDIENCE,
      requiredClaims: ['sub', 'jti', 'exp', 'att'],
      clockTolerance: 0,
    });
    const { sub, jti, exp, att } = payload;
    const claimsOk =
      typeof sub === 'string' &&
      sub.length > 0 &&
      typeof jti === 'string' &&
      /^[\w-]{1,64}$/.test(jti) &&
      typeof exp === 'number' &&
      typeof att === 'number' &&
      Number.isInteger(att) &&
      att >= 1 &&
      att <= 100;
    if (!claimsOk) return { ok: false, reason: 'invalid' };
    return { ok: true, claims: { subject: sub, sessionId: jti, expiresAt: exp, maxAttempts: att } };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
    return { ok: false, reason: 'invalid' };
  }
}

/** The token from `Authorization: Bearer <token>`; `undefined` when absent or not Bearer. */
export function bearerToken(authorization: string | null): string | undefined {
  if (authorization === null) return undefined;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
  return match?.[1];
}
