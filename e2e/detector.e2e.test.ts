// The built-in face detectors (BlazeFace on TensorFlow.js, the default, and MediaPipe) in real
// Chromium, on a Vite production build served from 127.0.0.1, with a fake camera made from the
// fixture images. Both must find the same faces.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltInDetector } from '@liveframe/core';
import type { DetectionRun } from './pages/detector/main.js';
import type { FakeVideoVariant } from './support/fake-video.js';
import { makeFakeVideo } from './support/fake-video.js';
import { launchBrowser } from './support/launch-browser.js';
import { fixture, repoRoot } from './support/paths.js';
import { recordPageRequests, requestsOffOrigin } from './support/record-page-requests.js';
import type { TestPageServer } from './support/serve-page.js';
import { serveTestPage } from './support/serve-page.js';

const FRAMES = 20;

let server: TestPageServer;

beforeAll(async () => {
  server = await serveTestPage('detector');
});

afterAll(async () => {
  await server?.close();
});

interface Session {
  run: DetectionRun;
  requests: readonly string[];
}

async function detectWithCamera(
  image: string,
  variant: FakeVideoVariant,
  detector: BuiltInDetector,
): Promise<Session> {
  const video = await makeFakeVideo(fixture(image), variant);
  const browser: Browser = await launchBrowser({ fakeVideo: video });
  try {
    const page: Page = await browser.newPage();
    const requests = recordPageRequests(page);
    await page.goto(server.url);
    const run = await page.evaluate(
      ({ frames, detector }) => window.detectorPage.run(frames, detector),
      { frames: FRAMES, detector },
    );
    return { run, requests };
  } finally {
    await browser.close();
  }
}

/** Faces found in the last few frames (the first ones can precede the camera's first image). */
const settled = (run: DetectionRun) => run.faces.slice(-5);

/** Logs load and per-frame detect times (measured, not asserted: budgets live in benchmarks). */
function report(label: string, run: DetectionRun): void {
  const warm = run.detectMs.slice(5).sort((a, b) => a - b);
  const at = (q: number) => warm[Math.floor(q * (warm.length - 1))]?.toFixed(1);
  console.info(
    `[detector] ${label}: load ${run.loadMs.toFixed(0)} ms; first detect ` +
      `${run.detectMs[0]?.toFixed(1)} ms; warm detect median ${at(0.5)} ms, p90 ${at(0.9)} ms ` +
      `(${warm.length} frames of ${run.frameWidth}x${run.frameHeight})`,
  );
}

describe.each<BuiltInDetector>(['blazeface', 'mediapipe'])(
  '%s face detector in Chromium',
  (detector) => {
    it.each([
      // Face boxes measured by eye on the 640x480 fake-camera frames, with a wide margin.
      { image: 'astronaut.png', centre: { x: 0.46, y: 0.3 } },
      { image: 'portrait.jpg', centre: { x: 0.53, y: 0.32 } },
    ])('finds exactly one face in $image, where the face is', async ({ image, centre }) => {
      const { run, requests } = await detectWithCamera(image, 'original', detector);
      report(`${detector} ${image}`, run);

      expect(run.frameWidth).toBe(640);
      expect(run.frameHeight).toBe(480);
      for (const faces of settled(run)) {
        expect(faces).toHaveLength(1);
        const [face] = faces;
        expect(face!.score).toBeGreaterThan(0.5);
        expect(face!.score).toBeLessThanOrEqual(1);
        expect(Math.abs((face!.x + face!.width / 2) / run.frameWidth - centre.x)).toBeLessThan(0.1);
        expect(Math.abs((face!.y + face!.height / 2) / run.frameHeight - centre.y)).toBeLessThan(
          0.12,
        );
        expect(face!.width / run.frameWidth).toBeGreaterThan(0.15);
        expect(face!.width / run.frameWidth).toBeLessThan(0.45);
      }
      expect(requestsOffOrigin(requests, server.origin)).toEqual([]);
    });

    // A cat's face scores 0.52 with this model, hence the default minDetectionConfidence of 0.6.
    it('finds no face in chelsea.png (a cat)', async () => {
      const { run, requests } = await detectWithCamera('chelsea.png', 'original', detector);
      for (const faces of settled(run)) expect(faces).toEqual([]);
      expect(requestsOffOrigin(requests, server.origin)).toEqual([]);
    });

    it('finds two faces side by side', async () => {
      const { run } = await detectWithCamera('portrait.jpg', 'two-faces', detector);
      for (const faces of settled(run)) {
        expect(faces).toHaveLength(2);
        const [left, right] = [...faces].sort((a, b) => a.x - b.x);
        expect(left!.x + left!.width).toBeLessThanOrEqual(run.frameWidth / 2 + 10);
        expect(right!.x).toBeGreaterThanOrEqual(run.frameWidth / 2 - 10);
      }
    });

    it('finds the face of a person standing too far away, under 20% of the frame width', async () => {
      const { run } = await detectWithCamera('portrait.jpg', 'far', detector);
      for (const faces of settled(run)) {
        expect(faces).toHaveLength(1);
        expect(faces[0]!.width / run.frameWidth).toBeLessThan(0.2);
      }
    });
  },
);

