// `pnpm bench:detectors`: MediaPipe Tasks Vision and BlazeFace on TensorFlow.js (wasm, SIMD)
// side by side, in one run of headless Chromium, on every fixture image and variant.
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { launchBrowser } from '../../../e2e/support/launch-browser.js';
import {
  recordPageRequests,
  requestsOffOrigin,
} from '../../../e2e/support/record-page-requests.js';
import { serveBench } from '../browser/bench-server.js';
import {
  benchCacheDir,
  benchDir,
  coreAssetsDir,
  fixtureImagesDir,
  repoRoot,
  resultsDir,
} from '../paths.js';
import { measureBundle } from '../weight/measure-bundle.js';
import { compareRuns, medianDetectMs } from './compare-results.js';
import { makeDetectorFrames, SIZES } from './detector-frames.js';
import type { DetectorName, DetectorRun, FrameSpec } from './page/compare-types.js';
import { DETECTORS } from './page/compare-types.js';

const ITERATIONS = Number(process.env.DETECTOR_BENCH_ITERATIONS ?? 100);

const ASSETS: Record<DetectorName, readonly string[]> = {
  mediapipe: [
    'vision_wasm_internal.js',
    'vision_wasm_internal.wasm',
    'face_detection_short_range.tflite',
  ],
  blazeface: [
    'blazeface_short_range.json',
    'blazeface_short_range.bin',
    'tfjs-backend-wasm-simd.wasm',
  ],
};

const METHOD = [
  `Frames: every image of ../shared/fixtures/images in every fake-camera variant of the browser tests (original, dark, bright, blurred, far, off-centre, two-faces): the first frame of e2e/support/fake-video.ts's 640x480 clip, and that frame scaled to 320x240 (what the session's frame reader gives the detector) and to cover 1280x720; PNG stills.`,
  `Page: bench/src/detectors/page, a Vite production build resolving @liveframe/core to its sources, served gzipped (HTML, JS, JSON, wasm) on 127.0.0.1 by bench/src/browser/bench-server.ts; headless /usr/bin/chromium --disable-gpu.`,
  `Each detector in its own fresh page, loaded once with its defaults (minDetectionConfidence 0.6, MediaPipe on CPU); each frame decoded to an ImageBitmap at its full size and passed to detect() ${5 + ITERATIONS} times: 5 warm-up calls, then ${ITERATIONS} timed with performance.now(); faces are those of the last call. Per size, the median of all timed calls pooled over the frames.`,
  `Faces: counts per frame; boxes paired left to right; deviation = largest distance between matching edges (left, top, right, bottom), as % of the frame width, reference MediaPipe.`,
  `Weight: each detector entry of @liveframe/core bundled by esbuild (ESM, minified, splitting, browser) with its lazy chunks, each file gzipped at level 9; plus its run-time assets from packages/core/assets, gzipped at level 9. The page's own requests are checked to stay on its origin.`,
];

async function buildPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(benchDir, 'src', 'detectors', 'page'),
    logLevel: 'error',
    mode: 'production',
    resolve: { conditions: ['source', 'module', 'browser', 'production'] },
    build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
  });
}

async function assetBytes(detector: DetectorName) {
  const files = await Promise.all(
    ASSETS[detector].map(async (file) => {
      const bytes = await readFile(join(coreAssetsDir, file));
      return {
        file,
        rawBytes: bytes.byteLength,
        gzipBytes: gzipSync(bytes, { level: 9 }).byteLength,
      };
    }),
  );
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}

async function jsBytes(detector: DetectorName) {
  const size = await measureBundle({
    entry: join(benchDir, 'src', 'detectors', 'entries', `${detector}.ts`),
    external: [],
    conditions: ['source'],
  });
  return size.initialGzipBytes + size.lazyGzipBytes;
}

