import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { makeFakeVideo } from '../../../e2e/support/fake-video.js';
import { launchBrowser } from '../../../e2e/support/launch-browser.js';
import { requestsOffOrigin } from '../../../e2e/support/record-page-requests.js';
import { serveBench } from '../browser/bench-server.js';
import { simulatorProxy } from '../browser/browser-bench.js';
import { fixtureImagesDir, repoRoot } from '../paths.js';
import type { FinishedRequest, PhoneProbe, PhoneRunMetrics } from './phone-metrics.js';
import { phoneRunMetrics } from './phone-metrics.js';

/** Lighthouse's mobile profile: 1.6 Mbps down, 750 kbps up, 150 ms round trip; CPU rates. */
export const MOBILE_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
} as const;
export const CPU_RATES = [1, 4] as const;
export const DETECTORS = ['blazeface', 'mediapipe'] as const;
/** Framing observed after the first face-analysed frame. */
export const WINDOW_MS = 5000;
const PHONE_VIEWPORT = { width: 390, height: 844 };

export type PhoneDetector = (typeof DETECTORS)[number];
export type PhoneScene = 'verdict' | 'framing';

export interface PhoneRun extends PhoneRunMetrics {
  readonly detector: PhoneDetector;
  readonly cpuRate: number;
  readonly scene: PhoneScene;
  /** Main-thread CPU time (CDP ThreadTime) per face-analysed frame inside the window, ms. */
  readonly mainThreadMsPerFrame: number | null;
  readonly requests: readonly FinishedRequest[];
  readonly offOrigin: readonly string[];
  readonly error?: string;
}

export interface PhoneMeasurements {
  readonly runs: readonly PhoneRun[];
  readonly load: { readonly cores: number; readonly before: number; readonly after: number };
}

// Recorded from before the app runs (an init script): camera start, User Timing, long tasks,
// the first verdict state.
const INSTRUMENT = `(() => {
  const probe = { timeOrigin: performance.timeOrigin, timings: [], longTasks: [] };
  window.__phoneProbe = probe;
  const media = navigator.mediaDevices;
  if (media) {
    const original = media.getUserMedia.bind(media);
    media.getUserMedia = (c) => { probe.cameraStart ??= performance.now(); return original(c); };
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name.startsWith('liveframe:'))
      probe.timings.push({ name: e.name, start: e.startTime, duration: e.duration });
  }).observe({ entryTypes: ['mark', 'measure'] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      probe.longTasks.push({ name: e.name, start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    const s = document.querySelector('[data-liveframe-state]')?.getAttribute('data-liveframe-state');
    if ((s === 'passed' || s === 'retry' || s === 'failed') && probe.verdictAt === undefined)
      probe.verdictAt = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true,
    attributeFilter: ['data-liveframe-state'] });
})();`;

async function phoneRun(
  browser: Browser,
  origin: string,
  detector: PhoneDetector,
  cpuRate: number,
  scene: PhoneScene,
): Promise<PhoneRun> {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, isMobile: false });
  const requests: FinishedRequest[] = [];
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  context.on('requestfinished', (request) => {
    const finishedAt = Date.now();
    void request.sizes().then(
      (sizes) =>
        requests.push({
          url: request.url(),
          bytes: sizes.responseHeadersSize + sizes.responseBodySize,
          finishedAt,
        }),
      () => undefined,
    );
  });
  await context.addInitScript(INSTRUMENT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const base = { detector, cpuRate, scene, requests, offOrigin: [] as string[] };
  try {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', MOBILE_NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await cdp.send('Performance.enable');
    const query = `?step=selfie&lang=en${detector === 'mediapipe' ? '&detector=mediapipe' : ''}`;
    await page.goto(`${origin}/${query}`, { timeout: 120_000 });
    await page.locator('[data-liveframe-state="idle"] button').first().click({ timeout: 120_000 });
    const probe = () =>
      page.evaluate(() => (window as unknown as { __phoneProbe: PhoneProbe }).__phoneProbe);
    const deadline = Date.now() + 150_000;
    let threadAtFirst: number | undefined;
    let firstFaceAt: number | undefined;
    for (;;) {
      const current = await probe();
      const first = current.timings.find((t) => t.name === 'liveframe:analyze');
      if (first && threadAtFirst === undefined) {
        threadAtFirst = await threadTimeMs(cdp);
        firstFaceAt = Date.now();
      }
      const done =
        scene === 'verdict'
          ? current.verdictAt !== undefined
          : firstFaceAt !== undefined && Date.now() - firstFaceAt >= WINDOW_MS;
      if (done) break;
      if (Date.now() > deadline) throw new Error(`no ${scene} within 150 s`);
      await page.waitForTimeout(100);
    }
    const threadAtEnd = await threadTimeMs(cdp);
    const final = await probe();
    await page.waitForTimeout(200);
    const metrics = phoneRunMetrics(final, requests, WINDOW_MS);
    const frames = metrics.faceFramesInWindow;
    return {
      ...base,
      ...metrics,
      mainThreadMsPerFrame:
        scene === 'framing' && threadAtFirst !== undefined && frames > 0
          ? (threadAtEnd - threadAtFirst) / frames
          : null,
      offOrigin: requestsOffOrigin(urls, origin),
    };
  } catch (error) {
    return {
      ...base,
      ...phoneRunMetrics({ timeOrigin: 0, timings: [], longTasks: [] }, [], WINDOW_MS),
      mainThreadMsPerFrame: null,
      error: error instanceof Error ? error.message : String(error),
    };
  } finally {
    await context.close();
  }
}

async function threadTimeMs(cdp: import('playwright-core').CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const thread = metrics.find((m) => m.name === 'ThreadTime');
  if (!thread) throw new Error('Chromium reported no ThreadTime metric');
  return thread.value * 1000;
}

/**
 * The built demo (`apps/demo/dist`) served gzipped with the simulator proxy, opened at the selfie
 * step at a phone's viewport with Lighthouse's mobile network and CPU rates, both detectors.
 */
export async function measurePhone(): Promise<PhoneMeasurements> {
  const before = loadavg()[0] ?? 0;
  const demoDist = join(repoRoot, 'apps', 'demo', 'dist');
  const server = await serveBench(demoDist, await simulatorProxy());
  const runs: PhoneRun[] = [];
  try {
    for (const scene of ['verdict', 'framing'] as const) {
      const clip = await makeFakeVideo(
        join(fixtureImagesDir, 'portrait.jpg'),
        scene === 'verdict' ? 'original' : 'two-faces',
      );
      const browser = await launchBrowser({ fakeVideo: clip });
      try {
        for (const cpuRate of CPU_RATES) {
          for (const detector of DETECTORS) {
            console.info(`bench: phone ${scene}, ${detector}, CPU x${cpuRate}`);
            runs.push(await phoneRun(browser, server.origin, detector, cpuRate, scene));
          }
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  return { runs, load: { cores: cpus().length, before, after: loadavg()[0] ?? 0 } };
}
