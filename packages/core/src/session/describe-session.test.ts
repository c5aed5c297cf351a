import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../messages/messages.js';
import { at } from '../test-utils/session-states.js';
import { describeSession } from './describe-session.js';
import type { SessionState } from './session-state.js';

const en = MESSAGES.en;
const fr = MESSAGES.fr;

describe('describeSession', () => {
  it.each<
    [string, SessionState, { reason: string | null; message: string; detail: string | null }]
  >([
    ['idle', at('idle'), { reason: null, message: en.intro, detail: null }],
    [
      'idle, manual',
      at('idle', { config: { ...at('idle').config, captureMode: 'manual' } }),
      { reason: null, message: en.manualHint, detail: null },
    ],
    [
      'idle, no detector',
      at('idle', { detector: 'off' }),
      { reason: null, message: en.manualHint, detail: null },
    ],
    ['starting', at('starting'), { reason: null, message: en.starting, detail: null }],
    [
      'framing before a first frame',
      at('framing', { analysed: false }),
      { reason: null, message: en.starting, detail: null },
    ],
    [
      'framing with a problem',
      at('framing', { reasons: ['BLURRY'], reason: 'BLURRY' }),
      { reason: 'BLURRY', message: en.BLURRY, detail: null },
    ],
    ['good framing, auto', at('framing'), { reason: null, message: en.framingGood, detail: null }],
    [
      'good framing, manual',
      at('framing', { config: { ...at('idle').config, captureMode: 'manual' } }),
      { reason: null, message: en.manualHint, detail: null },
    ],
    [
      'good framing, no detector',
      at('framing', { detector: 'unavailable' }),
      { reason: null, message: en.manualHint, detail: null },
    ],
    ['capturing', at('capturing'), { reason: null, message: en.capturing, detail: null }],
    ['submitting', at('submitting'), { reason: null, message: en.submitting, detail: null }],
    ['passed', at('passed'), { reason: null, message: en.passed, detail: null }],
    [
      'retry',
      at('retry', { reasons: ['EYES_CLOSED', 'LIVENESS_FAILED'] }),
      { reason: 'EYES_CLOSED', message: en.EYES_CLOSED, detail: '2 attempts left' },
    ],
    [
      'retry while rate limited',
      at('retry', { reasons: ['RATE_LIMITED'], retryAtMs: 9_000, waitSeconds: 9 }),
      {
        reason: 'RATE_LIMITED',
        message: en.RATE_LIMITED,
        detail: 'You can try again in 9\u00a0seconds.',
      },
    ],
    [
      'failed',
      at('failed'),
      { reason: 'LIVENESS_FAILED', message: en.failed, detail: en.failedHint },
    ],
    [
      'error',
      at('error', { reason: 'CAMERA_IN_USE' }),
      { reason: 'CAMERA_IN_USE', message: en.CAMERA_IN_USE, detail: null },
    ],
  ])('%s', (_name, state, expected) => {
    expect(describeSession(state, en)).toMatchObject(expected);
  });

  it('uses the catalog it is given', () => {
    expect(describeSession(at('retry'), fr)).toMatchObject({
      message: fr.LIVENESS_FAILED,
      detail: '2 tentatives restantes',
    });
  });

  it.each([
    ['en', 1, '1 attempt left'],
    ['fr', 1, '1 tentative restante'],
    ['pt', 1, 'Resta 1 tentativa'],
    ['pt', 2, 'Restam 2 tentativas'],
    ['sw', 1, 'Jaribio 1 limebaki'],
    ['sw', 2, 'Majaribio 2 yamebaki'],
    ['ar', 1, 'بقيت محاولة واحدة'],
    ['ar', 2, 'بقيت محاولتان'],
    ['ar', 3, 'بقيت 3 محاولات'],
    ['ar', 11, 'بقيت 11 محاولة'],
  ] as const)('counts attempts left in %s: %i', (locale, left, detail) => {
    const state = at('retry', {
      attempt: 10 - left,
      config: { ...at('retry').config, maxAttempts: 10 },
    });
    expect(describeSession(state, MESSAGES[locale], locale).detail).toBe(detail);
  });

  it('counts down the wait in the plural form of the locale', () => {
    const waiting = (seconds: number) =>
      at('retry', { reasons: ['RATE_LIMITED'], retryAtMs: seconds * 1000, waitSeconds: seconds });
    expect(describeSession(waiting(1), en).detail).toBe('You can try again in 1\u00a0second.');
    expect(describeSession(waiting(2), MESSAGES.ar, 'ar').detail).toBe(
      'يمكنك المحاولة مجددًا بعد ثانيتين.',
    );
    expect(describeSession(waiting(5), MESSAGES.ar, 'ar').detail).toBe(
      'يمكنك المحاولة مجددًا بعد 5\u00a0ثوانٍ.',
    );
    expect(describeSession(waiting(30), MESSAGES.pt, 'pt').detail).toBe(
      'Pode tentar novamente daqui a 30\u00a0segundos.',
    );
  });

  it('still fills {seconds} in an override written as one string', () => {
    const state = at('retry', { reasons: ['RATE_LIMITED'], retryAtMs: 9_000, waitSeconds: 9 });
    const messages = { ...en, waitSeconds: { other: 'Wait {seconds} s' } };
    expect(describeSession(state, messages).detail).toBe('Wait 9 s');
  });
});
