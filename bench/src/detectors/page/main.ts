// Runs one face detector over still frames: each frame becomes an ImageBitmap at its own size
// and is given to `detect` several times (the first calls are warm-up, not timed).
import type { FaceDetector } from '@liveframe/core';
import type { DetectorName, DetectorRun, FrameResult, FrameSpec } from './compare-types.js';

const WARM_UP = 5;

async function load(detector: DetectorName): Promise<FaceDetector> {
  if (detector === 'mediapipe') {
    const { createMediaPipeDetector } = await import('@liveframe/core/detector/mediapipe');
    return createMediaPipeDetector();
  }
  const { createBlazeFaceDetector } = await import('@liveframe/core/detector/blazeface');
  return createBlazeFaceDetector();
}

async function bitmapOf(url: string): Promise<ImageBitmap> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return createImageBitmap(await response.blob());
}

async function run(
  name: DetectorName,
  frames: readonly FrameSpec[],
  iterations: number,
): Promise<DetectorRun> {
  const loadStart = performance.now();
  const detector = await load(name);
  const loadMs = performance.now() - loadStart;
  const results: FrameResult[] = [];
  let timestamp = 0;
  try {
    for (const frame of frames) {
      const bitmap = await bitmapOf(frame.url);
      const detectMs: number[] = [];
      let faces = await detector.detect(bitmap, ++timestamp);
      for (let i = 1; i < WARM_UP + iterations; i++) {
        const start = performance.now();
        faces = await detector.detect(bitmap, ++timestamp);
        if (i >= WARM_UP) detectMs.push(performance.now() - start);
      }
      results.push({
        frame: frame.name,
        width: bitmap.width,
        height: bitmap.height,
        faces: [...faces],
        detectMs,
      });
      bitmap.close();
    }
  } finally {
    detector.close();
  }
  return { detector: name, loadMs, frames: results };
}

window.comparePage = { run };
