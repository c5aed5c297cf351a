// The detector's loading in the reducer: progress, the slow-link fallback, and its arrival.
import { describe, expect, it } from 'vitest';
import { resolveMessages } from '../messages/resolve-messages.js';
import { at } from '../test-utils/session-states.js';
import { describeSession } from './describe-session.js';
import { sessionReducer } from './session-reducer.js';

const loading = at('framing', { detector: 'loading', goodSinceMs: 100 });
const en = resolveMessages('en');

describe('sessionReducer while the detector loads', () => {
  it('keeps the latest download progress while loading, and drops it once settled', () => {
    const progress = { loaded: 1000, total: 4000 };
    const next = sessionReducer(loading, { type: 'detectorProgress', progress });
    expect(next.detectorProgress).toEqual(progress);
    const ready = sessionReducer(next, { type: 'detectorSettled', detector: 'ready' });
    expect(ready.detectorProgress).toBeNull();
    expect(sessionReducer(ready, { type: 'detectorProgress', progress })).toBe(ready);
  });

  it('marks a detector still loading as slow, once', () => {
    const slow = sessionReducer(loading, { type: 'detectorSlow' });
    expect(slow.detector).toBe('slow');
    expect(sessionReducer(slow, { type: 'detectorSlow' })).toBe(slow);
    const ready = at('framing', { detector: 'ready' });
    expect(sessionReducer(ready, { type: 'detectorSlow' })).toBe(ready);
  });

  it('never counts frames judged before the detector arrived towards automatic capture', () => {
    const ready = sessionReducer(loading, { type: 'detectorSettled', detector: 'ready' });
    expect(ready).toMatchObject({ status: 'framing', detector: 'ready', goodSinceMs: null });
    const next = sessionReducer(ready, {
      type: 'frameAnalyzed',
      reasons: [],
      reason: null,
      atMs: 5000,
    });
    expect(next.status).toBe('framing');
  });

  it.each([
    { detector: 'loading', key: 'detectorLoading' },
    { detector: 'slow', key: 'manualHint' },
    { detector: 'ready', key: 'framingGood' },
  ] as const)('says $key when light is fine and the detector is $detector', ({ detector, key }) => {
    const state = at('framing', { detector, reason: null, analysed: true });
    expect(describeSession(state, en).key).toBe(key);
  });

  it('shows light guidance while the detector loads', () => {
    const state = at('framing', { detector: 'loading', reason: 'TOO_DARK', analysed: true });
    expect(describeSession(state, en)).toMatchObject({ key: 'TOO_DARK', reason: 'TOO_DARK' });
  });
});

describe('sessionReducer on a frame like the last one', () => {
  it('returns the very same state, so views do not re-render', () => {
    const state = at('framing', { reasons: ['TOO_DARK'], reason: 'TOO_DARK', goodSinceMs: null });
    const action = {
      type: 'frameAnalyzed',
      reasons: ['TOO_DARK'],
      reason: 'TOO_DARK',
      atMs: 10,
    } as const;
    expect(sessionReducer(state, action)).toBe(state);
    expect(sessionReducer(state, { ...action, reasons: ['TOO_DARK', 'BLURRY'] })).not.toBe(state);
  });
});
