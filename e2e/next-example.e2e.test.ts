// apps/next-example as an integrator deploys it: `next build` without Dojah credentials, `next
// start` on PORT, opened through a hostname that is not localhost (app.example.test, mapped to
// 127.0.0.1 by Chromium) with the fixture portrait as the camera, through to `passed` with the
// simulator. Then the route's rate limit, with clients told apart by X-Forwarded-For.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NextExampleServer } from './next-example/start-next-example.js';
import { buildNextExample, startNextExample } from './next-example/start-next-example.js';
import { makeFakeVideo } from './support/fake-video.js';
import { hostArgs, launchBrowser } from './support/launch-browser.js';
import { fixture } from './support/paths.js';
import { recordPageRequests, requestsOffOrigin } from './support/record-page-requests.js';

const HOSTNAME = 'app.example.test';
const WAIT_MS = 60_000;

let server: NextExampleServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  const build = await buildNextExample();
  expect(build).toMatch(/Turbopack/);
  server = await startNextExample();
  origin = `http://${HOSTNAME}:${server.port}`;
  browser = await launchBrowser({
    fakeVideo: await makeFakeVideo(fixture('portrait.jpg'), 'original'),
    args: hostArgs(HOSTNAME, server.port),
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the Next.js example', () => {
  it('reaches passed at a non-localhost origin, with nothing requested off that origin', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests = recordPageRequests(page);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    try {
      await page.goto(`${origin}/`);
      expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
      await page.getByRole('button', { name: 'Start camera' }).click();
      await page.waitForSelector('[data-liveframe-state="passed"]', { timeout: WAIT_MS });
      await expect.poll(() => page.title()).toBe('Verified');
      expect(problems).toEqual([]);
      expect(requests.some((url) => url === `${origin}/api/capture-token`)).toBe(true);
      expect(requests.some((url) => url === `${origin}/api/liveness`)).toBe(true);
      expect(requestsOffOrigin(requests, origin)).toEqual([]);
    } finally {
      await context.close();
    }
    expect(server.output()).toContain('"path":"/api/liveness","status":200');
  });

  it('gives clients behind different forwarded addresses their own rate-limit bucket', async () => {
    // As a proxy in front of `next start` would send them: the page's host, the client's address.
    const post = (client: string) =>
      fetch(`http://127.0.0.1:${server.port}/api/liveness`, {
        method: 'POST',
        headers: {
          Origin: origin,
          'X-Forwarded-Host': `${HOSTNAME}:${server.port}`,
          'X-Forwarded-Proto': 'http',
          'X-Forwarded-For': client,
          // No capture token: refused (401) after the rate limit counts it, with no upstream call.
          'Content-Type': 'text/plain',
        },
        body: 'not an image',
      });
    const first = [];
    for (let i = 0; i < 30; i += 1) first.push((await post('203.0.113.10')).status);
    expect(new Set(first)).toEqual(new Set([401]));
    const over = await post('203.0.113.10');
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await post('198.51.100.20')).status).toBe(401);
    expect((await post('203.0.113.10')).status).toBe(429);
  });
});
