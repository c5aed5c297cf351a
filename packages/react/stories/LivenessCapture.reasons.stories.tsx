import type { FramingReason } from '@liveframe/core';
import { LivenessCapture } from '@liveframe/react';
import type { CaptureMeta, CaptureStory } from './support/capture-stories.js';
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
import { FRAMING_SCENES, GOOD_SCENE } from './support/synthetic-scene.js';

/**
 * One story per reason code, named with the code in words, so the story id carries the code
 * (`TOO_DARK` -> `livenesscapture-reasons--too-dark`). Framing reasons found on the device show
 * in `framing`; the ones only the server can judge (`EYES_CLOSED`, `SUNGLASSES`,
 * `LIVENESS_FAILED`) in `retry`; camera errors in `error`; transport errors in `retry`, or in
 * `error` when a new frame cannot help (`INVALID_RESPONSE`).
 */
const meta = {
  ...captureMeta,
  title: 'LivenessCapture/Reasons',
  component: LivenessCapture,
  // Story parameters replace these (Storybook merges objects, replaces arrays).
  parameters: { msw: { handlers: [answerLive] } },
} satisfies CaptureMeta;

export default meta;

/** The camera shows the scene that makes the on-device check report `reason`. */
const framing = (reason: keyof typeof FRAMING_SCENES & FramingReason): CaptureStory => ({
  parameters: { camera: { scene: FRAMING_SCENES[reason] } },
  play: settlesIn('framing', reason),
});

export const NoFace: CaptureStory = { name: 'No face', ...framing('NO_FACE') };
export const MultipleFaces: CaptureStory = {
  name: 'Multiple faces',
  ...framing('MULTIPLE_FACES'),
};
export const FaceTooSmall: CaptureStory = {
  name: 'Face too small',
  ...framing('FACE_TOO_SMALL'),
};
export const FaceTooLarge: CaptureStory = {
  name: 'Face too large',
  ...framing('FACE_TOO_LARGE'),
};
export const FaceOffCenter: CaptureStory = {
  name: 'Face off center',
  ...framing('FACE_OFF_CENTER'),
};
export const TooDark: CaptureStory = { name: 'Too dark', ...framing('TOO_DARK') };
export const TooBright: CaptureStory = { name: 'Too bright', ...framing('TOO_BRIGHT') };
export const Blurry: CaptureStory = { name: 'Blurry', ...framing('BLURRY') };

/** The frame looked fine on the device; the server saw closed eyes and no liveness. */
export const EyesClosed: CaptureStory = {
  name: 'Eyes closed',
  parameters: {
    camera: { scene: { ...GOOD_SCENE, eyes: 'closed' } },
    msw: {
      handlers: [
        answerWith({
          probability: 8.2,
          details: { eyes_open: { value: false, confidence: 97.1 } },
        }),
      ],
    },
  },
  play: settlesIn('retry', 'EYES_CLOSED'),
};

/** The server saw sunglasses and no liveness. */
export const Sunglasses: CaptureStory = {
  name: 'Sunglasses',
  parameters: {
    camera: { scene: { ...GOOD_SCENE, eyes: 'sunglasses' } },
    msw: {
      handlers: [
        answerWith({
          probability: 11.4,
          details: { sunglasses: { value: true, confidence: 98.6 } },
        }),
      ],
    },
  },
  play: settlesIn('retry', 'SUNGLASSES'),
};

/** The server judged the picture not live (the endpoint's documented example answer). */
export const LivenessFailed: CaptureStory = {
  name: 'Liveness failed',
  parameters: { msw: { handlers: [answerNotLive] } },
  play: settlesIn('retry', 'LIVENESS_FAILED'),
};