function revision(): string {
  const git = (...args: string[]) =>
    spawnSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).stdout.trim();
  const head = git('rev-parse', '--short', 'HEAD') || 'unknown';
  return git('status', '--porcelain', '--untracked-files=no', '--', 'packages', 'bench') === ''
    ? head
    : `${head}+changes`;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} KB`;

async function main(): Promise<void> {
  const loadBefore = loadavg();
  console.info('bench:detectors: making frames, building the page');
  const cacheDir = join(benchCacheDir, 'detectors');
  const frames = await makeDetectorFrames(fixtureImagesDir, join(cacheDir, 'frames'));
  const pageDir = join(cacheDir, 'page');
  await buildPage(pageDir);
  await mkdir(join(pageDir, 'frames'), { recursive: true });
  for (const frame of frames)
    await copyFile(frame.path, join(pageDir, 'frames', basename(frame.path)));
  const specs: FrameSpec[] = frames.map((f) => ({
    name: f.name,
    url: `/frames/${basename(f.path)}`,
  }));

  const server = await serveBench(pageDir);
  const browser = await launchBrowser();
  const runs = new Map<DetectorName, DetectorRun>();
  const offOrigin: string[] = [];
  try {
    for (const detector of DETECTORS) {
      console.info(`bench:detectors: ${detector}, ${frames.length} frames x ${ITERATIONS}`);
      const page = await browser.newPage();
      const requests = recordPageRequests(page);
      await page.goto(server.origin);
      const run = await page.evaluate(
        ({ detector, specs, iterations }) => window.comparePage.run(detector, specs, iterations),
        { detector, specs, iterations: ITERATIONS },
      );
      runs.set(detector, run);
      offOrigin.push(...requestsOffOrigin(requests, server.origin));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const loadAfter = loadavg();
  const reference = runs.get('mediapipe')!;
  const candidate = runs.get('blazeface')!;
  const comparisons = compareRuns(reference, candidate);
  const weight = Object.fromEntries(
    await Promise.all(
      DETECTORS.map(async (d) => {
        const [js, assets] = await Promise.all([jsBytes(d), assetBytes(d)]);
        return [d, { jsGzipBytes: js, assets, totalGzipBytes: js + assets.gzipBytes }] as const;
      }),
    ),
  );
  const timing = SIZES.map(({ width, height }) => {
    const mp = medianDetectMs(reference, width);
    const bf = medianDetectMs(candidate, width);
    return { size: `${width}x${height}`, mediapipeMs: mp, blazefaceMs: bf, ratio: bf / mp };
  });
  const mismatches = comparisons.filter((c) => c.referenceFaces !== c.candidateFaces);
  const deviations = comparisons.flatMap((c) =>
    c.maxEdgeDeviationPct === null ? [] : [c.maxEdgeDeviationPct],
  );
  const maxDeviation = Math.max(...deviations);

  console.info('\nMethod:');
  for (const line of METHOD) console.info(`- ${line}`);
  console.info(`\nFaces per frame (MediaPipe / BlazeFace-tfjs, max edge deviation % of width):`);
  for (const c of comparisons) {
    const dev = c.maxEdgeDeviationPct === null ? '-' : `${c.maxEdgeDeviationPct.toFixed(2)}%`;
    const flag =
      c.referenceFaces === c.candidateFaces
        ? ''
        : `  MISMATCH (scores ${c.referenceScores.join(',') || '-'} / ${c.candidateScores.join(',') || '-'}, threshold 0.6)`;
    console.info(
      `  ${c.frame.padEnd(34)} ${c.referenceFaces} / ${c.candidateFaces}  ${dev}${flag}`,
    );
  }
  console.info(
    `\nSame face count on ${comparisons.length - mismatches.length} of ${comparisons.length} frames; largest box deviation ${maxDeviation.toFixed(2)}% of frame width.`,
  );
  console.info('\nMedian detect() ms (MediaPipe / BlazeFace-tfjs, ratio):');
  for (const t of timing) {
    console.info(
      `  ${t.size.padEnd(10)} ${t.mediapipeMs.toFixed(2)} / ${t.blazefaceMs.toFixed(2)}  ${t.ratio.toFixed(2)}x`,
    );
  }
  console.info(
    '\nLoad ms (local server): ' +
      DETECTORS.map((d) => `${d} ${runs.get(d)!.loadMs.toFixed(0)}`).join(', '),
  );
  console.info('\nWeight, gzipped (JS + assets = total):');
  for (const d of DETECTORS) {
    const w = weight[d]!;
    console.info(
      `  ${d.padEnd(10)} ${kb(w.jsGzipBytes)} + ${kb(w.assets.gzipBytes)} = ${kb(w.totalGzipBytes)}`,
    );
  }
  console.info(`\nRequests off the page origin: ${offOrigin.length}`);
  console.info(
    `Load average (1 min) ${loadBefore[0]!.toFixed(2)} before, ${loadAfter[0]!.toFixed(2)} after; ${cpus().length} CPUs shared with other work.`,
  );

  const result = {
    name: 'detectors',
    title: 'Face detectors side by side: MediaPipe Tasks Vision vs BlazeFace on TensorFlow.js wasm',
    measuredAt: new Date().toISOString(),
    revision: revision(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      loadAverage1mBefore: loadBefore[0],
      loadAverage1mAfter: loadAfter[0],
      node: process.version,
      chromium: '/usr/bin/chromium',
    },
    method: METHOD,
    figures: {
      frames: comparisons.length,
      sameFaceCount: comparisons.length - mismatches.length,
      maxBoxDeviationPctOfWidth: maxDeviation,
      timing,
      weight,
      requestsOffOrigin: offOrigin.length,
    },
    data: {
      comparisons,
      runs: [...runs.values()].map((r) => ({
        ...r,
        frames: r.frames.map(({ detectMs, ...rest }) => ({
          ...rest,
          medianMs: medianDetectMs({ ...r, frames: [{ ...rest, detectMs }] }, rest.width),
        })),
      })),
    },
  };
  await mkdir(resultsDir, { recursive: true });
  await writeFile(join(resultsDir, 'detectors.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.info('bench:detectors: wrote bench/results/detectors.json');
  if (mismatches.length > 0 || offOrigin.length > 0) process.exitCode = 1;
}

await main();
