// Payload benchmark, in the page: LiveFrame's encoder and react-webcam's getScreenshot() on the
// same camera frame (the fake camera loops one still image), then the framing check on each
// decoded capture, as the component judges a frame.
import type { FaceDetector } from '@liveframe/core';
import { analyzeFrame, DEFAULT_FRAMING, encodeFrame } from '@liveframe/core';
// Not public API: the bench measures the reader the session uses, from source.
import { createFrameReader } from '../../../../packages/core/src/capture/frame-reader.js';
import { createRef } from 'react';
import type { Root } from 'react-dom/client';
import type { EncodeSample, PayloadProbe, SharpnessCheck } from './probe-types.js';
import type { WebcamInstance } from './webcam.js';
import { Webcam } from './webcam.js';

/** Timed encodes per encoder, after one untimed warm-up encode each. */
const RUNS = 10;

export async function runPayloadProbe(root: Root): Promise<PayloadProbe> {
  const webcam = createRef<WebcamInstance>();
  const ready = new Promise<void>((resolve, reject) => {
    root.render(
      <Webcam ref={webcam} audio={false} onUserMedia={() => resolve()} onUserMediaError={reject} />,
    );
  });
  await ready;
  const video = webcam.current?.video;
  if (!webcam.current || !video) throw new Error('react-webcam rendered no video element');
  await firstFrames(video);

  await encodeFrame(video);
  const liveframe: EncodeSample[] = [];
  let lastLiveFrame = '';
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const frame = await encodeFrame(video);
    const ms = performance.now() - start;
    lastLiveFrame = frame.base64;
    liveframe.push({
      ms,
      base64Bytes: frame.bytes,
      width: frame.width,
      height: frame.height,
      detail: `JPEG q${frame.quality}`,
    });
  }

  webcam.current.getScreenshot();
  const reactWebcam: EncodeSample[] = [];
  let lastScreenshot = '';
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const shot = webcam.current.getScreenshot();
    const ms = performance.now() - start;
    if (shot === null) throw new Error('react-webcam getScreenshot() returned null');
    lastScreenshot = shot;
    const image = await decode(shot);
    reactWebcam.push({
      ms,
      base64Bytes: shot.length - shot.indexOf(',') - 1,
      width: image.naturalWidth,
      height: image.naturalHeight,
      detail: shot.slice(5, shot.indexOf(';')),
    });
  }

  const { createMediaPipeDetector } = await import('@liveframe/core/detector/mediapipe');
  const detector = await createMediaPipeDetector();
  const sharpness = [
    await check('camera frame (reference)', video, detector),
    await check(
      'LiveFrame capture',
      await decode(`data:image/jpeg;base64,${lastLiveFrame}`),
      detector,
    ),
    await check('react-webcam getScreenshot()', await decode(lastScreenshot), detector),
  ];
  detector.close?.();
  return {
    videoWidth: video.videoWidth,
    videoHeight: video.videoHeight,
    liveframe,
    reactWebcam,
    minSharpness: DEFAULT_FRAMING.minSharpness,
    sharpness,
  };
}

const reader = createFrameReader();
let timestamp = 0;

/** Reads `source` the way the component reads a video frame, detects faces and judges it. */
async function check(
  label: string,
  source: HTMLVideoElement | HTMLImageElement,
  detector: FaceDetector,
): Promise<SharpnessCheck> {
  const frame = reader.read(source);
  if (!frame) throw new Error(`${label}: no pixels to judge`);
  timestamp += 100;
  const faces = await detector.detect(frame.image, timestamp);
  const analysis = analyzeFrame(frame.pixels, faces);
  return {
    label,
    faces: analysis.metrics.faceCount,
    sharpness: analysis.metrics.sharpness,
    reasons: analysis.reasons,
  };
}

async function decode(src: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = src;
  await image.decode();
  return image;
}

function firstFrames(video: HTMLVideoElement): Promise<void> {
  return new Promise((resolve) => {
    const wait = (): void => {
      if (video.readyState >= 2 && video.videoWidth > 0) resolve();
      else requestAnimationFrame(wait);
    };
    wait();
  });
}
