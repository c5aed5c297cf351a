import type { Page } from 'playwright-core';

/**
 * Records the URL of every request `page` makes from now on (documents, scripts, fetches, wasm,
 * workers), whether or not it succeeds. Read the array at any time.
 */
export function recordPageRequests(page: Page): readonly string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** The URLs not on `origin` (`data:` and `blob:` URLs stay on the page, so they pass). */
export function requestsOffOrigin(urls: readonly string[], origin: string): string[] {
  return urls.filter((url) => {
    const { protocol, origin: urlOrigin } = new URL(url);
    return protocol !== 'data:' && protocol !== 'blob:' && urlOrigin !== origin;
  });
}
