import type { ReasonCode, SessionStatus } from '@liveframe/core';
import { LOCALES } from '@liveframe/core';
import type { LivenessCapture } from '@liveframe/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { PROXY_URL } from './proxy-handlers.js';
import type { StoryCamera } from './story-camera.js';
import { installStoryCamera, sceneDetector } from './story-camera.js';
import { GOOD_SCENE } from './synthetic-scene.js';

export type CaptureMeta = Meta<typeof LivenessCapture>;
export type CaptureStory = StoryObj<typeof LivenessCapture>;

declare module 'storybook/internal/csf' {
  interface Parameters {
    /** The camera the story gets instead of the real one. Default: the good scene. */
    camera?: StoryCamera;
  }
}

const hidden = { table: { disable: true } } as const;

/**
 * What every `<LivenessCapture>` story shares: the proxy URL answered by MSW, the story camera
 * (installed before the story renders, removed when it is left), the scene's face detector,
 * actions for the callbacks, and controls for the props that matter.
 */
export const captureMeta = {
  args: {
    proxyUrl: PROXY_URL,
    locale: 'en',
    captureMode: 'auto',
    maxAttempts: 3,
    livenessThreshold: 50,
    autoCaptureDelayMs: 1000,
    timeoutMs: 20_000,
    autoStart: true,
    detector: sceneDetector,
    onResult: fn(),
    onError: fn(),
    onStateChange: fn(),
  },
  argTypes: {
    locale: {
      control: 'select',
      options: [...LOCALES, 'auto', 'pt-BR', 'de'],
      description:
        '`auto` (the default outside Storybook) follows the browser; a BCP 47 tag forces one. Bundled: `en`, `fr`, `ar` (right to left), `pt`, `sw`; others fall back to English.',
    },
    captureMode: { control: 'inline-radio', options: ['auto', 'manual'] },
    maxAttempts: { control: { type: 'number', min: 1, max: 10, step: 1 } },
    livenessThreshold: { control: { type: 'range', min: 0, max: 100, step: 1 } },
    autoCaptureDelayMs: { control: { type: 'number', min: 0, step: 100 } },
    timeoutMs: { control: { type: 'number', min: 100, step: 500 } },
    maxFps: { control: { type: 'number', min: 1, max: 30, step: 1 } },
    framing: { control: 'object' },
    messages: { control: 'object' },
    autoStart: { control: 'boolean' },
    className: { control: 'text' },
    detector: hidden,
    capturePipeline: hidden,
    fetch: hidden,
    queryClient: hidden,
    requestHeaders: hidden,
    encode: hidden,
    deviceId: hidden,
    assetsBaseUrl: hidden,
  },
  beforeEach: ({ parameters }) => installStoryCamera(parameters.camera ?? { scene: GOOD_SCENE }),
} satisfies Omit<CaptureMeta, 'title' | 'component'>;

/** How long a story may take to settle: camera, a capture after ~1 s, a mocked answer. */
const SETTLE_TIMEOUT_MS = 10_000;

/**
 * A play function that waits until the component is in `state` showing `reason` (`''` for none)
 * on its `role="status"` element, with its messages loaded (no `aria-busy`): the DOM contract.
 * Fails the story otherwise.
 */
export function settlesIn(
  state: SessionStatus,
  reason: ReasonCode | '' = '',
): NonNullable<CaptureStory['play']> {
  return async ({ canvasElement, step }) => {
    await step(`settles in ${state}${reason ? ` with ${reason}` : ''}`, async () => {
      await waitFor(
        () => {
          const root = canvasElement.querySelector('[data-liveframe-state]');
          expect(root).toHaveAttribute('data-liveframe-state', state);
          expect(root).not.toHaveAttribute('aria-busy');
          expect(within(canvasElement).getByRole('status')).toHaveAttribute('data-reason', reason);
        },
        { timeout: SETTLE_TIMEOUT_MS },
      );
    });
  };
}
