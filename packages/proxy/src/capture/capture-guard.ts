import { ProxyError } from '../errors/proxy-error.js';
import type { ProxyStore } from '../store/proxy-store.js';
import { bearerToken, captureKey, verifyCaptureToken } from './capture-token.js';

/** Who is capturing, as `authorize` tells the handler. */
export interface AuthorizedCapture {
  /** Your user id: attempts are counted per subject (or per `sessionId` when given). */
  subject: string;
  /** Counts attempts per this id instead of per subject, e.g. your own session id. */
  sessionId?: string;
}

/** Decides who may capture from your own cookie session; a `Response` refuses the request as is. */
export type Authorize = (
  request: Request,
) => AuthorizedCapture | Response | Promise<AuthorizedCapture | Response>;

export interface CaptureTokenOptions {
  /** The secret `createCaptureToken` signs with (32+ bytes); unset answers 500 `MISCONFIGURED`. */
  secret: string | Uint8Array | undefined;
}

export interface AttemptOptions {
  /**
   * Attempts per subject and window with `authorize` (tokens carry their own budget).
   * @default 3
   */
  maxAttempts?: number;
  /**
   * How long an `authorize` subject's budget lasts, in seconds, from its first attempt.
   * @default 600
   */
  windowSeconds?: number;
}

/** The capture session a request belongs to; `key` is its store key, `expiresAt` in ms. */
export interface CaptureSession {
  subject: string;
  sessionId: string;
  key: string;
  maxAttempts: number;
  expiresAt: number;
}

/** Checks who is calling before the body is read; a `Response` from `authorize` refuses. */
export type CaptureGuard = (request: Request) => Promise<CaptureSession | Response>;

const unauthorized = (code: 'TOKEN_MISSING' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED', message: string) =>
  new ProxyError(401, code, message, { headers: { 'WWW-Authenticate': 'Bearer' } });

/** The guard for `captureTokens`: `Authorization: Bearer <token>` on every POST. */
export function tokenGuard(options: CaptureTokenOptions): CaptureGuard {
  const secret = options.secret;
  // A weak secret is a bug in the code; an absent one may be a build without env.
  const key =
    secret === undefined ? undefined : { secret: captureKey(secret, 'createLivenessHandler') };
  return async (request) => {
    if (key === undefined) {
      throw new ProxyError(
        500,
        'MISCONFIGURED',
        'The liveness proxy is misconfigured; the details are in its server log.',
        { logDetail: 'captureTokens.secret is not set (LIVEFRAME_TOKEN_SECRET in the examples).' },
      );
    }
    const header = request.headers.get('authorization');
    const token = bearerToken(header);
    if (header !== null && header.trim() !== '' && token === undefined) {
      throw unauthorized(
        'TOKEN_INVALID',
        'Send the capture token as Authorization: Bearer <token>.',
      );
    }
    const check = await verifyCaptureToken(token, key);
    if (!check.ok) {
      if (check.reason === 'missing') {
        throw unauthorized('TOKEN_MISSING', 'This request needs a capture token from your app.');
      }
      if (check.reason === 'expired') {
        throw unauthorized('TOKEN_EXPIRED', 'The capture token has expired; get a new one.');
      }
      throw unauthorized('TOKEN_INVALID', 'The capture token is not valid; get a new one.');
    }
    const { subject, sessionId, maxAttempts, expiresAt } = check.claims;
    // One minute past expiry, so instances whose clocks differ a little agree on the count.
    return {
      subject,
      sessionId,
      key: `t:${sessionId}`,
      maxAttempts,
      expiresAt: expiresAt * 1000 + 60_000,
    };
  };
}

/** The guard for `authorize`: your cookie session decides, attempts are counted per subject. */
export function authorizeGuard(
  authorize: Authorize,
  attempts: Required<AttemptOptions>,
): CaptureGuard {
  return async (request) => {
    const result = await authorize(request);
    if (result instanceof Response) return result;
    const subject: unknown = result?.subject;
    if (typeof subject !== 'string' || subject.length === 0 || subject.length > 256) {
      throw new TypeError(
        'authorize must return { subject } (a string of 1 to 256 characters) or a Response.',
      );
    }
    const sessionId = result.sessionId ?? subject;
    return {
      subject,
      sessionId,
      key: `a:${sessionId}`,
      maxAttempts: attempts.maxAttempts,
      expiresAt: Date.now() + attempts.windowSeconds * 1000,
    };
  };
}

/** Counts one attempt of `session`, or refuses: spent (401 `TOKEN_EXPIRED`) or exhausted (429). */
export async function takeAttempt(store: ProxyStore, session: CaptureSession): Promise<number> {
  let take;
  try {
    take = await store.takeAttempt(session.key, session.maxAttempts, session.expiresAt);
  } catch (error) {
    throw storeUnavailable(error);
  }
  if (take.status === 'counted') return take.attempt;
  if (take.status === 'spent') {
    throw unauthorized(
      'TOKEN_EXPIRED',
      'This capture session has already passed; start a new one.',
    );
  }
  const seconds = Math.max(1, Math.ceil((session.expiresAt - Date.now()) / 1000));
  throw new ProxyError(
    429,
    'ATTEMPTS_EXHAUSTED',
    `All ${session.maxAttempts} attempts of this capture session are used; come back later.`,
    { headers: { 'Retry-After': String(Math.min(seconds, 86_400)) } },
  );
}

/** Marks a passed session as spent. */
export async function spendSession(store: ProxyStore, session: CaptureSession): Promise<void> {
  try {
    await store.markSpent(session.key, session.expiresAt);
  } catch (error) {
    throw storeUnavailable(error);
  }
}

/** Fail closed: without the store no attempt is counted, so none goes upstream. */
export function storeUnavailable(error: unknown): ProxyError {
  const detail = error instanceof Error ? error.message : String(error);
  return new ProxyError(
    503,
    'INTERNAL_ERROR',
    'The liveness proxy cannot check attempts right now; try again shortly.',
    { headers: { 'Retry-After': '5' }, logDetail: `store unavailable: ${detail.slice(0, 200)}` },
  );
}
