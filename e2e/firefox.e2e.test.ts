// The demo as `pnpm preview` serves it, in Debian's Firefox ESR (headless, WebDriver BiDi through
// puppeteer-core), driven through the component's DOM contract only (`data-liveframe-state`,
// `role="status"` with `data-reason`), whichever face detector is the default, and the demo's
// result step (`data-step="result"`, `data-outcome`), which replaces the component on a pass. The
// camera is a canvas `captureStream()` drawing the fixture portrait once, or twice side by side.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoPreview } from './demo/start-demo-preview.js';
import { startDemoPreview } from './demo/start-demo-preview.js';
import { canvasCameraScript } from './firefox/canvas-camera.js';
import { launchFirefox } from './support/launch-firefox.js';
import { fixture } from './support/paths.js';

const WAIT_MS = 60_000;

let preview: DemoPreview;

beforeAll(async () => {
  preview = await startDemoPreview();
});

afterAll(async () => {
  await preview?.stop();
});

/** Records every state and reason the component shows, as the DOM contract exposes them. */
function recordContract() {
  const seen = { states: [] as string[], reasons: [] as string[], passed: false };
  (window as unknown as { liveframeSeen: typeof seen }).liveframeSeen = seen;
  const note = () => {
    const state = document
      .querySelector('[data-liveframe-state]')
      ?.getAttribute('data-liveframe-state');
    const reason = document
      .querySelector('[data-liveframe-state] [role="status"]')
      ?.getAttribute('data-reason');
    if (state && seen.states.at(-1) !== state) seen.states.push(state);
    if (reason && seen.reasons.at(-1) !== reason) seen.reasons.push(reason);
    // The demo shows its result step with a pass as soon as the answer comes.
    seen.passed ||= document.querySelector('[data-step="result"] [data-outcome="pass"]') !== null;
  };
  new MutationObserver(note).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-liveframe-state', 'data-reason', 'data-outcome'],
  });
}

interface Seen {
  states: string[];
  reasons: string[];
  passed: boolean;
}

interface Run {
  page: Page;
  /** Uncaught errors, and console errors and warnings, as text. */
  problems: string[];
  seen(): Promise<Seen>;
}

async function openSelfie(browser: Browser, faces: number): Promise<Run> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  await page.evaluateOnNewDocument(await canvasCameraScript(fixture('portrait.jpg'), faces));
  await page.evaluateOnNewDocument(`(${recordContract.toString()})()`);
  await page.goto(`${preview.origin}/?step=selfie`);
  await page.waitForSelector('[data-liveframe-state="idle"]', { timeout: WAIT_MS });
  await clickButton(page, 'Start camera');
  return {
    page,
    problems,
    seen: () => page.evaluate(() => (window as unknown as { liveframeSeen: Seen }).liveframeSeen),
  };
}

async function clickButton(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (label) =>
      [...document.querySelectorAll('[data-liveframe-state] button')].some(
        (button) => button.textContent?.trim() === label,
      ),
    { timeout: WAIT_MS },
    name,
  );
  await page.evaluate((label) => {
    const button = [
      ...document.querySelectorAll<HTMLButtonElement>('[data-liveframe-state] button'),
    ].find((b) => b.textContent?.trim() === label);
    button?.click();
  }, name);
}

/** Waits until the contract has shown `state` (or, with `reason`, that reason in framing). */
async function waitForSeen(run: Run, check: (seen: Seen) => boolean) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const seen = await run.seen();
    if (check(seen)) return seen;
    if (Date.now() > deadline) {
      throw new Error(`Not seen in time: ${JSON.stringify(seen)}\n${run.problems.join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('Firefox ESR, with WebGL (as on a desktop with a GPU)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchFirefox();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('passes with one face, with no warning or error in the console', async () => {
    const run = await openSelfie(browser, 1);
    const seen = await waitForSeen(run, (s) => s.passed);
    expect(seen.states).toEqual(expect.arrayContaining(['framing', 'submitting']));
    expect(run.problems).toEqual([]);
    await run.page.close();
  });

  it('says MULTIPLE_FACES with two faces in the frame', async () => {
    const run = await openSelfie(browser, 2);
    const seen = await waitForSeen(run, (s) => s.reasons.includes('MULTIPLE_FACES'));
    expect(seen.passed).toBe(false);
    expect(run.problems).toEqual([]);
    await run.page.close();
  });
});

describe('Firefox ESR without WebGL', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchFirefox({ webgl: false });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('still guides and passes: a detector that cannot run there leaves light and sharpness checks', async () => {
    const run = await openSelfie(browser, 1);
    await waitForSeen(run, (s) => s.states.includes('framing'));
    // With no usable detector, capture is manual; with one, it is automatic.
    const manual = run.page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('[data-liveframe-state="framing"] button')].some(
            (b) => b.textContent?.trim() === 'Take photo',
          ),
        { timeout: WAIT_MS },
      )
      .then(() => true)
      .catch(() => false);
    const passed = waitForSeen(run, (s) => s.passed).then(() => false);
    if (await Promise.race([manual, passed])) await clickButton(run.page, 'Take photo');
    await waitForSeen(run, (s) => s.passed);
    // At most one warning, the detector's own (none when the default detector needs no WebGL).
    expect(run.problems.length).toBeLessThanOrEqual(1);
    for (const problem of run.problems)
      expect(problem).toMatch(/^warn: \[liveframe\] The face detector/);
    await run.page.close();
  });
});
