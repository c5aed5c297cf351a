import { describe, expect, it } from 'vitest';
import { resolveMessages } from '../messages/resolve-messages.js';
import { at } from '../test-utils/session-states.js';
import { describeDetectorLoading } from './describe-detector-loading.js';

const en = resolveMessages('en');

describe('describeDetectorLoading', () => {
  it('shows bytes of the total, announced in steps of 25%', () => {
    const state = at('framing', {
      detector: 'loading',
      detectorProgress: { loaded: 180_000, total: 400_000 },
    });
    expect(describeDetectorLoading(state, en)).toEqual({
      loaded: 180_000,
      total: 400_000,
      percent: 45,
      announcement: 'Loading face detection: 25%',
    });
  });

  it('says it is loading, without a figure, when the total is unknown', () => {
    const state = at('framing', {
      detector: 'slow',
      detectorProgress: { loaded: 5000, total: null },
    });
    expect(describeDetectorLoading(state, en)).toMatchObject({
      percent: null,
      announcement: en.detectorLoading,
    });
  });

  it('is null once the detector settled, or with the camera off', () => {
    expect(describeDetectorLoading(at('framing', { detector: 'ready' }), en)).toBeNull();
    expect(describeDetectorLoading(at('idle', { detector: 'loading' }), en)).toBeNull();
  });
});
