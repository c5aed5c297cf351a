import type { MessageCatalog } from './message-keys.js';

/**
 * English. Reason messages tell the person what to do next, in plain words. `\u00a0` keeps a
 * number and its unit on one line.
 */
export const en: MessageCatalog = {
  NO_FACE: 'We can’t see your face. Look straight at the camera.',
  MULTIPLE_FACES: 'Make sure you’re the only person in the picture.',
  FACE_TOO_SMALL: 'Move closer to the camera.',
  FACE_TOO_LARGE: 'Move a little further from the camera.',
  FACE_OFF_CENTER: 'Center your face in the oval.',
  TOO_DARK: 'It’s too dark. Face a window or turn on a light.',
  TOO_BRIGHT: 'It’s too bright. Move away from direct light.',
  BLURRY: 'The photo is blurry. Hold still and wipe your camera lens.',
  EYES_CLOSED: 'Keep your eyes open and look at the camera.',
  SUNGLASSES: 'Take off your sunglasses.',
  LIVENESS_FAILED:
    'We couldn’t confirm you’re really there. Face the camera yourself, in good light, and try again.',
  CAMERA_DENIED: 'Allow camera access in your browser settings, then try again.',
  CAMERA_NOT_FOUND: 'No camera found. Connect a camera or use another device.',
  CAMERA_IN_USE: 'Another app is using your camera. Close it, then try again.',
  CAMERA_UNSUPPORTED:
    'This browser can’t open the camera. Use an up-to-date browser or another device.',
  INSECURE_CONTEXT:
    'The camera is blocked because this page isn’t secure. Open it with an https:// address or contact support.',
  NETWORK_ERROR: 'Check your internet connection, then try again.',
  TIMEOUT: 'This is taking too long. Check your connection and try again.',
  RATE_LIMITED: 'Too many attempts. Wait a moment, then try again.',
  SERVER_ERROR: 'Something went wrong on our side. Try again in a moment.',
  INVALID_RESPONSE: 'We got an unexpected answer. Try again in a moment.',
  IMAGE_REJECTED: 'We couldn’t use that photo. Take a new one in good light, facing the camera.',
  TOKEN_MISSING: 'This check could not start. Go back and start again.',
  TOKEN_INVALID: 'This check link is no longer valid. Go back and start again.',
  TOKEN_EXPIRED: 'This check has timed out. Go back and start again.',
  ATTEMPTS_EXHAUSTED: 'You have used all your tries for now. Come back later and try again.',

  title: 'Take a selfie',
  intro: 'Position your face in the oval. We’ll take the photo automatically.',
  start: 'Start camera',
  starting: 'Starting camera…',
  framingGood: 'Perfect, hold still',
  manualHint: 'Center your face in the oval, then take the photo.',
  capture: 'Take photo',
  capturing: 'Taking photo…',
  submitting: 'Checking…',
  passed: 'You’re verified',
  retry: 'Try again',
  failed: 'We couldn’t verify you',
  failedHint: 'You’ve used all your attempts. Try again later or contact support.',
  attemptsLeft: { one: '{count} attempt left', other: '{count} attempts left' },
  waitSeconds: {
    one: 'You can try again in {count}\u00a0second.',
    other: 'You can try again in {count}\u00a0seconds.',
  },
  chooseCamera: 'Choose camera',
  previewLabel: 'Camera preview',
  cancel: 'Cancel',
  continue: 'Continue',
  detectorLoading: 'Getting face detection ready…',
  detectorProgress: 'Loading face detection: {percent}%',
};