describe('the face detectors files', () => {
  it('loads the model and wasm from the page origin, emitted by the Vite build', () => {
    const served = server.requests.map((r) => `${r.status} ${r.url}`);
    expect(served).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^200 \/assets\/face_detection_short_range-[\w-]+\.tflite$/),
        expect.stringMatching(/^200 \/assets\/vision_wasm_internal-[\w-]+\.js$/),
        expect.stringMatching(/^200 \/assets\/vision_wasm_internal-[\w-]+\.wasm$/),
        expect.stringMatching(/^200 \/assets\/blazeface_short_range-[\w-]+\.json$/),
        expect.stringMatching(/^200 \/assets\/blazeface_short_range-[\w-]+\.bin$/),
        expect.stringMatching(/^200 \/assets\/tfjs-backend-wasm-simd-[\w-]+\.wasm$/),
      ]),
    );
  });

  it('also works from the Vite dev server, files served from the workspace', async () => {
    const dev = await serveTestPage('detector', { mode: 'dev' });
    const browser = await launchBrowser({
      fakeVideo: await makeFakeVideo(fixture('portrait.jpg'), 'original'),
    });
    try {
      const page = await browser.newPage();
      const requests = recordPageRequests(page);
      await page.goto(dev.url);
      const run = await page.evaluate(() => window.detectorPage.run(5));
      expect(run.faces.at(-1)).toHaveLength(1);
      const blazeface = await page.evaluate(() => window.detectorPage.run(5, 'blazeface'));
      expect(blazeface.faces.at(-1)).toHaveLength(1);
      expect(requestsOffOrigin(requests, dev.origin)).toEqual([]);
      expect(dev.requests.map((r) => `${r.status} ${r.url}`)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^200 \/.*\/packages\/core\/assets\/vision_wasm_internal\.wasm$/),
          expect.stringMatching(
            /^200 \/.*\/packages\/core\/assets\/face_detection_short_range\.tflite$/,
          ),
          expect.stringMatching(/^200 \/.*\/packages\/core\/assets\/tfjs-backend-wasm-simd\.wasm$/),
        ]),
      );
    } finally {
      await browser.close();
      await dev.close();
    }
  });

  it('fails with a DetectorLoadError, without hanging, when only the wasm is missing', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const model = await readFile(
        join(repoRoot, 'packages/core/assets/face_detection_short_range.tflite'),
      );
      await page.route('**/wasm-missing/face_detection_short_range.tflite', (route) =>
        route.fulfill({ body: model, contentType: 'application/octet-stream' }),
      );
      await page.goto(server.url);
      const error = await page.evaluate(() =>
        window.detectorPage.loadError({ assetsBaseUrl: '/wasm-missing/' }),
      );
      expect(error).toMatchObject({ name: 'DetectorLoadError', stage: 'runtime' });
    } finally {
      await browser.close();
    }
  });

  it('fails with a DetectorLoadError when the files are not at assetsBaseUrl', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      const error = await page.evaluate(() =>
        window.detectorPage.loadError({ assetsBaseUrl: '/missing/' }),
      );
      expect(error).toMatchObject({ name: 'DetectorLoadError', stage: 'model' });
      expect(error.message).toContain('HTTP 404');
    } finally {
      await browser.close();
    }
  });

  it('BlazeFace fails with a DetectorLoadError when its files are not at assetsBaseUrl', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      const error = await page.evaluate(() =>
        window.detectorPage.loadError({ assetsBaseUrl: '/missing/' }, 'blazeface'),
      );
      expect(error).toMatchObject({ name: 'DetectorLoadError' });
      expect(error.message).toContain('HTTP 404');
    } finally {
      await browser.close();
    }
  });
});
