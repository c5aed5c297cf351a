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
      { reason: 'EYES_CLOSED', message: en.EYES_CLOSED, detail: 'Attempts left: 2' },
    ],
    [
      'retry while rate limited',
      at('retry', { reasons: ['RATE_LIMITED'], retryAtMs: 9_000, waitSeconds: 9 }),
      {
        reason: 'RATE_LIMITED',
        message: en.RATE_LIMITED,
        detail: 'You can try again in 9\u00a0s.',
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
      detail: 'Tentatives restantes\u00a0: 2',
    });
  });
});
