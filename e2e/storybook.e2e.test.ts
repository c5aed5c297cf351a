import { REASON_CODES } from '@liveframe/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStorybook } from './storybook/build-storybook.js';
import type { StoryOutcome } from './storybook/open-story.js';
import { openStory, recordPreviewEvents, seriousAxeViolations } from './storybook/open-story.js';
import type { StaticServer } from './storybook/serve-directory.js';
import { serveDirectory } from './storybook/serve-directory.js';
import { readStoryIndex, reasonOfStory } from './storybook/story-index.js';
import { launchBrowser } from './support/launch-browser.js';
import { recordPageRequests, requestsOffOrigin } from './support/record-page-requests.js';

// One Storybook build, one static server, one browser and one page for every story: each story
// is opened alone in Storybook's iframe, must finish (render and play function) without an
// error, have no serious or critical axe violation, show its reason code when it is a reason
// story, and make no request off the page's origin.
const storybook = await buildStorybook();
const entries = await readStoryIndex(storybook.dir);
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');

const STORY_TIMEOUT_MS = 30_000;

let server: StaticServer;
let browser: Browser;
let page: Page;
let requests: readonly string[];

beforeAll(async () => {
  server = await serveDirectory(storybook.dir);
  browser = await launchBrowser();
  // MSW's service worker unregisters itself when its last page goes away; with one page
  // navigating from story to story that races the next story's registration ("Failed to update
  // a ServiceWorker ... Not found"). A second page, left on a quiet story, keeps it registered,
  // as the Storybook UI does.
  const anchor = await browser.newPage();
  await recordPreviewEvents(anchor);
  const quiet = stories.find((story) => story.id.endsWith('--idle')) ?? stories[0];
  if (quiet) await openStory(anchor, server.origin, quiet, STORY_TIMEOUT_MS);
  page = await browser.newPage();
  requests = recordPageRequests(page);
  await recordPreviewEvents(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await storybook.dispose();
});

async function expectClean(outcome: StoryOutcome, selector: string): Promise<void> {
  expect(outcome.failures).toEqual([]);
  expect(await seriousAxeViolations(page, selector)).toEqual([]);
  expect(requestsOffOrigin(requests, server.origin)).toEqual([]);
  // Chromium asks for /favicon.ico on its own; Storybook's iframe has none.
  expect(server.notFound.filter((path) => path !== '/favicon.ico')).toEqual([]);
}

describe('Storybook', () => {
  it('has a story for every reason code, named with the code', () => {
    const covered = stories.map((story) => reasonOfStory(story.id)).filter(Boolean);
    expect([...covered].sort()).toEqual([...REASON_CODES].sort());
  });

  it.each(stories.map((story) => [story.id, story] as const))(
    'story %s renders and settles without errors or serious a11y violations',
    async (_id, story) => {
      const outcome = await openStory(page, server.origin, story, STORY_TIMEOUT_MS);
      await expectClean(outcome, '#storybook-root');
      const reason = reasonOfStory(story.id);
      if (reason !== null) {
        await expect.poll(() => page.getAttribute('[role="status"]', 'data-reason')).toBe(reason);
      }
      await expect.poll(() => page.locator('[data-liveframe-state]').count()).toBeGreaterThan(0);
    },
    STORY_TIMEOUT_MS * 2,
  );

  it.each(docs.map((entry) => [entry.id, entry] as const))(
    'docs page %s renders without errors or serious a11y violations',
    async (_id, entry) => {
      const outcome = await openStory(page, server.origin, entry, STORY_TIMEOUT_MS);
      await expectClean(outcome, '#storybook-docs');
    },
    STORY_TIMEOUT_MS * 2,
  );
});
