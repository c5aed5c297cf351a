import { BUDGETS, checkTrue, checkUnder } from '../report/budgets.js';
import { formatBytes, formatMs } from '../report/format.js';
import type { BenchSection, Figure } from '../report/section.js';
import { median, summarize } from '../report/stats.js';
import { WARM_UP_MS } from './analysis-metrics.js';
import type { BrowserMeasurements } from './browser-bench.js';
import { RUNS, STEADY_WINDOW_MS } from './browser-bench.js';
import { BENCH_CAMERA } from './fake-camera.js';

const CAMERA = `headless Chromium (/usr/bin/chromium, --disable-gpu), fake camera ${BENCH_CAMERA.width}x${BENCH_CAMERA.height} ${BENCH_CAMERA.fps} fps from the portrait fixture`;
const PAGE =
  'bench page built by Vite (production) from the built packages, served gzipped on 127.0.0.1 with the simulator proxy; each run in a fresh browser context (cold cache)';

/** A caveat when other work competed for the CPU during the browser runs. */
export function loadNotes(measured: BrowserMeasurements): string[] {
  const { cores, before, after } = measured.load;
  const peak = Math.max(before, after);
  if (peak <= cores) return [];
  return [
    `the machine was busy: 1-minute load average ${before.toFixed(1)} before and ${after.toFixed(1)} after the browser runs (this benchmark's own build and browser count too), on ${cores} cores; wall-clock timings may be inflated by competition for the CPU (the CPU-time figures much less)`,
  ];
}

const describeTasks = (tasks: readonly { duration: number }[]): string =>
  tasks.length === 0
    ? '0'
    : `${tasks.length} (longest ${formatMs(Math.max(...tasks.map((task) => task.duration)))})`;

/** The median of the known values, formatted as ms, or "not measured". */
function optionalMedian(values: readonly (number | undefined)[]): string {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length > 0 ? formatMs(median(known)) : 'not measured';
}

const failed = (what: string, error: string | undefined): Figure => ({
  name: what,
  value: `not measured: ${error ?? 'no data'}`,
  status: 'NOT MEASURED',
});

