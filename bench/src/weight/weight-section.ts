import type { AnalysisRunMetrics } from '../browser/analysis-metrics.js';
import { BUDGETS, checkUnder } from '../report/budgets.js';
import { formatBytes } from '../report/format.js';
import type { BenchSection, Figure } from '../report/section.js';
import { median } from '../report/stats.js';
import type { WeightMeasurements } from './weight-bench.js';

/**
 * The weight table. `analysisRuns` (from the browser) adds what a browser actually downloaded
 * before its first analysed frame.
 */
export function weightSection(
  weight: WeightMeasurements,
  analysisRuns: readonly AnalysisRunMetrics[],
  /** Why there are no browser runs, when there are none. */
  noBrowserRun = 'the browser run failed',
): BenchSection {
  const { liveframe, amplify, reactWebcam, assets } = weight;
  const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
  const assetsGzip = sum(assets.map((asset) => asset.gzipBytes));
  const assetsRaw = sum(assets.map((asset) => asset.bytes));
  const figures: Figure[] = [
    {
      name: '@liveframe/react + @liveframe/core, initial JS',
      value: formatBytes(liveframe.initialGzipBytes),
      budget: `< ${formatBytes(BUDGETS.initialJsGzipBytes)}`,
      status: checkUnder(liveframe.initialGzipBytes, BUDGETS.initialJsGzipBytes),
    },
    {
      name: 'lazy chunks, loaded with import() when the camera starts',
      value: formatBytes(liveframe.lazyGzipBytes),
    },
    ...liveframe.lazy.map((chunk): Figure => ({
      name: `  lazy ${chunk.file}: ${chunk.inputs
        .slice(0, 3)
        .map((input) => input.replace(/ \d+ B$/, ''))
        .join(', ')}`,
      value: formatBytes(chunk.gzipBytes),
    })),
    ...assets.map((asset): Figure => ({
      name: `runtime asset ${asset.file}`,
      value: `${formatBytes(asset.gzipBytes)}, raw ${formatBytes(asset.bytes)}`,
    })),
    {
      name: 'runtime assets, total',
      value: `${formatBytes(assetsGzip)}, raw ${formatBytes(assetsRaw)}`,
    },
  ];
  if (weight.stylesGzipBytes !== undefined) {
    figures.push({
      name: '@liveframe/react/styles.css',
      value: formatBytes(weight.stylesGzipBytes),
    });
  }
  figures.push(
    {
      name: 'Amplify FaceLivenessDetector, initial JS',
      value: formatBytes(amplify.initialGzipBytes),
    },
    {
      name: 'Amplify FaceLivenessDetector, lazy chunks',
      value: formatBytes(amplify.lazyGzipBytes),
    },
    { name: 'react-webcam alone, initial JS', value: formatBytes(reactWebcam.initialGzipBytes) },
    {
      name: 'Amplify initial JS / LiveFrame initial JS',
      value: `${(amplify.initialGzipBytes / Math.max(1, liveframe.initialGzipBytes)).toFixed(1)}x`,
    },
  );
  if (analysisRuns.length > 0) {
    const wire = median(analysisRuns.map((run) => run.bytesBeforeFirstAnalysis));
    const decoded = median(analysisRuns.map((run) => run.decodedBytesBeforeFirstAnalysis));
    figures.push({
      name: 'downloaded before the first analysed frame (browser, whole page)',
      value: `${formatBytes(wire)} on the wire, ${formatBytes(decoded)} decoded`,
    });
  } else {
    figures.push({
      name: 'downloaded before the first analysed frame (browser, whole page)',
      value: `not measured (${noBrowserRun})`,
      status: 'NOT MEASURED',
    });
  }
  const notes: string[] = [];
  if (checkUnder(liveframe.initialGzipBytes, BUDGETS.initialJsGzipBytes) === 'FAIL') {
    const contents = liveframe.initial.flatMap((file) => file.inputs).join(', ');
    notes.push(
      `initial JS is ${liveframe.initialGzipBytes - BUDGETS.initialJsGzipBytes} B gzipped over the budget; it holds (minified bytes) ${contents}`,
      'what it would take: more of the code that is not needed before the camera starts behind a lazy import(), as the detector, the client and its schema already are (the capture encoder, the message catalogs of locales not in use)',
    );
  }
  return {
    name: 'weight',
    title: '1. Weight',
    method: [
      'one esbuild setup for every entry: ESM, code splitting, minified, NODE_ENV=production, browser platform; gzip level 9 per output file',
      'LiveFrame: an entry that imports and renders <LivenessCapture>; react, react-dom, @tanstack/react-query and react-webcam external (the app’s peers); @liveframe/* from their built dist',
      'initial = the entry chunk and its static imports; lazy = chunks reached only through import()',
      'Amplify: an entry that imports and renders FaceLivenessDetector; react and react-dom external, everything else it imports (aws-amplify, tfjs, xstate, the AWS SDK) bundled',
      'react-webcam alone: an entry that renders <Webcam>; react and react-dom external',
      'runtime assets: packages/core/assets/ as built, gzip level 9 (the bench server gzips JS and wasm, not the .tflite model)',
      'downloaded before the first analysed frame: Resource Timing transferSize (headers included) of the document and every resource whose response ended before the first liveframe:analyze, in the on-device runs (react and react-dom included)',
    ],
    figures,
    notes,
    data: weight,
  };
}
