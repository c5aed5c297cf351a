import type { LivenessCaptureProps } from '@liveframe/react';
import { LivenessCapture } from '@liveframe/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { MswApi } from 'msw-storybook-addon';
import { useEffect } from 'react';
import { captureMeta, settlesIn } from './support/capture-stories.js';
import {
  answerInvalid,
  answerLive,
  answerNetworkError,
  answerNever,
  answerNotLive,
  answerProxyError,
  answerWith,
} from './support/proxy-handlers.js';
import { setStoryScene } from './support/story-camera.js';
import type { Scene } from './support/synthetic-scene.js';
import { FRAMING_SCENES, GOOD_SCENE } from './support/synthetic-scene.js';

const SCENES = {
  'Good framing': GOOD_SCENE,
  'No face': FRAMING_SCENES.NO_FACE,
  'Two faces': FRAMING_SCENES.MULTIPLE_FACES,
  'Too far': FRAMING_SCENES.FACE_TOO_SMALL,
  'Too close': FRAMING_SCENES.FACE_TOO_LARGE,
  'Off centre': FRAMING_SCENES.FACE_OFF_CENTER,
  'Dark room': FRAMING_SCENES.TOO_DARK,
  'Window behind': FRAMING_SCENES.TOO_BRIGHT,
  'Smeared lens': FRAMING_SCENES.BLURRY,
  'Eyes closed': { ...GOOD_SCENE, eyes: 'closed' },
  Sunglasses: { ...GOOD_SCENE, eyes: 'sunglasses' },
} satisfies Record<string, Scene>;

const ANSWERS = {
  'Live (97)': answerLive,
  'Not live (0.01)': answerNotLive,
  'Borderline (55)': answerWith({ probability: 55 }),
  'Eyes closed': answerWith({
    probability: 8.2,
    details: { eyes_open: { value: false, confidence: 97.1 } },
  }),
  'Network error': answerNetworkError,
  'No answer (timeout)': answerNever,
  'Rate limited (10 s)': answerProxyError(429, 'RATE_LIMITED', { 'Retry-After': '10' }),
  'Server error (502)': answerProxyError(502, 'UPSTREAM_ERROR'),
  'Image rejected (422)': answerProxyError(422, 'IMAGE_REJECTED'),
  'Invalid answer': answerInvalid,
};

interface PlaygroundArgs extends LivenessCaptureProps {
  /** What the story camera shows; change it while the camera runs. */
  scene: keyof typeof SCENES;
  /** How the mocked proxy answers the next request. */
  answer: keyof typeof ANSWERS;
}

function PlaygroundCapture({
  scene,
  answer,
  msw,
  ...props
}: PlaygroundArgs & { msw: MswApi | undefined }) {
  useEffect(() => setStoryScene(SCENES[scene]), [scene]);
  useEffect(() => {
    msw?.use(ANSWERS[answer]);
  }, [msw, answer]);
  return <LivenessCapture {...props} />;
}

/**
 * Everything at once: change the scene in front of the camera and the proxy's answer while the
 * component runs, and tune its props with the controls.
 */
const meta = {
  title: 'LivenessCapture/Playground',
  component: LivenessCapture,
  args: { ...captureMeta.args, scene: 'Good framing', answer: 'Live (97)' },
  argTypes: {
    ...captureMeta.argTypes,
    scene: { control: 'select', options: Object.keys(SCENES) },
    answer: { control: 'select', options: Object.keys(ANSWERS) },
  },
  beforeEach: captureMeta.beforeEach,
  parameters: { msw: { handlers: [answerLive] } },
  render: (args, { msw }) => <PlaygroundCapture {...args} msw={msw} />,
} satisfies Meta<PlaygroundArgs>;

export default meta;

/**
 * Starts with good framing, capture by button and a live answer. Remount the story (or press
 * Try again) to start over after a verdict.
 */
export const Playground: StoryObj<typeof meta> = {
  args: { captureMode: 'manual' },
  play: settlesIn('framing'),
};
