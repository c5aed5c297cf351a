import { LivenessCapture } from '@liveframe/react';
import type { CaptureMeta, CaptureStory } from './support/capture-stories.js';
import { captureMeta, settlesIn } from './support/capture-stories.js';
import { answerLive, answerNever, answerNotLive } from './support/proxy-handlers.js';
import { FRAMING_SCENES } from './support/synthetic-scene.js';

/**
 * `<LivenessCapture>` in each of its states. The camera is a drawn scene, the face detector
 * reports that scene's faces, and the proxy's answers come from MSW: every story is the same
 * on every run. Each play function only waits for the state (the DOM contract) it shows.
 */
const meta = {
  ...captureMeta,
  title: 'LivenessCapture/States',
  component: LivenessCapture,
  // Story parameters replace these (Storybook merges objects, replaces arrays).
  parameters: { msw: { handlers: [answerLive] } },
} satisfies CaptureMeta;

export default meta;

/** Before the camera is opened: the intro and the start button. */
export const Idle: CaptureStory = {
  args: { autoStart: false },
  play: settlesIn('idle'),
};

/** The camera was asked for and the person has not answered the permission prompt yet. */
export const Starting: CaptureStory = {
  parameters: { camera: 'pending' },
  play: settlesIn('starting'),
};

/** The camera runs and framing is good: in manual mode the capture button is enabled. */
export const Framing: CaptureStory = {
  args: { captureMode: 'manual' },
  play: settlesIn('framing'),
};

/** A good frame is being checked once more and encoded (here the encoder never finishes). */
export const Capturing: CaptureStory = {
  args: { capturePipeline: { encodeFrame: () => new Promise(() => {}) } },
  play: settlesIn('capturing'),
};

/** The frame is on its way; the proxy takes its time (no timeout in this story). */
export const Submitting: CaptureStory = {
  args: { timeoutMs: 3_600_000 },
  parameters: { msw: { handlers: [answerNever] } },
  play: settlesIn('submitting'),
};

/** The proxy judged the person live. */
export const Passed: CaptureStory = {
  play: settlesIn('passed'),
};

/** The attempt did not pass: the reason, the attempts left and a Try again button. */
export const Retry: CaptureStory = {
  parameters: { msw: { handlers: [answerNotLive] } },
  play: settlesIn('retry', 'LIVENESS_FAILED'),
};

/** Every attempt was used (here `maxAttempts` is 1). */
export const Failed: CaptureStory = {
  args: { maxAttempts: 1 },
  parameters: { msw: { handlers: [answerNotLive] } },
  play: settlesIn('failed', 'LIVENESS_FAILED'),
};

/** The camera could not be used (here the person blocked it); Try again asks again. */
export const ErrorState: CaptureStory = {
  name: 'Error',
  parameters: { camera: { error: 'NotAllowedError' } },
  play: settlesIn('error', 'CAMERA_DENIED'),
};

/** In French (`locale="fr"`), with a framing problem so the guidance shows. */
export const French: CaptureStory = {
  args: { locale: 'fr' },
  parameters: { camera: { scene: FRAMING_SCENES.FACE_OFF_CENTER } },
  play: settlesIn('framing', 'FACE_OFF_CENTER'),
};

/**
 * In Arabic (`locale="ar"`): the root is `dir="rtl" lang="ar"`, the text and the buttons run
 * right to left; the preview stays a mirror image.
 */
export const Arabic: CaptureStory = {
  args: { locale: 'ar' },
  parameters: { camera: { scene: FRAMING_SCENES.FACE_OFF_CENTER } },
  play: settlesIn('framing', 'FACE_OFF_CENTER'),
};

/** In Arabic after a refused attempt: the guidance, «بقيت محاولتان» (two attempts left), retry. */
export const ArabicRetry: CaptureStory = {
  name: 'Arabic, retry',
  args: { locale: 'ar' },
  parameters: { msw: { handlers: [answerNotLive] } },
  play: settlesIn('retry', 'LIVENESS_FAILED'),
};

/** Your own wording for some messages (`messages`), by reason code or interface key. */
export const CustomMessages: CaptureStory = {
  args: {
    autoStart: false,
    messages: {
      title: 'Verify it’s you',
      intro: 'We need a quick selfie to keep your account safe.',
      start: 'Open my camera',
    },
  },
  play: settlesIn('idle'),
};

/** No face detector (`detector={false}`): light and sharpness checks only, capture by button. */
export const WithoutDetector: CaptureStory = {
  args: { detector: false },
  play: settlesIn('framing'),
};

/**
 * The face detector still downloading on a slow link: light and sharpness guidance meanwhile, the
 * download's progress, and after `manualCaptureAfterMs` a capture button.
 */
export const DetectorLoading: CaptureStory = {
  args: { detector: () => new Promise(() => {}), manualCaptureAfterMs: 2000 },
  play: settlesIn('framing'),
};

// Custom properties set on the root (`.liveframe`, here with `className="brand"`): a selector
// more specific than the stylesheet's own `.liveframe` rule, so it wins wherever it is loaded.
const brandTheme = `
.liveframe.brand {
  --liveframe-font: Georgia, 'Times New Roman', serif;
  --liveframe-text: #1f2933;
  --liveframe-muted: #52606d;
  --liveframe-background: #fdf8f3;
  --liveframe-stage-background: #3e2c23;
  --liveframe-accent: #8a3b12;
  --liveframe-accent-text: #ffffff;
  --liveframe-focus: #8a3b12;
  --liveframe-guide: #f2c14e;
  --liveframe-guide-ok: #7bd389;
  --liveframe-radius: 24px;
  --liveframe-max-width: 360px;
  padding: 16px;
}`;

/** Restyled with `--liveframe-*` custom properties on the root; no other CSS. */
export const Themed: CaptureStory = {
  args: { autoStart: false, className: 'brand' },
  decorators: [
    (Story) => (
      <>
        <style>{brandTheme}</style>
        <Story />
      </>
    ),
  ],
  play: settlesIn('idle'),
};
