import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ConsoleMessage, Page } from 'playwright-core';
import type { IndexEntry } from './story-index.js';

/** Storybook's preview events the test listens to (names from `storybook/internal/core-events`). */
const FAILURE_EVENTS = [
  'storyErrored',
  'storyMissing',
  'storyThrewException',
  'playFunctionThrewException',
  'unhandledErrorsWhilePlaying',
] as const;
const DONE_EVENTS = ['storyFinished', 'docsRendered'] as const;

interface PreviewEvent {
  type: string;
  payload: unknown;
}

declare global {
  interface Window {
    __liveframeStorybookEvents?: PreviewEvent[];
  }
}

/**
 * Records Storybook's preview events into `window.__liveframeStorybookEvents`: hooks the
 * preview's channel as soon as Storybook publishes it, before any story renders. Call once per
 * page, before the first navigation.
 */
export async function recordPreviewEvents(page: Page): Promise<void> {
  const types = [...FAILURE_EVENTS, ...DONE_EVENTS];
  await page.addInitScript((eventTypes: string[]) => {
    const events: PreviewEvent[] = [];
    window.__liveframeStorybookEvents = events;
    let channel: unknown;
    Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      get: () => channel,
      set(value: { on(type: string, listener: (payload: unknown) => void): void }) {
        channel = value;
        for (const type of eventTypes) value.on(type, (payload) => events.push({ type, payload }));
      },
    });
  }, types);
}

/** What happened while a story or docs page rendered. */
export interface StoryOutcome {
  /**
   * Uncaught exceptions, console errors, failed play functions, render errors; empty when all
   * went well.
   */
  failures: string[];
}

/**
 * Opens a story (or docs page) alone in Storybook's `iframe.html` and waits until Storybook says
 * it is done: rendered and its play function finished (`storyFinished`), or the docs rendered.
 * The a11y addon's own run is switched off (`a11y.manual`): the test runs axe itself.
 */
export async function openStory(
  page: Page,
  origin: string,
  entry: IndexEntry,
  timeoutMs: number,
): Promise<StoryOutcome> {
  const pageErrors: string[] = [];
  const onPageError = (error: Error) => pageErrors.push(`uncaught: ${error.message}`);
  // Failed loads are judged from the requests (same origin, no 404); every other console
  // error (React warnings, logged exceptions) fails the story.
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      pageErrors.push(`console.error: ${message.text()}`);
    }
  };
  page.on('pageerror', onPageError);
  page.on('console', onConsole);
  try {
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    const url = `${origin}/iframe.html?id=${entry.id}&viewMode=${viewMode}&globals=a11y.manual:!true`;
    await page.goto(url);
    const done = entry.type === 'docs' ? 'docsRendered' : 'storyFinished';
    await page.waitForFunction(
      ([doneType, failures]) =>
        (window.__liveframeStorybookEvents ?? []).some(
          (event) => event.type === doneType || failures.includes(event.type),
        ),
      [done, FAILURE_EVENTS as readonly string[]] as const,
      { timeout: timeoutMs },
    );
    const events = await page.evaluate(() => window.__liveframeStorybookEvents ?? []);
    const failures = events
      .filter((event) => (FAILURE_EVENTS as readonly string[]).includes(event.type))
      .map((event) => `${event.type}: ${JSON.stringify(event.payload).slice(0, 2000)}`);
    return { failures: [...failures, ...pageErrors] };
  } finally {
    page.off('pageerror', onPageError);
    page.off('console', onConsole);
  }
}

const require = createRequire(import.meta.url);
let axeSource: Promise<string> | undefined;

/** A violation axe-core found: its rule, impact and the elements concerned. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** The part of axe-core's API the test uses (it runs in the page, injected). */
interface AxeRunner {
  run(
    context: Element | Document,
    options: { runOnly: { type: 'tag'; values: string[] } },
  ): Promise<{
    violations: {
      id: string;
      impact?: string | null;
      help: string;
      nodes: { target: unknown[] }[];
    }[];
  }>;
}

/**
 * Runs axe-core (injected from `node_modules`, never a CDN) on the page, WCAG 2.x A and AA rules
 * plus best practices, and returns the serious and critical violations.
 */
export async function seriousAxeViolations(page: Page, selector: string): Promise<AxeViolation[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: await axeSource });
  return page.evaluate(async (context) => {
    const { axe } = window as unknown as { axe: AxeRunner };
    const result = await axe.run(document.querySelector(context) ?? document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
  }, selector);
}
