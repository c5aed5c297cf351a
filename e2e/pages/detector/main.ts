// Test page for the built-in face detectors: the fake camera into a <video>, the detector loaded
// lazily from this page's origin, results exposed on `window.detectorPage` for Playwright.
import type {
  BlazeFaceDetectorOptions,
  BuiltInDetector,
  FaceBox,
  FaceDetector,
  MediaPipeDetectorOptions,
} from '@liveframe/core';

export interface DetectionRun {
  frameWidth: number;
  frameHeight: number;
  /** Faces found in each analysed frame. */
  faces: FaceBox[][];
  /** Milliseconds each `detect` call took. */
  detectMs: number[];
  /** Milliseconds from calling the detector's create function to having a detector. */
  loadMs: number;
}

export interface DetectorPage {
  run(frames: number, detector?: BuiltInDetector): Promise<DetectionRun>;
  /** Loads with the given options and returns the error's name, stage and message. */
  loadError(
    options: { assetsBaseUrl: string },
    detector?: BuiltInDetector,
  ): Promise<{ name: string; stage?: string; message: string }>;
}

declare global {
  interface Window {
    detectorPage: DetectorPage;
  }
}

const video = document.querySelector<HTMLVideoElement>('#camera')!;

async function startCamera(): Promise<void> {
  if (video.srcObject !== null) return;
  video.srcObject = await navigator.mediaDevices.getUserMedia({
    video: { width: 640, height: 480 },
  });
  await video.play();
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => video.requestVideoFrameCallback(() => resolve()));
}

async function create(
  detector: BuiltInDetector,
  options: MediaPipeDetectorOptions & BlazeFaceDetectorOptions,
): Promise<FaceDetector> {
  if (detector === 'mediapipe') {
    const { createMediaPipeDetector } = await import('@liveframe/core/detector/mediapipe');
    return createMediaPipeDetector(options);
  }
  const { createBlazeFaceDetector } = await import('@liveframe/core/detector/blazeface');
  return createBlazeFaceDetector(options);
}

async function run(frames: number, name: BuiltInDetector = 'mediapipe'): Promise<DetectionRun> {
  await startCamera();
  const loadStart = performance.now();
  const detector = await create(name, {});
  const loadMs = performance.now() - loadStart;
  const result: DetectionRun = {
    frameWidth: video.videoWidth,
    frameHeight: video.videoHeight,
    faces: [],
    detectMs: [],
    loadMs,
  };
  try {
    for (let i = 0; i < frames; i++) {
      await nextFrame();
      const start = performance.now();
      const faces = await detector.detect(video, performance.now());
      result.detectMs.push(performance.now() - start);
      result.faces.push([...faces]);
    }
  } finally {
    detector.close();
  }
  return result;
}

async function loadError(options: { assetsBaseUrl: string }, name: BuiltInDetector = 'mediapipe') {
  try {
    (await create(name, { ...options, loadTimeoutMs: 10_000 })).close();
    return { name: 'none', message: 'loaded' };
  } catch (error) {
    const e = error as Error & { stage?: string };
    return {
      name: e.name,
      message: e.message,
      ...(e.stage === undefined ? {} : { stage: e.stage }),
    };
  }
}

window.detectorPage = { run, loadError };
