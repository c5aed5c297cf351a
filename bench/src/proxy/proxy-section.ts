import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot, resultsDir } from '../paths.js';
import { checkTrue } from '../report/budgets.js';
import type { BenchSection, Figure } from '../report/section.js';

/** Where `pnpm bench:proxy` writes its result. */
export const PROXY_RESULT = join(resultsDir, 'proxy.json');

/**
 * Runs the proxy's own benchmark (`pnpm bench:proxy`, issue 3) unless `rerun` is false, and
 * reports the numbers it wrote to bench/results/proxy.json. Its method is its own; this only
 * relays it.
 */
export async function proxySection(options: { rerun: boolean }): Promise<BenchSection> {
  const base = { name: 'proxy', title: '4. Proxy' } as const;
  const pkg = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  if (pkg.scripts?.['bench:proxy'] === undefined) {
    return notMeasured(base, 'the root package.json has no bench:proxy script yet');
  }
  if (options.rerun) {
    const { code, output } = await run('pnpm', ['--silent', 'bench:proxy']);
    if (code !== 0) {
      return notMeasured(
        base,
        `pnpm bench:proxy exited ${code}: ${output.trim().split('\n').at(-1) ?? ''}`,
      );
    }
  }
  if (!existsSync(PROXY_RESULT)) return notMeasured(base, `${PROXY_RESULT} was not written`);
  const result = JSON.parse(await readFile(PROXY_RESULT, 'utf8')) as unknown;
  return {
    ...base,
    method: [
      ...methodOf(result),
      options.rerun
        ? 'run by `pnpm bench:proxy`; figures relayed from bench/results/proxy.json'
        : 'not rerun (--skip-proxy): figures relayed from the existing bench/results/proxy.json',
    ],
    figures: figuresOf(result),
    notes: [],
    data: result,
  };
}

function notMeasured(base: { name: string; title: string }, why: string): BenchSection {
  return {
    ...base,
    method: ['the proxy’s own benchmark, `pnpm bench:proxy`'],
    figures: [{ name: 'proxy benchmark', value: `not measured: ${why}`, status: 'NOT MEASURED' }],
    notes: [],
    data: { error: why },
  };
}

function methodOf(result: unknown): string[] {
  if (typeof result !== 'object' || result === null || !('method' in result)) return [];
  const method = (result as { method: unknown }).method;
  if (typeof method === 'string') return [method];
  if (Array.isArray(method)) return method.map(String);
  if (typeof method === 'object' && method !== null) {
    return Object.entries(method).map(([key, value]) => `${key}: ${String(value)}`);
  }
  return [];
}

/**
 * Every number and boolean in the result (but its method), as `path.to.value`. Booleans under
 * `targets` are the proxy benchmark's own budgets (issue 20), shown as PASS or FAIL.
 */
export function figuresOf(result: unknown, prefix = ''): Figure[] {
  if (typeof result === 'boolean' && prefix.startsWith('targets.')) {
    return [
      {
        name: prefix,
        value: String(result),
        budget: 'proxy budget (issue 20)',
        status: checkTrue(result),
      },
    ];
  }
  if (typeof result === 'number' || typeof result === 'boolean') {
    return [{ name: prefix, value: typeof result === 'number' ? format(result) : String(result) }];
  }
  if (Array.isArray(result) || typeof result !== 'object' || result === null) return [];
  return Object.entries(result).flatMap(([key, value]) =>
    prefix === '' && key === 'method' ? [] : figuresOf(value, prefix ? `${prefix}.${key}` : key),
  );
}

function format(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(2);
}

function run(command: string, args: readonly string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
    child.on('error', (error) => resolve({ code: 1, output: error.message }));
  });
}
