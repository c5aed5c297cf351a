import './test-utils/setup.js';
import type { FaceDetector } from '@liveframe/core';
import { MESSAGES } from '@liveframe/core';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SCENES } from './test-utils/fake-scene.js';
import {
  advance,
  renderCapture,
  rootState,
  startCamera,
  status,
} from './test-utils/render-capture.js';

const en = MESSAGES.en;

describe('<LivenessCapture> while the face detector loads', () => {
  it('guides light at once, offers the button after a few seconds, then the detector takes over', async () => {
    let arrive!: (detector: FaceDetector) => void;
    const view = renderCapture({
      detector: () => new Promise((resolve) => (arrive = resolve)),
      manualCaptureAfterMs: 5000,
    });
    view.scene.set(SCENES.TOO_DARK);
    await startCamera();
    expect(status()).toHaveAttribute('data-reason', 'TOO_DARK');
    expect(screen.queryByRole('button', { name: en.capture })).toBeNull();
    expect(screen.getByText(en.detectorLoading, { selector: '[aria-live]' })).toBeInTheDocument();

    view.scene.set(SCENES.good);
    await advance(2500);
    expect(status()).toHaveTextContent(en.detectorLoading);
    await advance(3000);
    expect(status()).toHaveTextContent(en.manualHint);
    expect(screen.getByRole('button', { name: en.capture })).toBeEnabled();

    arrive(view.scene.detector as FaceDetector);
    await advance(100);
    expect(screen.queryByRole('button', { name: en.capture })).toBeNull();
    expect(document.querySelector('[data-liveframe-part="detector-loading"]')).toBeNull();
    await advance(1500);
    expect(rootState()).toBe('passed');
    expect(view.fetch).toHaveBeenCalledTimes(1);
  });

  it('takes a photo by button on a slow link, the detector still loading', async () => {
    const view = renderCapture({
      detector: () => new Promise<never>(() => {}),
      manualCaptureAfterMs: 2000,
    });
    view.scene.set(SCENES.good);
    await startCamera();
    await advance(2500);
    fireEvent.click(screen.getByRole('button', { name: en.capture }));
    await advance(0);
    expect(rootState()).toBe('passed');
  });
});
