// `pnpm bench`: every benchmark in sequence, one table, JSON results in bench/results/.
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { BrowserMeasurements } from './browser/browser-bench.js';
import { measureInBrowser } from './browser/browser-bench.js';
import {
  analysisSection,
  endToEndSection,
  originFigure,
  payloadSection,
} from './browser/browser-sections.js';
import { repoRoot, resultsDir } from './paths.js';
import { proxySection } from './proxy/proxy-section.js';
import { formatSection } from './report/format-table.js';
import type { BenchSection, Figure } from './report/section.js';
import { measureWeight } from './weight/weight-bench.js';
import { weightSection } from './weight/weight-section.js';

const args = new Set(process.argv.slice(2));

function step(text: string): void {
  console.info(`bench: ${text}`);
}

function buildPackages(): void {
  step('building the packages (pnpm -r --filter ./packages/** run build)');
  const result = spawnSync(
    'pnpm',
    ['--silent', '-r', '--filter', './packages/**', 'run', 'build'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    throw new Error(`building the packages failed:\n${result.stdout}${result.stderr}`);
  }
}

/** The commit measured, with `+changes` when the working tree differs from it. */
function revision(): string {
  const git = (...gitArgs: string[]): string =>
    spawnSync('git', gitArgs, { cwd: repoRoot, encoding: 'utf8' }).stdout.trim();
  const head = git('rev-parse', '--short', 'HEAD') || 'unknown';
  return git('status', '--porcelain', '--untracked-files=no', '--', 'packages') === ''
    ? head
    : `${head}+changes`;
}

function machine(): Record<string, unknown> {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    loadAverage1m: loadavg()[0],
    node: process.version,
  };
}

/** When the run started, and the commit of the packages it measured. */
interface RunInfo {
  readonly measuredAt: string;
  readonly revision: string;
}

async function writeResult(section: BenchSection, run: RunInfo): Promise<void> {
  const { name, title, method, figures, notes, data } = section;
  const json = {
    name,
    title,
    measuredAt: run.measuredAt,
    revision: run.revision,
    machine: machine(),
    method,
    figures,
    notes,
    data,
  };
  await writeFile(join(resultsDir, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
}

function budgetSection(sections: readonly BenchSection[], extra: readonly Figure[]): BenchSection {
  const budgeted = [...sections.flatMap((section) => section.figures), ...extra].filter(
    (figure) => figure.status !== undefined,
  );
  const unmet = budgeted.filter((figure) => figure.status !== 'PASS');
  return {
    name: 'budgets',
    title: 'Budgets',
    method: ['every budgeted figure above; a figure that could not be measured does not pass'],
    figures: budgeted,
    notes:
      unmet.length === 0
        ? ['all budgets met']
        : unmet.map(
            (figure) => `NOT MET: ${figure.name}: ${figure.value} (budget ${figure.budget ?? '?'})`,
          ),
    data: budgeted,
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const run: RunInfo = { measuredAt: new Date().toISOString(), revision: revision() };
  await mkdir(resultsDir, { recursive: true });
  if (!args.has('--skip-build')) buildPackages();

  step('1/5 weight: bundling LiveFrame, Amplify and react-webcam with esbuild');
  const weight = await measureWeight();
  if (args.has('--weight-only')) {
    // The weight alone, e.g. after a change to what ships to the browser; nothing else rewritten.
    const section = weightSection(weight, [], '--weight-only: no browser run');
    await writeResult(section, run);
    console.info(`\n${formatSection(section)}`);
    return;
  }

  step('2,3,5/5 browser: building the bench page and running Chromium (about a minute)');
  let browser: BrowserMeasurements;
  try {
    browser = await measureInBrowser();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    browser = {
      camera: { image: '', clip: '' },
      analysis: [],
      payload: undefined,
      endToEnd: [],
      requestCount: 0,
      offOriginRequests: [],
      origin: '',
      load: { cores: cpus().length, before: loadavg()[0] ?? 0, after: loadavg()[0] ?? 0 },
      errors: { analysis: message, payload: message, endToEnd: message },
    };
  }

  const rerunProxy = !args.has('--skip-proxy');
  step(rerunProxy ? '4/5 proxy: pnpm bench:proxy' : '4/5 proxy: reusing bench/results/proxy.json');
  const proxy = await proxySection({ rerun: rerunProxy });

  const sections = [
    weightSection(weight, browser.analysis),
    analysisSection(browser),
    payloadSection(browser),
    proxy,
    endToEndSection(browser),
  ];
  const origin = originFigure(browser);
  const budgets = budgetSection(sections, [origin]);
  const origins: BenchSection = {
    name: 'origins',
    title: 'Origins',
    method: [
      'every request of every browser run (Playwright, browser context level, workers included)',
    ],
    figures: [origin],
    notes: [],
    data: {
      origin: browser.origin,
      requestCount: browser.requestCount,
      offOrigin: browser.offOriginRequests,
    },
  };
  // bench/results/proxy.json is the proxy benchmark's own file: relayed, never rewritten here.
  for (const section of [...sections, origins]) {
    if (section !== proxy) await writeResult(section, run);
  }
  await writeResult(budgets, run);

  console.info('');
  for (const section of [...sections, origins, budgets])
    console.info(`${formatSection(section)}\n`);
  console.info(
    `bench: done in ${((Date.now() - started) / 1000).toFixed(0)} s on ${cpus().length} cores, packages at ${run.revision}; results in bench/results/`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