export const CameraDenied: CaptureStory = {
  name: 'Camera denied',
  parameters: { camera: { error: 'NotAllowedError' } },
  play: settlesIn('error', 'CAMERA_DENIED'),
};
export const CameraNotFound: CaptureStory = {
  name: 'Camera not found',
  parameters: { camera: { error: 'NotFoundError' } },
  play: settlesIn('error', 'CAMERA_NOT_FOUND'),
};
export const CameraInUse: CaptureStory = {
  name: 'Camera in use',
  parameters: { camera: { error: 'NotReadableError' } },
  play: settlesIn('error', 'CAMERA_IN_USE'),
};
/** The browser has no `navigator.mediaDevices`. */
export const CameraUnsupported: CaptureStory = {
  name: 'Camera unsupported',
  parameters: { camera: 'unsupported' },
  play: settlesIn('error', 'CAMERA_UNSUPPORTED'),
};
/** The page is served over plain http: browsers refuse the camera. */
export const InsecureContext: CaptureStory = {
  name: 'Insecure context',
  parameters: { camera: 'insecure' },
  play: settlesIn('error', 'INSECURE_CONTEXT'),
};

/** The request never reached the proxy; no attempt is used. */
export const NetworkError: CaptureStory = {
  name: 'Network error',
  parameters: { msw: { handlers: [answerNetworkError] } },
  play: settlesIn('retry', 'NETWORK_ERROR'),
};
/** The proxy did not answer within `timeoutMs` (1.5 s here); no attempt is used. */
export const Timeout: CaptureStory = {
  name: 'Timeout',
  args: { timeoutMs: 1500 },
  parameters: { msw: { handlers: [answerNever] } },
  play: settlesIn('retry', 'TIMEOUT'),
};
/** HTTP 429 with `Retry-After: 30`: Try again is enabled after a visible countdown. */
export const RateLimited: CaptureStory = {
  name: 'Rate limited',
  parameters: {
    msw: { handlers: [answerProxyError(429, 'RATE_LIMITED', { 'Retry-After': '30' })] },
  },
  play: settlesIn('retry', 'RATE_LIMITED'),
};
/** The provider failed (the proxy's 502 `UPSTREAM_ERROR`); no attempt is used. */
export const ServerError: CaptureStory = {
  name: 'Server error',
  parameters: { msw: { handlers: [answerProxyError(502, 'UPSTREAM_ERROR')] } },
  play: settlesIn('retry', 'SERVER_ERROR'),
};
/** A 200 answer that is not the endpoint's shape: a new frame cannot help. */
export const InvalidResponse: CaptureStory = {
  name: 'Invalid response',
  parameters: { msw: { handlers: [answerInvalid] } },
  play: settlesIn('error', 'INVALID_RESPONSE'),
};
/** The proxy or the provider could not use the image (422); the attempt counts. */
export const ImageRejected: CaptureStory = {
  name: 'Image rejected',
  parameters: { msw: { handlers: [answerProxyError(422, 'IMAGE_REJECTED')] } },
  play: settlesIn('retry', 'IMAGE_REJECTED'),
};
/** The proxy wants a capture token and got none (401): the person starts again from the app. */
export const TokenMissing: CaptureStory = {
  name: 'Token missing',
  parameters: { msw: { handlers: [answerProxyError(401, 'TOKEN_MISSING')] } },
  play: settlesIn('error', 'TOKEN_MISSING'),
};
/** The capture token's signature or claims are wrong (401). */
export const TokenInvalid: CaptureStory = {
  name: 'Token invalid',
  parameters: { msw: { handlers: [answerProxyError(401, 'TOKEN_INVALID')] } },
  play: settlesIn('error', 'TOKEN_INVALID'),
};
/** The capture session is over (401), and no `getToken` gave a fresh one. */
export const TokenExpired: CaptureStory = {
  name: 'Token expired',
  parameters: { msw: { handlers: [answerProxyError(401, 'TOKEN_EXPIRED')] } },
  play: settlesIn('error', 'TOKEN_EXPIRED'),
};
/** The capture session has used its attempts (429): come back later. */
export const AttemptsExhausted: CaptureStory = {
  name: 'Attempts exhausted',
  parameters: { msw: { handlers: [answerProxyError(429, 'ATTEMPTS_EXHAUSTED')] } },
  play: settlesIn('error', 'ATTEMPTS_EXHAUSTED'),
};
