// <LivenessCapture> in real Chromium: a Vite production build of e2e/pages/liveness-capture
// (the component with its defaults: automatic capture, BlazeFace detector in a worker) and the proxy with its
// simulator upstream, both on one 127.0.0.1 origin; a fake camera made from the fixture images.
// Assertions go through the DOM contract, the proxy's own count of requests, the page's request
// log and the camera tracks the page was given.
import { resolveMessages } from '@liveframe/core';
import type { ReasonCode, SessionStatus } from '@liveframe/core';
import { createLivenessHandler } from '@liveframe/proxy';
import { createNodeListener } from '@liveframe/proxy/node';
import { simulatorUpstream } from '@liveframe/proxy-server/simulator';
import react from '@vitejs/plugin-react';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CapturePageLog } from './pages/liveness-capture/main.js';
import { makeFakeVideo } from './support/fake-video.js';
import type { LaunchBrowserOptions } from './support/launch-browser.js';
import { launchBrowser } from './support/launch-browser.js';
import { fixture } from './support/paths.js';
import { recordPageRequests, requestsOffOrigin } from './support/record-page-requests.js';
import type { TestPageServer, TestServerMiddleware } from './support/serve-page.js';
import { serveTestPage } from './support/serve-page.js';

/** Longest wait for one DOM state: the detector's wasm compiles slowly on a loaded 2-core box. */
const WAIT_MS = 90_000;
const TEST_TIMEOUT_MS = 180_000;
/**
 * Frames analysed after a framing reason shows, during which nothing may be sent: 45 frames take
 * at least 3 s at the 15 fps cap, three times the automatic capture's 1 s of good framing.
 */
const FRAMES_WITHOUT_SENDING = 45;

const en = resolveMessages('en');

let server: TestPageServer;
/** Requests that reached the proxy, as `METHOD /path`, counted by the server as they arrive. */
const proxyCalls: string[] = [];

function livenessProxy(): TestServerMiddleware {
  const handler = createLivenessHandler({
    upstream: simulatorUpstream({ warn: () => {} }),
    logger: false,
  });
  const listener = createNodeListener(handler);
  return (req, res, next) => {
    if ((req.url ?? '').split('?')[0] === handler.path) proxyCalls.push(`${req.method} ${req.url}`);
    listener(req, res, next);
  };
}

beforeAll(async () => {
  server = await serveTestPage('liveness-capture', {
    // Errors only: the build's chunk-size notes would interleave with the test output.
    vite: { plugins: [react()], logLevel: 'error' },
    middleware: livenessProxy(),
  });
});

afterAll(async () => {
  await server?.close();
});

/** One browser showing the test page, the camera started with the component's own button. */
interface CaptureRun {
  page: Page;
  /** Every URL the page requested. */
  requests: readonly string[];
  /** Errors the page logged or threw. */
  pageErrors: string[];
  /** Proxy requests made since this run started. */
  proxyCalls(): string[];
  log(): Promise<CapturePageLog>;
  close(): Promise<void>;
}

