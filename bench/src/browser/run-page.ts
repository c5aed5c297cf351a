import type { Browser, CDPSession, Page } from 'playwright-core';
import type { PageProbe } from './page/probe-types.js';

/** One resource the page downloaded, from Resource Timing (ms on the page's clock). */
export interface ResourceRecord {
  readonly url: string;
  readonly initiatorType: string;
  /** Bytes on the wire, headers included (0 would mean a cache hit; every run starts cold). */
  readonly transferSize: number;
  /** Body bytes as sent (gzipped when the server compressed it). */
  readonly encodedBodySize: number;
  /** Body bytes after decompression. */
  readonly decodedBodySize: number;
  readonly startTime: number;
  readonly responseEnd: number;
}

/** What one page load recorded. */
export interface PageRun {
  readonly probe: PageProbe;
  /** The document and every resource, in Resource Timing order. */
  readonly resources: readonly ResourceRecord[];
  /** Every URL the browser context requested (pages, workers, fetches), whatever the origin. */
  readonly requestedUrls: readonly string[];
  /** Browser console errors, for diagnosis. */
  readonly consoleErrors: readonly string[];
  /** CPU time samples, when `cpuFrom` was given: at the first probe it accepted, and at the end. */
  readonly cpu?: { readonly from: CpuSample; readonly to: CpuSample };
}

/** Chromium's own CPU clocks for the page (DevTools `Performance.getMetrics`). */
export interface CpuSample {
  /** CPU time of the renderer's main thread, ms. */
  readonly mainThreadMs: number;
  /** CPU time of the renderer process (all its threads), ms. */
  readonly processMs: number;
  /** The probe when sampled, for counting what happened in between. */
  readonly probe: PageProbe;
}

export interface RunPageOptions {
  readonly origin: string;
  /** The bench page's mode (`analysis`, `e2e` or `payload`). */
  readonly mode: string;
  /** Polled every 250 ms with the page's probe; the run ends when it returns true. */
  readonly until: (probe: PageProbe) => boolean;
  /** Start sampling CPU time at the first probe this accepts (e.g. once warm-up is over). */
  readonly cpuFrom?: (probe: PageProbe) => boolean;
  readonly timeoutMs: number;
}

/** How often the runner reads the page's probe. */
const POLL_MS = 250;

const VIEWPORT = { width: 1280, height: 720 };

/**
 * Loads the bench page in a fresh browser context (empty cache), starts the camera when the
 * component waits for a click, and polls the page's probe until `until` holds.
 * @throws {Error} on timeout or a page error, with the probe's last state in the message.
 */
export async function runPage(browser: Browser, options: RunPageOptions): Promise<PageRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const requestedUrls: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (request) => requestedUrls.push(request.url()));
  try {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    const cdp = options.cpuFrom ? await context.newCDPSession(page) : undefined;
    await cdp?.send('Performance.enable');
    let cpuFrom: CpuSample | undefined;
    await page.goto(`${options.origin}/?mode=${options.mode}`);
    const deadline = Date.now() + options.timeoutMs;
    let started = options.mode === 'payload';
    for (;;) {
      const probe = await page.evaluate(() => window.__liveframeBench);
      if (probe.error !== undefined) throw new Error(`bench page error: ${probe.error}`);
      if (cdp && cpuFrom === undefined && options.cpuFrom?.(probe) === true) {
        cpuFrom = await sampleCpu(cdp, probe);
      }
      if (options.until(probe)) {
        const cpuTo = cdp && cpuFrom ? await sampleCpu(cdp, probe) : undefined;
        const resources = await page.evaluate(readResources);
        return {
          probe,
          resources,
          requestedUrls,
          consoleErrors,
          ...(cpuFrom && cpuTo ? { cpu: { from: cpuFrom, to: cpuTo } } : {}),
        };
      }
      if (!started && probe.states.at(-1)?.state === 'idle') {
        started = await clickStart(page);
      }
      if (Date.now() > deadline) {
        throw new Error(
          `bench page (${options.mode}) timed out after ${options.timeoutMs} ms; states ` +
            `${probe.states.map((change) => change.state).join(' > ') || 'none'}, ` +
            `${probe.timings.length} timings; console: ${consoleErrors.join(' | ') || 'none'}`,
        );
      }
      await page.waitForTimeout(POLL_MS);
    }
  } finally {
    await context.close();
  }
}

async function sampleCpu(cdp: CDPSession, probe: PageProbe): Promise<CpuSample> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = (name: string): number => {
    const metric = metrics.find((entry) => entry.name === name);
    if (metric === undefined) throw new Error(`Chromium reported no ${name} metric`);
    return metric.value;
  };
  return {
    mainThreadMs: seconds('ThreadTime') * 1000,
    processMs: seconds('ProcessTime') * 1000,
    probe,
  };
}

/** Clicks the component's start button, if it shows one; true once clicked. */
async function clickStart(page: Page): Promise<boolean> {
  const button = page.locator('[data-liveframe-state] button').first();
  if ((await button.count()) === 0) return false;
  await button.click();
  return true;
}

function readResources(): ResourceRecord[] {
  const entries = [
    ...performance.getEntriesByType('navigation'),
    ...performance.getEntriesByType('resource'),
  ] as PerformanceResourceTiming[];
  return entries.map((entry) => ({
    url: entry.name,
    initiatorType: entry.initiatorType,
    transferSize: entry.transferSize,
    encodedBodySize: entry.encodedBodySize,
    decodedBodySize: entry.decodedBodySize,
    startTime: entry.startTime,
    responseEnd: entry.responseEnd,
  }));
}
