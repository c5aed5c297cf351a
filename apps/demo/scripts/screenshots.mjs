// Screenshots of each step of the demo, for the README, in headless Chromium with a fake camera
// made from the fixture portrait. Serve the demo first (`pnpm preview`), then from the repo root:
//
//   node apps/demo/scripts/screenshots.mjs [http://127.0.0.1:4173] [out-dir]
//
// Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and ffmpeg. The fake camera file is
// written under .cache/; pictures go to docs/screenshots/ unless out-dir is given.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const baseUrl = process.argv[2] ?? 'http://127.0.0.1:4173';
const outDir = resolve(process.argv[3] ?? join(repo, 'docs/screenshots'));
const cacheDir = join(repo, '.cache/demo-screenshots');
const portrait = join(repo, '..', 'shared', 'fixtures', 'images', 'portrait.jpg');
const fixture = process.env.PORTRAIT ?? (existsSync(portrait) ? portrait : undefined);
if (fixture === undefined) throw new Error('Set PORTRAIT to a face photo for the fake camera.');

mkdirSync(outDir, { recursive: true });
mkdirSync(cacheDir, { recursive: true });

// A 640 x 480 webcam: the portrait scaled to the width, cropped from the top so the face sits
// near the centre.
const camera = join(cacheDir, 'portrait.y4m');
execFileSync('ffmpeg', [
  ...['-v', 'error', '-y', '-loop', '1', '-framerate', '15', '-i', fixture, '-t', '2'],
  ...['-vf', 'scale=640:-2,crop=640:480:0:0,format=yuv420p', '-f', 'yuv4mpegpipe', camera],
]);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${camera}`,
  ],
});

const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 860 },
};

// The pictures the READMEs show go to out-dir; the others stay in .cache/ for a look.
const PUBLISHED = new Set([
  'phone-2-consent',
  'phone-3-selfie',
  'phone-3-selfie-ar',
  'phone-4-result',
  'phone-5-retry-fr',
  'desktop-1-welcome',
  'desktop-4-result',
]);

/** Saves a screenshot, then shrinks it to a 256-colour PNG with ffmpeg (a few times smaller). */
async function shoot(page, name, options = {}) {
  const raw = join(cacheDir, `${name}.raw.png`);
  const file = join(PUBLISHED.has(name) ? outDir : cacheDir, `${name}.png`);
  await page.screenshot({ path: raw, animations: 'disabled', ...options });
  execFileSync('ffmpeg', [
    ...['-v', 'error', '-y', '-i', raw, '-vf'],
    'split[a][b];[a]palettegen=max_colors=256:stats_mode=diff[p];[b][p]paletteuse=dither=none',
    file,
  ]);
  console.info(`${file}  ${Math.round(statSync(file).size / 1024)} KB`);
}

const state = (page, value) =>
  page.locator(`[data-liveframe-state="${value}"]`).waitFor({ timeout: 60_000 });

/** Presses the component's start button, in any of its languages. */
const startCamera = (page) =>
  page
    .getByRole('button', {
      name: /^(Start camera|Activer la caméra|تشغيل الكاميرا|Ligar a câmara|Washa kamera)$/,
    })
    .click();

try {
  for (const [device, viewport] of Object.entries(viewports)) {
    const context = await browser.newContext({ viewport, locale: 'en-US' });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[${device}] page error: ${error.message}`));

    await page.goto(baseUrl);
    await page.locator('[data-step="welcome"]').waitFor();
    await shoot(page, `${device}-1-welcome`);

    await page.getByRole('button', { name: 'Get started' }).click();
    await page.locator('[data-step="consent"]').waitFor();
    await page.getByRole('checkbox').check();
    await shoot(page, `${device}-2-consent`, { fullPage: device === 'phone' });

    await page.getByRole('button', { name: 'Continue to the selfie' }).click();
    await page.locator('[data-step="selfie"]').waitFor();
    await shoot(page, `${device}-3-selfie-start`);
    await startCamera(page);
    await state(page, 'framing');
    await page
      .locator('[data-liveframe-state="framing"] [role="status"]')
      .filter({ hasText: /hold still/i })
      .waitFor();
    await shoot(page, `${device}-3-selfie`);

    await page.locator('[data-step="result"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-step="result"] img').waitFor();
    await shoot(page, `${device}-4-result`, { fullPage: true });

    await page.goto(`${baseUrl}/?step=selfie&scenario=spoof&lang=fr`);
    await startCamera(page);
    await state(page, 'retry');
    await shoot(page, `${device}-5-retry-fr`, { fullPage: true });

    // Arabic, right to left: the selfie step once framing is good ("ممتاز، يُرجى الثبات").
    await page.goto(`${baseUrl}/?step=selfie&lang=ar`);
    await startCamera(page);
    await state(page, 'framing');
    await page
      .locator('[data-liveframe-state="framing"] [role="status"]')
      .filter({ hasText: 'يُرجى الثبات' })
      .waitFor();
    await shoot(page, `${device}-3-selfie-ar`);
    await context.close();
  }
} finally {
  await browser.close();
}
