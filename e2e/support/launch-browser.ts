import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';

/** The system Chromium; browser tests never download one. */
export const CHROMIUM_PATH = process.env.LIVEFRAME_CHROMIUM ?? '/usr/bin/chromium';

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-fake-device-for-media-stream',
];

export interface LaunchBrowserOptions {
  /** A `.y4m` file the fake camera plays in a loop (see `makeFakeVideo`). Default: Chromium's test pattern. */
  fakeVideo?: string;
  /** Answer the camera permission prompt with "block". Default: `false` (allow). */
  denyCamera?: boolean;
  /** More command-line switches, e.g. `hostArgs(name, port)`. Default: none. */
  args?: readonly string[];
}

/**
 * Switches that make `http://<hostname>:<port>` reach 127.0.0.1 and count as a secure context
 * (camera allowed), as a page on a real host would: no localhost shortcuts.
 */
export function hostArgs(hostname: string, port: number): string[] {
  return [
    `--host-resolver-rules=MAP ${hostname} 127.0.0.1`,
    `--unsafely-treat-insecure-origin-as-secure=http://${hostname}:${port}`,
  ];
}

/**
 * Headless Chromium with a fake camera and a throw-away profile (Playwright creates and removes
 * it). Close the browser when done.
 */
export async function launchBrowser(options: LaunchBrowserOptions = {}): Promise<Browser> {
  const args = [
    ...BASE_ARGS,
    options.denyCamera === true
      ? '--use-fake-ui-for-media-stream=deny'
      : '--use-fake-ui-for-media-stream',
  ];
  if (options.fakeVideo !== undefined) {
    args.push(`--use-file-for-fake-video-capture=${options.fakeVideo}`);
  }
  args.push(...(options.args ?? []));
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args });
}
