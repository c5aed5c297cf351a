import { checkTrue, checkUnder } from '../report/budgets.js';
import { formatBytes, formatMs } from '../report/format.js';
import type { BenchSection, Figure } from '../report/section.js';
import type { PhoneMeasurements, PhoneRun } from './phone-bench.js';
import { MOBILE_NETWORK, WINDOW_MS } from './phone-bench.js';

/** Budgets of issue 23, for the default detector on the mobile profile. */
export const PHONE_BUDGETS = {
  /** Bytes on the wire before the first face-analysed frame, whole page (1 MB = 1,000,000 B). */
  bytesBeforeFirstFaceFrame: 1_000_000,
  /** Camera start to the first face-analysed frame, ms, at 4x CPU. */
  cameraToFirstFaceFrameMs: 6000,
} as const;

const fmt = (value: number | null, as: (v: number) => string) =>
  value === null ? 'n/a' : as(value);

function find(runs: readonly PhoneRun[], detector: string, cpuRate: number, scene: string) {
  return runs.find((r) => r.detector === detector && r.cpuRate === cpuRate && r.scene === scene);
}

export function phoneSection(measured: PhoneMeasurements): BenchSection {
  const { runs, load } = measured;
  const figures: Figure[] = [];
  for (const detector of ['blazeface', 'mediapipe'] as const) {
    const label = detector === 'blazeface' ? 'BlazeFace/tfjs (default)' : 'MediaPipe (old path)';
    const isDefault = detector === 'blazeface';
    for (const cpuRate of [1, 4]) {
      const verdict = find(runs, detector, cpuRate, 'verdict');
      const framing = find(runs, detector, cpuRate, 'framing');
      const prefix = `${label}, CPU x${cpuRate}`;
      const bytes = verdict?.bytesBeforeFirstFaceFrame ?? null;
      figures.push({
        name: `${prefix}: downloaded before the first face-analysed frame`,
        value: fmt(bytes, formatBytes),
        ...(isDefault
          ? {
              budget: `under ${formatBytes(PHONE_BUDGETS.bytesBeforeFirstFaceFrame)}`,
              status: checkUnder(bytes ?? undefined, PHONE_BUDGETS.bytesBeforeFirstFaceFrame),
            }
          : {}),
      });
      const first = verdict?.cameraToFirstFaceFrameMs ?? null;
      figures.push({
        name: `${prefix}: camera start to first face-analysed frame`,
        value: fmt(first, formatMs),
        ...(isDefault && cpuRate === 4
          ? {
              budget: `under ${formatMs(PHONE_BUDGETS.cameraToFirstFaceFrameMs)}`,
              status: checkUnder(first ?? undefined, PHONE_BUDGETS.cameraToFirstFaceFrameMs),
            }
          : {}),
      });
      figures.push({
        name: `${prefix}: camera start to verdict`,
        value: fmt(verdict?.cameraToVerdictMs ?? null, formatMs),
      });
      figures.push({
        name: `${prefix}: main-thread JavaScript per face-analysed frame (${WINDOW_MS / 1000} s framing)`,
        value: `${fmt(framing?.scriptMsPerFrame ?? null, (v) => `${v.toFixed(1)} ms`)} over ${framing?.faceFramesInWindow ?? 0} frames`,
      });
      figures.push({
        name: `${prefix}: main-thread CPU (all work, video painting included) per face-analysed frame`,
        value: fmt(framing?.mainThreadMsPerFrame ?? null, (v) => `${v.toFixed(1)} ms`),
      });
      const longTasks =
        framing?.error === undefined ? framing?.longTasksInWindow.length : undefined;
      figures.push({
        name: `${prefix}: long tasks during ${WINDOW_MS / 1000} s of framing`,
        value:
          longTasks === undefined
            ? 'n/a'
            : `${longTasks}${longTasks > 0 ? ` (longest ${formatMs(Math.max(...framing!.longTasksInWindow.map((t) => t.duration)))})` : ''}`,
        ...(isDefault && cpuRate === 4
          ? {
              budget: 'none',
              status: checkTrue(longTasks === undefined ? undefined : longTasks === 0),
            }
          : {}),
      });
    }
  }
  const errors = runs.filter((r) => r.error !== undefined);
  const offOrigin = runs.flatMap((r) => r.offOrigin);
  return {
    name: 'phone',
    title: 'Phone profile: the built demo on a mobile network, at 1x and 4x CPU',
    method: [
      'apps/demo/dist (pnpm build) served by bench/src/browser/bench-server.ts on 127.0.0.1, gzipped (HTML, JS, CSS, JSON, wasm) as a production host would, with the proxy (simulator upstream) at /api/liveness',
      `headless /usr/bin/chromium, fresh context per run (cold cache), 390x844 viewport, opened at ?step=selfie (?detector=mediapipe for the old path); CDP Network.emulateNetworkConditions ${(MOBILE_NETWORK.downloadThroughput * 8) / 1024 / 1024} Mbps down, ${(MOBILE_NETWORK.uploadThroughput * 8) / 1024} kbps up, ${MOBILE_NETWORK.latency} ms latency; Emulation.setCPUThrottlingRate 1 and 4`,
      'verdict runs: fake camera portrait.jpg (640x480), automatic capture to the verdict; framing runs: the two-faces variant, so framing goes on (MULTIPLE_FACES) and is observed for 5 s after the first face-analysed frame',
      'first face-analysed frame: end of the first liveframe:analyze measure (frames judged for light only while the detector loads are liveframe:analyze-light); bytes: Playwright request sizes (headers + body on the wire) of every request of the context, page and worker, finished before it',
      'main-thread JavaScript per frame: a CDP CPU profile (Profiler) of the framing window, samples other than idle, native "(program)" and garbage collection, divided by the face-analysed frames in it; main-thread CPU per frame: CDP Performance.getMetrics ThreadTime (everything the renderer main thread did, the camera preview painting included) over the window divided by the same frames; long tasks: PerformanceObserver longtask entries starting in the window',
    ],
    figures,
    notes: [
      `load average (1 min) ${load.before.toFixed(2)} before, ${load.after.toFixed(2)} after, on ${load.cores} cores shared with other work: times are upper bounds for this machine`,
      ...(offOrigin.length > 0 ? [`requests off the page origin: ${offOrigin.join(', ')}`] : []),
      ...errors.map((r) => `run failed: ${r.detector} x${r.cpuRate} ${r.scene}: ${r.error}`),
    ],
    data: measured,
  };
}
