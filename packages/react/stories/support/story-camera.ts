import type { FaceBox, FaceDetector } from '@liveframe/core';
import type { Scene } from './synthetic-scene.js';
import { FACE_ASPECT, paintScene } from './synthetic-scene.js';

/**
 * The camera a story gets, instead of the real one (`parameters.camera`):
 * - `{ scene }`: a canvas stream of the drawn scene;
 * - `{ error }`: `getUserMedia` rejects with a `DOMException` of that name (`NotAllowedError`...);
 * - `'pending'`: the permission prompt is never answered;
 * - `'unsupported'`: no `navigator.mediaDevices`;
 * - `'insecure'`: not a secure context (plain http).
 */
export type StoryCamera =
  { scene: Scene } | { error: string } | 'pending' | 'unsupported' | 'insecure';

const WIDTH = 640;
const HEIGHT = 480;
const FPS = 15;

let activeScene: Scene | null = null;

/**
 * The stories' face detector: reports the faces of the scene on the story camera, in the
 * analysed frame's pixels (as MediaPipe would), so framing is judged exactly as in production.
 */
export const sceneDetector: FaceDetector = {
  detect(frame) {
    const faces = activeScene?.faces ?? [];
    const { width, height } =
      'videoWidth' in frame ? { width: frame.videoWidth, height: frame.videoHeight } : frame;
    return faces.map((face): FaceBox => {
      const boxWidth = face.width * width;
      const boxHeight = boxWidth * FACE_ASPECT;
      return {
        x: face.cx * width - boxWidth / 2,
        y: face.cy * height - boxHeight / 2,
        width: boxWidth,
        height: boxHeight,
        score: 0.96,
      };
    });
  },
  close() {},
};

/**
 * Changes what a scene camera shows, live (the playground's scene control). Does nothing when
 * the story's camera is not a scene.
 */
export function setStoryScene(scene: Scene): void {
  if (activeScene !== null) activeScene = scene;
}

/** A live stream of the active scene, repainted at 15 fps until its track is stopped. */
function sceneStream(): MediaStream {
  const stills = new Map<Scene, HTMLCanvasElement>();
  const stillOf = (scene: Scene) => {
    let still = stills.get(scene);
    if (!still) {
      still = document.createElement('canvas');
      still.width = WIDTH;
      still.height = HEIGHT;
      paintScene(still, scene);
      stills.set(scene, still);
    }
    return still;
  };
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const context = canvas.getContext('2d');
  const paint = () => {
    if (activeScene) context?.drawImage(stillOf(activeScene), 0, 0);
  };
  paint();
  const stream = canvas.captureStream(FPS);
  // A canvas stream only emits a frame when the canvas is painted: keep painting.
  const timer = setInterval(paint, 1000 / FPS);
  const [track] = stream.getVideoTracks();
  const stop = track?.stop.bind(track);
  if (track && stop) {
    track.stop = () => {
      clearInterval(timer);
      stop();
    };
  }
  return stream;
}

function override(target: object, key: string, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { configurable: true, writable: true, value });
  return () => {
    if (own) Object.defineProperty(target, key, own);
    else Reflect.deleteProperty(target, key);
  };
}

/**
 * Replaces the browser's camera with `camera` for one story; returns the function that puts
 * everything back (Storybook calls it when the story is left). Streams handed out are stopped
 * on restore.
 */
export function installStoryCamera(camera: StoryCamera): () => void {
  const restores: (() => void)[] = [];
  const streams: MediaStream[] = [];
  activeScene = typeof camera === 'object' && 'scene' in camera ? camera.scene : null;

  if (camera === 'insecure') {
    restores.push(override(window, 'isSecureContext', false));
  } else if (camera === 'unsupported') {
    restores.push(override(navigator, 'mediaDevices', undefined));
  } else if (navigator.mediaDevices) {
    const getUserMedia = (): Promise<MediaStream> => {
      if (camera === 'pending') return new Promise<MediaStream>(() => {});
      if ('error' in camera) {
        return Promise.reject(new DOMException(`${camera.error} (story camera)`, camera.error));
      }
      const stream = sceneStream();
      streams.push(stream);
      return Promise.resolve(stream);
    };
    const enumerateDevices = (): Promise<MediaDeviceInfo[]> =>
      Promise.resolve([
        {
          deviceId: 'story-camera',
          groupId: 'story',
          kind: 'videoinput',
          label: 'Story camera',
          toJSON: () => ({}),
        },
      ]);
    restores.push(override(navigator.mediaDevices, 'getUserMedia', getUserMedia));
    restores.push(override(navigator.mediaDevices, 'enumerateDevices', enumerateDevices));
  }

  return () => {
    for (const stream of streams) for (const track of stream.getTracks()) track.stop();
    for (const restore of restores.reverse()) restore();
    activeScene = null;
  };
}
