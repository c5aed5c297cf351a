import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page, Response } from 'playwright-core';
import type { AxeViolation } from '../storybook/open-story.js';
import { seriousAxeViolations } from '../storybook/open-story.js';
import { repoRoot } from '../support/paths.js';
import { recordPageRequests } from '../support/record-page-requests.js';

/** Screenshots of every step, one file per viewport and step: the CI artifact folder. */
export const SCREENSHOT_DIR = join(repoRoot, 'test-results', 'demo');

/** The two screens the demo is designed for. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

/**
 * Longest wait for anything on the page (a step, a state, an answer): the detector's wasm
 * compiles slowly on a loaded 2-core machine.
 */
export const WAIT_MS = 60_000;

/**
 * Chromium's own note on the MediaPipe detector's WebGL read-back (`[.WebGL-0x…]GL Driver Message
 * (OpenGL, Performance, …): GPU stall due to ReadPixels`): written by the browser, not by any
 * script, so no page code can hold it back. Every other error or warning counts.
 */
const CHROMIUM_WEBGL_PERFORMANCE_NOTE =
  /^\[\.WebGL-0x[0-9a-f]+\]GL Driver Message \([^,]+, Performance, /;

/** One page of the demo in its own browser context, with what it did recorded. */
export interface DemoPage {
  readonly page: Page;
  readonly viewport: ViewportName;
  /** Every URL the page requested. */
  readonly requests: readonly string[];
  /**
   * Uncaught errors, and every `console.error` and `console.warn` message: a normal run logs
   * none, the detector runtime's notes included.
   */
  readonly errors: readonly string[];
  /** Responses of 400 and above, as `status METHOD path`. */
  readonly failedResponses: readonly string[];
  /** The page's `POST /api/liveness` requests, counted as they are sent. */
  livenessPosts(): number;
  /** The next answer of `POST /api/liveness`; call before the action that sends it. */
  nextLivenessAnswer(): Promise<Response>;
  /** Serious and critical axe violations on the whole page, then a full-page screenshot. */
  checkStep(name: string): Promise<AxeViolation[]>;
  close(): Promise<void>;
}

const isLivenessPost = (origin: string) => (method: string, url: string) =>
  method === 'POST' && url.split('?')[0] === `${origin}/api/liveness`;

/** Opens `path` of the demo at `origin` in a fresh English context at the given viewport. */
export async function openDemo(
  browser: Browser,
  origin: string,
  viewport: ViewportName,
  path: string,
): Promise<DemoPage> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    locale: 'en-US',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(WAIT_MS);
  const page = await context.newPage();
  const requests = recordPageRequests(page);
  const errors: string[] = [];
  const failedResponses: string[] = [];
  const isLiveness = isLivenessPost(origin);
  let posts = 0;
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    const type = message.type();
    const text = message.text();
    if (type === 'warning' && CHROMIUM_WEBGL_PERFORMANCE_NOTE.test(text)) return;
    if (type === 'error' || type === 'warning') errors.push(`${type}: ${text}`);
  });
  page.on('request', (request) => {
    if (isLiveness(request.method(), request.url())) posts += 1;
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      const { pathname } = new URL(response.url());
      failedResponses.push(`${response.status()} ${response.request().method()} ${pathname}`);
    }
  });
  await page.goto(`${origin}${path}`);

  return {
    page,
    viewport,
    requests,
    errors,
    failedResponses,
    livenessPosts: () => posts,
    nextLivenessAnswer() {
      const answer = page.waitForResponse(
        (response) => isLiveness(response.request().method(), response.url()),
        { timeout: WAIT_MS },
      );
      // Handled here too, so a test that fails before awaiting it leaves no unhandled rejection.
      answer.catch(() => {});
      return answer;
    },
    async checkStep(name) {
      const violations = await seriousAxeViolations(page, 'html');
      await page.screenshot({
        path: join(SCREENSHOT_DIR, `${viewport}-${name}.png`),
        fullPage: true,
        animations: 'disabled',
      });
      return violations;
    },
    close: () => context.close(),
  };
}