/** On-device analysis: `liveframe:analyze` durations, time to first analysis, long tasks. */
export function analysisSection(measured: BrowserMeasurements): BenchSection {
  const runs = measured.analysis;
  const method = [
    CAMERA,
    PAGE,
    `<LivenessCapture captureMode="manual"> so framing runs on; ${RUNS.analysis} runs, each ${STEADY_WINDOW_MS / 1000} s of steady framing after a ${WARM_UP_MS} ms warm-up from the first analysed frame`,
    'durations: the component’s `liveframe:analyze` User Timing measures, pooled over the runs (median, p95)',
    'camera start: the page’s first getUserMedia call; long tasks: PerformanceObserver("longtask"), over 50 ms',
    'CPU time: Chromium’s ThreadTime/ProcessTime (DevTools Performance.getMetrics) over the steady window, divided by the frames analysed in it; it excludes time spent waiting for a core, so it grows much less than wall-clock durations when other processes compete for the cores',
  ];
  if (runs.length === 0) {
    return {
      name: 'analysis',
      title: '2. On-device analysis',
      method,
      figures: [failed('liveframe:analyze per frame', measured.errors.analysis)],
      notes: [],
      data: { errors: measured.errors },
    };
  }
  const steady = summarize(runs.flatMap((run) => run.steadyAnalyzeMs));
  const warmUp = runs.flatMap((run) => run.warmUpAnalyzeMs);
  const toFirst = median(runs.map((run) => run.cameraToFirstAnalysisMs));
  const longAfter = runs.flatMap((run) => run.longTasksAfterWarmUp);
  const longDuring = runs.flatMap((run) => run.longTasksDuringWarmUp);
  const figures: Figure[] = [
    {
      name: `liveframe:analyze median (${steady.count} frames)`,
      value: formatMs(steady.median),
      budget: `< ${BUDGETS.analyzeMedianMs} ms`,
      status: checkUnder(steady.median, BUDGETS.analyzeMedianMs),
    },
    {
      name: 'liveframe:analyze p95',
      value: formatMs(steady.p95),
      budget: `< ${BUDGETS.analyzeP95Ms} ms`,
      status: checkUnder(steady.p95, BUDGETS.analyzeP95Ms),
    },
    { name: 'liveframe:analyze max', value: formatMs(steady.max) },
    {
      name: 'analysed frames a second (steady)',
      value: median(runs.map((run) => run.analysedFps)).toFixed(1),
    },
    {
      name: 'first analysed frame, its own duration (median)',
      value: formatMs(median(runs.map((run) => run.firstAnalysisMs))),
    },
    {
      name: 'warm-up frames, median duration',
      value: warmUp.length > 0 ? formatMs(median(warmUp)) : 'none',
    },
    { name: 'camera start -> first analysed frame (median)', value: formatMs(toFirst) },
    {
      name: 'main-thread CPU time per analysed frame, all page work (median of runs)',
      value: optionalMedian(runs.map((run) => run.cpu?.mainThreadMsPerFrame)),
    },
    {
      name: 'renderer CPU time per analysed frame, all threads (median of runs)',
      value: optionalMedian(runs.map((run) => run.cpu?.processMsPerFrame)),
    },
    {
      name: 'long tasks after warm-up',
      value: describeTasks(longAfter),
      budget: 'none',
      status: checkUnder(longAfter.length, BUDGETS.longTasksAfterWarmUp),
    },
    {
      name: 'long tasks during warm-up (all runs)',
      value: describeTasks(longDuring),
    },
    {
      name: 'downloaded before the first analysed frame (median)',
      value: formatBytes(median(runs.map((run) => run.bytesBeforeFirstAnalysis))),
    },
  ];
  const overlapping = runs.reduce((total, run) => total + run.longTasksDuringAnalysis, 0);
  const notes = [...loadNotes(measured)];
  if (longAfter.length > 0) {
    notes.push(
      `${overlapping} of the ${longAfter.length} long tasks after warm-up overlap a liveframe:analyze measure`,
    );
  }
  if (
    checkUnder(steady.median, BUDGETS.analyzeMedianMs) !== 'PASS' ||
    checkUnder(steady.p95, BUDGETS.analyzeP95Ms) !== 'PASS' ||
    longAfter.length > 0
  ) {
    notes.push(
      'the default detector (BlazeFace) runs in a Worker: a liveframe:analyze measure spans the frame read, the round trip to the worker and its detection, so it is the analysis latency, not time the main thread is blocked (see the main-thread CPU time per frame); what it would take: a smaller frame for the detector, or detecting every other frame and keeping the last boxes; the budget is judged here on 2 CPU cores without a GPU',
    );
  }
  return {
    name: 'analysis',
    title: '2. On-device analysis',
    method,
    figures,
    notes,
    data: {
      camera: measured.camera,
      load: measured.load,
      runs,
      steadyAnalyzeMs: steady,
      cameraToFirstAnalysisMs: toFirst,
    },
  };
}

/** Payload: LiveFrame's encoder against react-webcam's getScreenshot() on the same frame. */
export function payloadSection(measured: BrowserMeasurements): BenchSection {
  const payload = measured.payload;
  const method = [
    CAMERA,
    `${RUNS.payload === 1 ? 'one page' : `${RUNS.payload} pages`}: react-webcam renders the camera; LiveFrame's encodeFrame(video) at its defaults and react-webcam's getScreenshot() at its defaults each encode the same (still) frame 10 times after one untimed warm-up; median wall time`,
    'bytes: length of the Base64 text (react-webcam: the data URL after its comma)',
    'sharpness: each decoded capture read at 320 px as the component reads frames, MediaPipe faces, analyzeFrame(); sharp = no BLURRY and sharpness >= minSharpness',
  ];
  if (payload === undefined) {
    return {
      name: 'payload',
      title: '3. Payload',
      method,
      figures: [failed('captured frame', measured.errors.payload)],
      notes: [],
      data: { errors: measured.errors },
    };
  }
  const liveframe = payload.liveframe.at(-1);
  const webcam = payload.reactWebcam.at(-1);
  const liveframeCheck = payload.sharpness.find((check) => check.label.startsWith('LiveFrame'));
  const sharp =
    liveframeCheck === undefined
      ? undefined
      : !liveframeCheck.reasons.includes('BLURRY') &&
        liveframeCheck.sharpness >= payload.minSharpness;
  const figures: Figure[] = [
    {
      name: `LiveFrame capture, Base64 (${liveframe ? `${liveframe.width}x${liveframe.height} ${liveframe.detail}` : '?'})`,
      value: liveframe ? formatBytes(liveframe.base64Bytes) : 'none',
      budget: `< ${formatBytes(BUDGETS.capturedFrameBase64Bytes)}`,
      status: checkUnder(liveframe?.base64Bytes, BUDGETS.capturedFrameBase64Bytes),
    },
    {
      name: 'LiveFrame encode time (median)',
      value: formatMs(median(payload.liveframe.map((sample) => sample.ms))),
    },
    {
      name: `react-webcam getScreenshot(), Base64 (${webcam ? `${webcam.width}x${webcam.height} ${webcam.detail}` : '?'})`,
      value: webcam ? formatBytes(webcam.base64Bytes) : 'none',
    },
    {
      name: 'react-webcam encode time (median)',
      value: formatMs(median(payload.reactWebcam.map((sample) => sample.ms))),
    },
    ...payload.sharpness.map((check): Figure => ({
      name: `sharpness: ${check.label}`,
      value: `${check.sharpness.toFixed(0)} (${check.faces} face${check.faces === 1 ? '' : 's'}; ${check.reasons.join(', ') || 'no reasons'})`,
      ...(check.label.startsWith('LiveFrame')
        ? { budget: `face sharp (>= ${payload.minSharpness})`, status: checkTrue(sharp) }
        : {}),
    })),
  ];
  const notes = [
    ...loadNotes(measured),
    'one scene (the portrait fixture, with its detailed background) at the HD camera size; the size follows the scene, and the encoder caps it only at its own default of 1,000,000 Base64 bytes, not at 250 KB',
  ];
  if (checkUnder(liveframe?.base64Bytes, BUDGETS.capturedFrameBase64Bytes) === 'FAIL') {
    notes.push(
      'what it would take: a lower default JPEG quality or a smaller default maxBase64Bytes in encodeFrame (it steps quality down until the frame fits), checked against the sharpness figure above',
    );
  }
  if (sharp === false) {
    notes.push('the captured face is not sharp enough: raise the quality floor (minQuality)');
  }
  return {
    name: 'payload',
    title: '3. Payload',
    method,
    figures,
    notes,
    data: { camera: measured.camera, load: measured.load, ...payload },
  };
}

