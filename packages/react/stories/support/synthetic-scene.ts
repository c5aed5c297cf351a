/**
 * A drawn, face-like camera scene for the stories: no photo ships with Storybook, and every
 * story sees the same pixels. Positions are fractions of the frame, so the same scene works at
 * any size (the 640x480 stream and the 320x240 analysis frame).
 */

/** Light of the scene: as the on-device check measures it. */
export type SceneLight = 'good' | 'dark' | 'bright' | 'blurry';

/** What the person's eyes look like (only drawn: the server verdict decides in the stories). */
export type SceneEyes = 'open' | 'closed' | 'sunglasses';

/** One face: its centre and width as fractions of the frame; its box is 1.2 times as tall. */
export interface SceneFace {
  cx: number;
  cy: number;
  width: number;
}

export interface Scene {
  light: SceneLight;
  faces: readonly SceneFace[];
  eyes: SceneEyes;
}

/** Height of a face box over its width, in pixels. */
export const FACE_ASPECT = 1.2;

const centred = (width = 0.34, cx = 0.5, cy = 0.5): SceneFace => ({ cx, cy, width });

/** A well lit, sharp, centred face: framing is good. */
export const GOOD_SCENE: Scene = { light: 'good', faces: [centred()], eyes: 'open' };

/** The scene that produces each on-device framing reason with the default thresholds. */
export const FRAMING_SCENES = {
  NO_FACE: { ...GOOD_SCENE, faces: [] },
  MULTIPLE_FACES: { ...GOOD_SCENE, faces: [centred(0.26, 0.3), centred(0.26, 0.7)] },
  FACE_TOO_SMALL: { ...GOOD_SCENE, faces: [centred(0.12)] },
  FACE_TOO_LARGE: { ...GOOD_SCENE, faces: [centred(0.78)] },
  FACE_OFF_CENTER: { ...GOOD_SCENE, faces: [centred(0.3, 0.82)] },
  TOO_DARK: { ...GOOD_SCENE, light: 'dark' },
  TOO_BRIGHT: { ...GOOD_SCENE, light: 'bright' },
  BLURRY: { ...GOOD_SCENE, light: 'blurry' },
} satisfies Record<string, Scene>;

/** A fixed pseudo-random texture (skin pores, wall plaster): what makes the frame sharp. */
function texture(context: CanvasRenderingContext2D, width: number, height: number): void {
  const image = context.getImageData(0, 0, width, height);
  let seed = 12345;
  for (let i = 0; i < image.data.length; i += 4) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const grain = (seed / 2147483648 - 0.5) * 90;
    image.data[i] = image.data[i]! + grain;
    image.data[i + 1] = image.data[i + 1]! + grain;
    image.data[i + 2] = image.data[i + 2]! + grain;
  }
  context.putImageData(image, 0, 0);
}

function drawFace(
  context: CanvasRenderingContext2D,
  face: SceneFace,
  eyes: SceneEyes,
  frameWidth: number,
  frameHeight: number,
): void {
  const w = face.width * frameWidth;
  const h = w * FACE_ASPECT;
  const x = face.cx * frameWidth;
  const y = face.cy * frameHeight;
  // Hair and shoulders behind the face.
  context.fillStyle = '#3b2a20';
  context.beginPath();
  context.ellipse(x, y - h * 0.08, w * 0.56, h * 0.56, 0, 0, Math.PI * 2);
  context.fill();
  context.fillStyle = '#2f4a6d';
  context.beginPath();
  context.ellipse(x, y + h * 0.95, w * 1.1, h * 0.5, 0, Math.PI, 0);
  context.fill();
  // Face.
  context.fillStyle = '#c99a7a';
  context.beginPath();
  context.ellipse(x, y + h * 0.04, w * 0.46, h * 0.48, 0, 0, Math.PI * 2);
  context.fill();
  // Eyes, brows, nose, mouth.
  const eyeY = y - h * 0.06;
  context.strokeStyle = '#2b1d16';
  context.fillStyle = '#2b1d16';
  context.lineWidth = Math.max(1, w * 0.025);
  for (const side of [-1, 1]) {
    const ex = x + side * w * 0.18;
    context.beginPath();
    context.moveTo(ex - w * 0.09, eyeY - h * 0.08);
    context.lineTo(ex + w * 0.09, eyeY - h * 0.09);
    context.stroke();
    context.beginPath();
    if (eyes === 'sunglasses') {
      context.ellipse(ex, eyeY, w * 0.12, h * 0.06, 0, 0, Math.PI * 2);
      context.fill();
    } else if (eyes === 'closed') {
      context.moveTo(ex - w * 0.07, eyeY);
      context.quadraticCurveTo(ex, eyeY + h * 0.03, ex + w * 0.07, eyeY);
      context.stroke();
    } else {
      context.fillStyle = '#f4efe9';
      context.ellipse(ex, eyeY, w * 0.07, h * 0.03, 0, 0, Math.PI * 2);
      context.fill();
      context.fillStyle = '#2b1d16';
      context.beginPath();
      context.arc(ex, eyeY, w * 0.03, 0, Math.PI * 2);
      context.fill();
    }
  }
  if (eyes === 'sunglasses') {
    context.beginPath();
    context.moveTo(x - w * 0.06, eyeY);
    context.lineTo(x + w * 0.06, eyeY);
    context.stroke();
  }
  context.beginPath();
  context.moveTo(x, eyeY + h * 0.04);
  context.lineTo(x - w * 0.05, y + h * 0.12);
  context.lineTo(x + w * 0.03, y + h * 0.13);
  context.stroke();
  context.strokeStyle = '#8c3b3b';
  context.beginPath();
  context.moveTo(x - w * 0.13, y + h * 0.25);
  context.quadraticCurveTo(x, y + h * 0.31, x + w * 0.13, y + h * 0.25);
  context.stroke();
}

const LIGHT_FILTER: Record<SceneLight, string> = {
  good: 'none',
  dark: 'brightness(0.18)',
  bright: 'brightness(2.6)',
  blurry: 'blur(10px)',
};

/**
 * Paints `scene` on `canvas` (its whole size): a room, the faces, a sharp texture, then the
 * light (a dim room, a window behind the person, or a smeared lens). Costly (per-pixel texture):
 * paint once, then copy the canvas for each video frame.
 */
export function paintScene(canvas: HTMLCanvasElement, scene: Scene): void {
  const { width, height } = canvas;
  const scratch = document.createElement('canvas');
  scratch.width = width;
  scratch.height = height;
  const draft = scratch.getContext('2d', { willReadFrequently: true });
  const context = canvas.getContext('2d');
  if (!draft || !context) return;
  const wall = draft.createLinearGradient(0, 0, 0, height);
  wall.addColorStop(0, '#a9b4bd');
  wall.addColorStop(1, '#7d8790');
  draft.fillStyle = wall;
  draft.fillRect(0, 0, width, height);
  for (const face of scene.faces) drawFace(draft, face, scene.eyes, width, height);
  texture(draft, width, height);
  context.filter = LIGHT_FILTER[scene.light];
  context.drawImage(scratch, 0, 0);
  context.filter = 'none';
}
