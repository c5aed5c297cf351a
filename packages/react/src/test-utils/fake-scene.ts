import type { EncodedFrame, FaceBox, FaceDetector, FrameReader } from '@liveframe/core';
import { vi } from 'vitest';

const WIDTH = 320;
const HEIGHT = 240;

export type Light = 'good' | 'dark' | 'bright' | 'flat';

/** What the fake camera sees: the light of the frame and the faces the detector reports. */
export interface Scene {
  light: Light;
  faces: FaceBox[];
}

/** A face of `fraction` of the frame width, centred at (cx, cy) as fractions of the frame. */
export function face(fraction = 0.4, cx = 0.5, cy = 0.5, score = 0.95): FaceBox {
  const width = WIDTH * fraction;
  const height = width * 1.2;
  return { x: WIDTH * cx - width / 2, y: HEIGHT * cy - height / 2, width, height, score };
}

/** Scenes that produce each framing reason with the default thresholds. */
export const SCENES = {
  good: { light: 'good', faces: [face()] },
  NO_FACE: { light: 'good', faces: [] },
  MULTIPLE_FACES: { light: 'good', faces: [face(0.3, 0.3), face(0.3, 0.7)] },
  FACE_TOO_SMALL: { light: 'good', faces: [face(0.1)] },
  FACE_TOO_LARGE: { light: 'good', faces: [face(0.8)] },
  FACE_OFF_CENTER: { light: 'good', faces: [face(0.3, 0.85)] },
  TOO_DARK: { light: 'dark', faces: [face()] },
  TOO_BRIGHT: { light: 'bright', faces: [face()] },
  BLURRY: { light: 'flat', faces: [face()] },
} satisfies Record<string, Scene>;

function pixelsFor(light: Light): Uint8ClampedArray {
  const data = new Uint8ClampedArray(WIDTH * HEIGHT * 4);
  let seed = 7;
  for (let i = 0; i < data.length; i += 4) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const noise = (seed / 2147483648) * 120 - 60;
    const value =
      light === 'dark' ? 10 : light === 'bright' ? 255 : light === 'flat' ? 128 : 128 + noise;
    data[i] = value;
    data[i + 1] = value;
    data[i + 2] = value;
    data[i + 3] = 255;
  }
  return data;
}

/**
 * A controllable camera scene: a frame reader (no canvas needed), a detector and an encoder
 * stub, all reading `scene.current`.
 */
export function createScene(initial: Scene = SCENES.good) {
  const cache = new Map<Light, Uint8ClampedArray>();
  const scene = { current: initial };
  const frameReader: FrameReader = {
    read: () => {
      const { light } = scene.current;
      if (!cache.has(light)) cache.set(light, pixelsFor(light));
      return {
        pixels: { data: cache.get(light)!, width: WIDTH, height: HEIGHT },
        image: {} as ImageData,
      };
    },
  };
  const detector = {
    detect: vi.fn<FaceDetector['detect']>(() => scene.current.faces),
    close: vi.fn<() => void>(),
  } satisfies FaceDetector;
  const encodeFrame = vi.fn(async (): Promise<EncodedFrame> => ({
    base64: '/9j/AAAA',
    bytes: 8,
    width: 1280,
    height: 720,
    quality: 0.92,
  }));
  return {
    scene,
    set: (next: Scene) => {
      scene.current = next;
    },
    detector,
    encodeFrame,
    capturePipeline: { frameReader, encodeFrame, now: () => Date.now() },
  };
}
