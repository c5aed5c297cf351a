import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../../e2e/support/launch-browser.js';
import { requestsOffOrigin } from '../../../e2e/support/record-page-requests.js';
import { benchCacheDir, fixtureImagesDir } from '../paths.js';
import type { AnalysisRunMetrics, CpuPerFrame } from './analysis-metrics.js';
import {
  ANALYZE_MEASURE,
  WARM_UP_MS,
  analysisRunMetrics,
  cpuPerFrame,
} from './analysis-metrics.js';
import type { Middleware } from './bench-server.js';
import { serveBench } from './bench-server.js';
import { buildBenchPage } from './build-page.js';
import type { EndToEndRunMetrics } from './e2e-metrics.js';
import { endToEndRunMetrics } from './e2e-metrics.js';
import { makeBenchCamera } from './fake-camera.js';
import type { PageProbe, PayloadProbe } from './page/probe-types.js';
import type { PageRun } from './run-page.js';
import { runPage } from './run-page.js';

export const PROXY_PATH = '/api/liveness';

export interface MachineLoad {
  readonly cores: number;
  readonly before: number;
  readonly after: number;
}

/** How many times each browser measurement is repeated (fresh browser context, cold cache). */
export const RUNS = { analysis: 3, payload: 1, endToEnd: 5 } as const;
/** Steady framing observed per analysis run, after the warm-up. */
export const STEADY_WINDOW_MS = 5000;

/** One analysis run: its User Timing figures and its CPU time per analysed frame. */
export interface AnalysisRun extends AnalysisRunMetrics {
  readonly cpu: CpuPerFrame | undefined;
}

/** Everything the browser runs measured, before it is summarised. */
export interface BrowserMeasurements {
  readonly camera: { readonly image: string; readonly clip: string };
  readonly analysis: readonly AnalysisRun[];
  readonly payload: PayloadProbe | undefined;
  readonly endToEnd: readonly EndToEndRunMetrics[];
  /** Every URL requested by any run, and those off the page's origin. */
  readonly requestCount: number;
  readonly offOriginRequests: readonly string[];
  readonly origin: string;
  /** 1-minute load average before and after the browser runs, and the core count. */
  readonly load: MachineLoad;
  /** Failures of a whole measurement, which the report states instead of a figure. */
  readonly errors: Readonly<Record<string, string>>;
}

/**
 * Builds the bench page (Vite, production), serves it with the simulator proxy on loopback,
 * launches headless Chromium with the portrait fixture as the camera, and runs the analysis,
 * payload and end-to-end measurements in sequence.
 */
export async function measureInBrowser(): Promise<BrowserMeasurements> {
  const loadBefore = loadavg()[0] ?? 0;
  const image = join(fixtureImagesDir, 'portrait.jpg');
  const siteDir = join(benchCacheDir, 'site');
  const [clip] = await Promise.all([
    makeBenchCamera(image, join(benchCacheDir, 'camera')),
    buildBenchPage(siteDir),
  ]);
  const server = await serveBench(siteDir, await simulatorProxy());
  const browser = await launchBrowser({ fakeVideo: clip });
  const allUrls: string[] = [];
  const errors: Record<string, string> = {};
  const attempt = async <T>(name: string, measure: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await measure();
    } catch (error) {
      errors[name] = error instanceof Error ? error.message : String(error);
      return undefined;
    }
  };
  const record = (run: PageRun): PageRun => {
    allUrls.push(...run.requestedUrls);
    return run;
  };
  try {
    const analysis = await attempt('analysis', () =>
      repeat(RUNS.analysis, async () => {
        const run = record(await analysisRun(browser, server.origin));
        const first = run.probe.timings.find((entry) => entry.name === ANALYZE_MEASURE);
        const windowEnd = (first?.start ?? 0) + WARM_UP_MS + STEADY_WINDOW_MS;
        return {
          ...analysisRunMetrics(run.probe, run.resources, windowEnd),
          cpu: run.cpu ? cpuPerFrame(run.cpu.from, run.cpu.to) : undefined,
        };
      }),
    );
    const payload = await attempt('payload', async () => {
      const run = record(
        await runPage(browser, {
          origin: server.origin,
          mode: 'payload',
          until: (probe) => probe.payload !== undefined,
          timeoutMs: 60_000,
        }),
      );
      return run.probe.payload;
    });
    const endToEnd = await attempt('endToEnd', () =>
      repeat(RUNS.endToEnd, async () => {
        const run = record(
          await runPage(browser, {
            origin: server.origin,
            mode: 'e2e',
            until: (probe) => probe.verdictPainted !== undefined,
            timeoutMs: 30_000,
          }),
        );
        return endToEndRunMetrics(run.probe, run.resources, PROXY_PATH);
      }),
    );
    return {
      camera: { image, clip },
      analysis: analysis ?? [],
      payload,
      endToEnd: endToEnd ?? [],
      requestCount: allUrls.length,
      offOriginRequests: requestsOffOrigin(allUrls, server.origin),
      origin: server.origin,
      load: { cores: cpus().length, before: loadBefore, after: loadavg()[0] ?? 0 },
      errors,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

function analysisRun(browser: Browser, origin: string): Promise<PageRun> {
  /** Whether framing has gone on for `ms` since the first analysed frame. */
  const framedFor =
    (ms: number) =>
    (probe: PageProbe): boolean => {
      const analyses = probe.timings.filter((entry) => entry.name === ANALYZE_MEASURE);
      const first = analyses[0];
      const last = analyses.at(-1);
      return first !== undefined && last !== undefined && last.start >= first.start + ms;
    };
  return runPage(browser, {
    origin,
    mode: 'analysis',
    cpuFrom: framedFor(WARM_UP_MS),
    until: framedFor(WARM_UP_MS + STEADY_WINDOW_MS),
    timeoutMs: 60_000,
  });
}

async function repeat<T>(times: number, run: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let index = 0; index < times; index += 1) results.push(await run());
  return results;
}

/** The proxy with its simulator upstream, as `pnpm dev` runs it, quiet. */
export async function simulatorProxy(): Promise<Middleware> {
  const { createLivenessHandler } = await import('@liveframe/proxy');
  const { createNodeListener } = await import('@liveframe/proxy/node');
  const { simulatorUpstream } = await import('@liveframe/proxy-server/simulator');
  const handler = createLivenessHandler({
    upstream: simulatorUpstream({ warn: () => {} }),
    path: PROXY_PATH,
    logger: false,
    rateLimit: false,
  });
  const listener = createNodeListener(handler);
  return (req, res, next) => listener(req, res, next);
}