async function startCapture(options: LaunchBrowserOptions): Promise<CaptureRun> {
  const browser: Browser = await launchBrowser(options);
  try {
    // The page renders the default locale="auto": an English browser, whatever the machine's.
    const page = await browser.newPage({ locale: 'en-US' });
    const requests = recordPageRequests(page);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      // The detector runtime's notes are held back at the source: any console error counts.
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    const firstCall = proxyCalls.length;
    await page.goto(server.url);
    await page.getByRole('button', { name: en.start }).click();
    return {
      page,
      requests,
      pageErrors,
      proxyCalls: () => proxyCalls.slice(firstCall),
      log: () => page.evaluate(() => window.capturePage.log),
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

const ROOT = '[data-liveframe-state]';
const STATUS = `${ROOT} [role="status"][aria-live="polite"]`;

/** The root's `data-liveframe-state` once it is one of `states`. */
async function waitForState(run: CaptureRun, states: SessionStatus[]): Promise<string> {
  try {
    await run.page.waitForFunction(
      ([root, wanted]) => {
        const state = document.querySelector(root)?.getAttribute('data-liveframe-state');
        return state != null && wanted.includes(state);
      },
      [ROOT, states as string[]] as const,
      { timeout: WAIT_MS },
    );
  } catch (error) {
    throw new Error(
      `Never reached ${states.join(' or ')}; page log: ${JSON.stringify(await run.log())}`,
      { cause: error },
    );
  }
  return (await run.page.getAttribute(ROOT, 'data-liveframe-state')) ?? '';
}

/**
 * Waits for the guidance to show `reason`; fails at once if the component leaves the states
 * before capture (it captured, or hit an error) instead.
 */
async function waitForReason(run: CaptureRun, reason: ReasonCode): Promise<void> {
  try {
    await run.page.waitForFunction(
      ([root, status, wanted]) => {
        const state = document.querySelector(root)?.getAttribute('data-liveframe-state');
        const shown = document.querySelector(status)?.getAttribute('data-reason');
        return shown === wanted || !['idle', 'starting', 'framing'].includes(state ?? 'idle');
      },
      [ROOT, STATUS, reason] as const,
      { timeout: WAIT_MS },
    );
  } catch (error) {
    throw new Error(`${reason} never shown; page log: ${JSON.stringify(await run.log())}`, {
      cause: error,
    });
  }
  const log = await run.log();
  expect(log.states, `page log: ${JSON.stringify(log)}`).not.toContain('capturing');
  expect(await run.page.getAttribute(STATUS, 'data-reason')).toBe(reason);
}

/** Waits until the component has analysed `frames` more frames. */
async function waitForMoreFrames(run: CaptureRun, frames: number): Promise<void> {
  const start = await run.page.evaluate(() => window.capturePage.analysedFrames());
  await run.page.waitForFunction(
    (target) => window.capturePage.analysedFrames() >= target,
    start + frames,
    { timeout: WAIT_MS, polling: 200 },
  );
}

/** Shows `reason`, keeps showing it while many frames are analysed, and never sends a frame. */
async function expectReasonWithoutSending(run: CaptureRun, reason: ReasonCode): Promise<void> {
  await waitForReason(run, reason);
  await waitForMoreFrames(run, FRAMES_WITHOUT_SENDING);

  expect(await run.page.getAttribute(ROOT, 'data-liveframe-state')).toBe('framing');
  expect(await run.page.getAttribute(STATUS, 'data-reason')).toBe(reason);
  expect(await run.page.textContent(STATUS)).toBe(en[reason]);
  const log = await run.log();
  expect(log.states).not.toContain('capturing');
  expect(log.states).not.toContain('submitting');
  expect(run.proxyCalls()).toEqual([]);
}

function expectNothingOffOrigin(run: CaptureRun): void {
  expect(run.requests.length).toBeGreaterThan(0);
  expect(requestsOffOrigin(run.requests, server.origin)).toEqual([]);
}

describe('<LivenessCapture> in Chromium with a fake camera', () => {
  it(
    'passes a well-framed face with one request, then stops the camera',
    async () => {
      // portrait.jpg as the harness frames it (cover 640x480, cropped from the top): the face box (258, 105, 187x187) is 29% of the width, its centre 4.9% of the width right of
      // and 8.6% of the height above the frame centre, inside every default framing limit.
      const run = await startCapture({
        fakeVideo: await makeFakeVideo(fixture('portrait.jpg'), 'original'),
      });
      try {
        expect(await waitForState(run, ['passed', 'retry', 'failed', 'error'])).toBe('passed');

        expect(await run.page.getAttribute(STATUS, 'data-reason')).toBe('');
        expect(await run.page.textContent(STATUS)).toBe(en.passed);
        expect(run.proxyCalls()).toEqual(['POST /api/liveness']);
        const log = await run.log();
        expect(log.results).toEqual([
          { outcome: 'pass', reasons: [], bytesSent: expect.any(Number) },
        ]);
        expect(log.results[0]!.bytesSent).toBeGreaterThan(0);
        expect(log.results[0]!.bytesSent).toBeLessThanOrEqual(1_000_000);
        expect(log.errors).toEqual([]);
        expect(log.states).toEqual(['starting', 'framing', 'capturing', 'submitting', 'passed']);

        const tracks = await run.page.evaluate(() => window.capturePage.trackStates());
        expect(tracks.length).toBeGreaterThan(0);
        expect(tracks.every((state) => state === 'ended')).toBe(true);
        expect(await run.page.locator('video').count()).toBe(0);

        expectNothingOffOrigin(run);
        // The detector's runtime and model came from this origin.
        // Frames were analysed in the module worker, which loaded BlazeFace.
        expect(run.requests).toEqual(
          expect.arrayContaining([
            expect.stringMatching(
              new RegExp(`^${server.origin}/assets/analysis-worker-[\\w-]+\\.js$`),
            ),
          ]),
        );
        const assets = run.requests.filter((url) => /\.(wasm|bin|json)$/.test(url));
        expect(assets).toEqual(
          expect.arrayContaining([
            expect.stringMatching(
              new RegExp(`^${server.origin}/assets/tfjs-backend-wasm-simd-[\\w-]+\\.wasm$`),
            ),
            expect.stringMatching(
              new RegExp(`^${server.origin}/assets/blazeface_short_range-[\\w-]+\\.bin$`),
            ),
          ]),
        );
        expect(run.pageErrors).toEqual([]);
      } finally {
        await run.close();
      }
    },
    TEST_TIMEOUT_MS,
  );

  it.each([
    { reason: 'MULTIPLE_FACES', scene: 'two faces', image: 'portrait.jpg', variant: 'two-faces' },
    { reason: 'NO_FACE', scene: 'a cat', image: 'chelsea.png', variant: 'original' },
    {
      reason: 'TOO_DARK',
      scene: 'the same face in a dark room',
      image: 'portrait.jpg',
      variant: 'dark',
    },
  ] as const)(
    'shows $reason for $scene and sends nothing',
    async ({ reason, image, variant }) => {
      const run = await startCapture({ fakeVideo: await makeFakeVideo(fixture(image), variant) });
      try {
        await expectReasonWithoutSending(run, reason);
        expectNothingOffOrigin(run);
        expect(run.pageErrors).toEqual([]);
      } finally {
        await run.close();
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'shows CAMERA_DENIED with a way to try again when the camera is blocked',
    async () => {
      const run = await startCapture({ denyCamera: true });
      try {
        expect(await waitForState(run, ['framing', 'error'])).toBe('error');

        expect(await run.page.getAttribute(STATUS, 'data-reason')).toBe('CAMERA_DENIED');
        expect(await run.page.textContent(STATUS)).toBe(en.CAMERA_DENIED);
        expect(await run.page.getByRole('button', { name: en.retry }).isEnabled()).toBe(true);
        expect((await run.log()).errors).toEqual(['CAMERA_DENIED']);
        expect(await run.page.evaluate(() => window.capturePage.trackStates())).toEqual([]);
        expect(run.proxyCalls()).toEqual([]);
        expectNothingOffOrigin(run);
        expect(run.pageErrors).toEqual([]);
      } finally {
        await run.close();
      }
    },
    TEST_TIMEOUT_MS,
  );
});
