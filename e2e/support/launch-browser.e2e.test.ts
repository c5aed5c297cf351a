import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFakeVideo } from './fake-video.js';
import { launchBrowser } from './launch-browser.js';
import { fixture } from './paths.js';
import type { TestPageServer } from './serve-page.js';
import { serveTestPage } from './serve-page.js';

let server: TestPageServer;

beforeAll(async () => {
  server = await serveTestPage('detector');
});

afterAll(async () => {
  await server?.close();
});

/** What `getUserMedia` gives the page: the track's size, or the error's name. */
async function openCamera(options: Parameters<typeof launchBrowser>[0]): Promise<string> {
  const browser = await launchBrowser(options);
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    return await page.evaluate(async () => {
      try {
        const stream = await navigator.mediaDevices.getUserMedia({ video: true });
        const { width, height } = stream.getVideoTracks()[0]!.getSettings();
        stream.getTracks().forEach((track) => track.stop());
        return `${width}x${height}`;
      } catch (error) {
        return (error as Error).name;
      }
    });
  } finally {
    await browser.close();
  }
}

describe('launchBrowser', () => {
  it('gives the page a camera playing the fake video', async () => {
    const video = await makeFakeVideo(fixture('portrait.jpg'));
    expect(await openCamera({ fakeVideo: video })).toBe('640x480');
  });

  it('denies the camera when asked to', async () => {
    expect(await openCamera({ denyCamera: true })).toBe('NotAllowedError');
  });

  it('records every request the served page makes', () => {
    expect(server.requests.map((r) => `${r.status} ${r.method} ${r.url}`)).toContain('200 GET /');
  });
});
