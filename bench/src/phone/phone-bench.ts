import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession } from 'playwright-core';
import { makeFakeVideo } from '../../../e2e/support/fake-video.js';
import { launchBrowser } from '../../../e2e/support/launch-browser.js';
import { requestsOffOrigin } from '../../../e2e/support/record-page-requests.js';
import type { ServedRequest } from '../browser/bench-server.js';
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
/** Profile nodes that are not JavaScript: idle time, native work, garbage collection. */
const NOT_SCRIPT = ['(idle)', '(program)', '(garbage collector)', '(root)'];

export type PhoneDetector = (typeof DETECTORS)[number];
export type PhoneScene = 'verdict' | 'framing';

export interface PhoneRun extends PhoneRunMetrics {
  readonly detector: PhoneDetector;
  readonly cpuRate: number;
  readonly scene: PhoneScene;
  /**
   * Main-thread CPU time (CDP ThreadTime) in the window per face-analysed frame, ms: everything
   * the main thread did, the video's painting and layout included.
   */
  readonly mainThreadMsPerFrame: number | null;
  /** JavaScript on the main thread (CPU profile samples) in the window per face-analysed frame, ms. */
  readonly scriptMsPerFrame: number | null;
  readonly requests: readonly FinishedRequest[];
  readonly offOrigin: readonly string[];
  readonly error?: string;
}

export interface PhoneMeasurements {
  readonly runs: readonly PhoneRun[];
  readonly load: { readonly cores: number; readonly before: number; readonly after: number };
}

// Recorded from before the app runs (an init script): camera start, User Timing, long tasks,
// the verdict.
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
  // The demo moves to its result step as soon as the check passes: the capture's root going
  // away after 'submitting' is the verdict too.
  let last;
  new MutationObserver(() => {
    const s = document.querySelector('[data-liveframe-state]')?.getAttribute('data-liveframe-state');
    const verdict = s === 'passed' || s === 'retry' || s === 'failed' ||
      (s === undefined && last === 'submitting');
    if (verdict && probe.verdictAt === undefined) probe.verdictAt = performance.now();
    if (s !== undefined) last = s;
  }).observe(document, { subtree: true, childList: true, attributes: true,
    attributeFilter: ['data-liveframe-state'] });
})();`;

async function phoneRun(
  browser: Browser,
  origin: string,
  served: readonly ServedRequest[],
  detector: PhoneDetector,
  cpuRate: number,
  scene: PhoneScene,
): Promise<PhoneRun> {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, isMobile: false });
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  const servedBefore = served.length;
  const requests = (): FinishedRequest[] =>
    served
      .slice(servedBefore)
      .map(({ url, bytes, receivedAt }) => ({ url, bytes, requestedAt: receivedAt }));
  await context.addInitScript(INSTRUMENT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const base = { detector, cpuRate, scene, offOrigin: [] as string[] };
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
    // Polled cheaply (two flags), so the runner's own work stays off the page's main thread.
    const poll = () =>
      page.evaluate(() => {
        const p = (window as unknown as { __phoneProbe: PhoneProbe }).__phoneProbe;
        return {
          face: p.timings.some((t) => t.name === 'liveframe:analyze'),
          verdict: p.verdictAt !== undefined,
        };
      });
    const deadline = Date.now() + 150_000;
    let threadAtFirst: number | undefined;
    let firstFaceAt: number | undefined;
    for (;;) {
      const current = await poll();
      if (current.face && threadAtFirst === undefined) {
        threadAtFirst = await threadTimeMs(cdp);
        firstFaceAt = Date.now();
        if (scene === 'framing') {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.start');
        }
      }
      const done =
        scene === 'verdict'
          ? current.verdict
          : firstFaceAt !== undefined && Date.now() - firstFaceAt >= WINDOW_MS;
      if (done) break;
      if (Date.now() > deadline) {
        const names = [...new Set((await probe()).timings.map((t) => t.name))].join(', ');
        throw new Error(`no ${scene} within 150 s (timings seen: ${names || 'none'})`);
      }
      await page.waitForTimeout(250);
    }
    const threadAtEnd = await threadTimeMs(cdp);
    let scriptMs: number | undefined;
    if (scene === 'framing') {
      const { profile } = await cdp.send('Profiler.stop');
      const self = new Map<string, number>();
      const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
      const deltas = profile.timeDeltas ?? [];
      (profile.samples ?? []).forEach((id, i) => {
        const frame = nodes.get(id)?.callFrame;
        if (!frame) return;
        const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
        self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
      });
      scriptMs = [...self.entries()]
        .filter(([key]) => !NOT_SCRIPT.some((name) => key.startsWith(`${name} `)))
        .reduce((sum, [, ms]) => sum + ms, 0);
      if (process.env.PHONE_PROFILE) {
        const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
        for (const [key, ms] of top) console.info(`  ${ms.toFixed(0)} ms  ${key}`);
      }
    }
    const final = await probe();
    await page.waitForTimeout(200);
    const metrics = phoneRunMetrics(final, requests(), WINDOW_MS);
    const frames = metrics.faceFramesInWindow;
    return {
      ...base,
      ...metrics,
      requests: requests(),
      mainThreadMsPerFrame:
        scene === 'framing' && threadAtFirst !== undefined && frames > 0
          ? (threadAtEnd - threadAtFirst) / frames
          : null,
      scriptMsPerFrame: scriptMs !== undefined && frames > 0 ? scriptMs / frames : null,
      offOrigin: requestsOffOrigin(urls, origin),
    };
  } catch (error) {
    return {
      ...base,
      ...phoneRunMetrics({ timeOrigin: 0, timings: [], longTasks: [] }, [], WINDOW_MS),
      requests: requests(),
      mainThreadMsPerFrame: null,
      scriptMsPerFrame: null,
      error: error instanceof Error ? error.message : String(error),
    };
  } finally {
    await context.close();
  }
}

async function threadTimeMs(cdp: CDPSession): Promise<number> {
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
            const only = process.env.PHONE_ONLY;
            if (only !== undefined && only !== `${detector}:${cpuRate}:${scene}`) continue;
            console.info(`bench: phone ${scene}, ${detector}, CPU x${cpuRate}`);
            runs.push(
              await phoneRun(browser, server.origin, server.requests, detector, cpuRate, scene),
            );
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
