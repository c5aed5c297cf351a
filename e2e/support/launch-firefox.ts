import type { Browser } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';

/** Debian's Firefox ESR; browser tests never download one. */
export const FIREFOX_PATH = process.env.LIVEFRAME_FIREFOX ?? '/usr/bin/firefox-esr';

export interface LaunchFirefoxOptions {
  /**
   * Software WebGL (Mesa llvmpipe through EGL), as a desktop Firefox with a GPU has WebGL.
   * Headless Firefox on a machine without a GPU otherwise has none. Default: `true`.
   */
  webgl?: boolean;
}

/**
 * Headless Firefox over WebDriver BiDi with a fake camera allowed without a prompt, and a
 * throw-away profile (Puppeteer's temporary one). Close the browser when done.
 */
export function launchFirefox(options: LaunchFirefoxOptions = {}): Promise<Browser> {
  const webgl = options.webgl ?? true;
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      'media.navigator.streams.fake': true,
      'media.navigator.permission.disabled': true,
      ...(webgl ? { 'webgl.force-enabled': true } : { 'webgl.disabled': true }),
    },
    env: {
      ...process.env,
      ...(webgl ? { MOZ_WEBGL_FORCE_EGL: '1', LIBGL_ALWAYS_SOFTWARE: '1' } : {}),
    },
  });
}