/** End to end with the simulator: capture decision to verdict on screen. */
export function endToEndSection(measured: BrowserMeasurements): BenchSection {
  const runs = measured.endToEnd;
  const method = [
    CAMERA,
    PAGE,
    `<LivenessCapture captureMode="auto"> against the proxy with its simulator upstream (scenario pass), ${RUNS.endToEnd} runs, median`,
    'capture decision: the component’s liveframe:capture mark if it sets one, else the root entering data-liveframe-state="capturing"; verdict on screen: liveframe:verdict mark, else the first animation frame after the root shows passed/retry/failed',
  ];
  if (runs.length === 0) {
    return {
      name: 'e2e',
      title: '5. End to end (simulator)',
      method,
      figures: [failed('capture decision -> verdict on screen', measured.errors.endToEnd)],
      notes: [],
      data: { errors: measured.errors },
    };
  }
  const figures: Figure[] = [
    {
      name: 'capture decision -> verdict on screen (median)',
      value: formatMs(median(runs.map((run) => run.captureToVerdictMs))),
    },
    {
      name: '  of which encode (capture -> request start)',
      value: optionalMedian(runs.map((run) => run.captureToRequestMs)),
    },
    {
      name: '  of which proxy + simulator (request)',
      value: optionalMedian(runs.map((run) => run.requestMs)),
    },
    {
      name: '  of which response -> verdict painted',
      value: optionalMedian(runs.map((run) => run.responseToVerdictMs)),
    },
    {
      name: 'verdicts',
      value: runs.map((run) => run.verdictState).join(', '),
    },
    {
      name: 'proxy requests per run',
      value: runs.map((run) => run.proxyRequests).join(', '),
    },
  ];
  return {
    name: 'e2e',
    title: '5. End to end (simulator)',
    method,
    figures,
    notes: [
      ...loadNotes(measured),
      `capture decision read from: ${runs[0]?.captureSource === 'mark' ? 'the liveframe:capture mark' : 'the state change to capturing'}; verdict from: ${runs[0]?.verdictSource === 'mark' ? 'the liveframe:verdict mark' : 'the state change + next animation frame'}`,
    ],
    data: { camera: measured.camera, load: measured.load, runs },
  };
}

/** Requests off the page's origin, over every browser run. */
export function originFigure(measured: BrowserMeasurements): Figure {
  const off = measured.offOriginRequests;
  return {
    name: `requests off the page's origin (${measured.requestCount} requests, all browser runs)`,
    value: off.length === 0 ? '0' : `${off.length}: ${off.slice(0, 3).join(', ')}`,
    budget: '0',
    status:
      measured.requestCount === 0
        ? 'NOT MEASURED'
        : checkUnder(off.length, BUDGETS.foreignRequests),
  };
}
