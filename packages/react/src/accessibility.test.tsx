import './test-utils/setup.js';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, livenessBody } from './test-utils/fake-proxy.js';
import { SCENES } from './test-utils/fake-scene.js';
import { advance, renderCapture, rootState, startCamera } from './test-utils/render-capture.js';

/** axe needs real timers; the session's fake-clock timers simply stop running meanwhile. */
async function violations(container: HTMLElement) {
  vi.useRealTimers();
  // jsdom cannot compute colours: contrast is left to the real-browser tests.
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.html).join(', ')}`);
}

describe('accessibility (axe-core)', () => {
  it('idle', async () => {
    const view = renderCapture();
    expect(await violations(view.container)).toEqual([]);
  });

  it('framing with a reason, manual capture, two cameras', async () => {
    const view = renderCapture(
      { captureMode: 'manual' },
      {
        camera: [
          ['ok'],
          [
            { deviceId: 'a', label: 'Front' },
            { deviceId: 'b', label: '' },
          ],
        ],
      },
    );
    view.scene.set(SCENES.TOO_DARK);
    await startCamera();
    expect(rootState()).toBe('framing');
    expect(await violations(view.container)).toEqual([]);
  });

  it('retry', async () => {
    const view = renderCapture({}, { fetch: fakeFetch(() => json(livenessBody(12))) });
    await startCamera();
    await advance(1500);
    expect(rootState()).toBe('retry');
    expect(await violations(view.container)).toEqual([]);
  });

  it('error', async () => {
    const view = renderCapture({}, { camera: [['NotAllowedError']] });
    await startCamera();
    expect(rootState()).toBe('error');
    expect(await violations(view.container)).toEqual([]);
  });
});
