// Test page for the MediaPipe face detector: the fake camera into a <video>, the detector loaded
// lazily from this page's origin, results exposed on `window.detectorPage` for Playwright.
import type { FaceBox, FaceDetector, MediaPipeDetectorOptions } from '@liveframe/core';

export interface DetectionRun {
  frameWidth: number;
  frameHeight: number;
  /** Faces found in each analysed frame. */
  faces: FaceBox[][];
  /** Milliseconds each `detect` call took. */
  detectMs: number[];
  /** Milliseconds from calling `createMediaPipeDetector` to having a detector. */
  loadMs: number;
}

export interface DetectorPage {
  run(frames: number, options?: MediaPipeDetectorOptions): Promise<DetectionRun>;
  /** Loads with the given options and returns the error's name, stage and message. */
  loadError(options: {
    assetsBaseUrl: string;
  }): Promise<{ name: string; stage?: string; message: string }>;
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

async function run(frames: number, options: MediaPipeDetectorOptions = {}): Promise<DetectionRun> {
  await startCamera();
  const { createMediaPipeDetector } = await import('@liveframe/core/detector/mediapipe');
  const loadStart = performance.now();
  const detector: FaceDetector = await createMediaPipeDetector(options);
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

async function loadError(options: { assetsBaseUrl: string }) {
  const { createMediaPipeDetector } = await import('@liveframe/core/detector/mediapipe');
  try {
    (await createMediaPipeDetector({ ...options, loadTimeoutMs: 10_000 })).close();
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
