// Keeps the README's quick start honest: CI runs the README's test line, so both must agree.
import { readFileSync } from 'node:fs';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const ci = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');
const lines = [
  'corepack enable && pnpm install && pnpm dev',
  'corepack enable && pnpm install && pnpm test',
];
const missing = lines.filter((line) => !readme.includes(line));
if (missing.length > 0) {
  console.error(`README quick start is missing: ${missing.join(' | ')}`);
  process.exit(1);
}
if (!ci.includes('corepack enable && pnpm install --frozen-lockfile && pnpm test')) {
  console.error('.ci/run no longer runs the README test line');
  process.exit(1);
}
console.log('README quick start and .ci/run agree');
