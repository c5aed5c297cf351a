// Keeps the README honest: CI runs the README's test line, so both must agree; and the
// integration code the READMEs show is the tested example code, byte for byte.
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const readme = read('README.md');
const ci = read('.ci/run');
const problems = [];

const lines = [
  'corepack enable && pnpm install && pnpm dev',
  'corepack enable && pnpm install && pnpm test',
];
const missing = lines.filter((line) => !readme.includes(line));
if (missing.length > 0) problems.push(`README quick start is missing: ${missing.join(' | ')}`);
if (!ci.includes('corepack enable && pnpm install --frozen-lockfile && pnpm test')) {
  problems.push('.ci/run no longer runs the README test line');
}

/** Each document must show each file whole, in one fenced block. */
const SNIPPETS = [
  ['README.md', 'apps/next-example/app/api/capture-token/route.ts'],
  ['README.md', 'apps/next-example/app/api/liveness/route.ts'],
  ['README.md', 'apps/next-example/app/page.tsx'],
  ['README.md', 'e2e/vite-proxy/vite.config.ts'],
  ['packages/proxy/README.md', 'apps/next-example/app/api/capture-token/route.ts'],
  ['packages/proxy/README.md', 'apps/next-example/app/api/liveness/route.ts'],
];

/** The fenced code blocks of a Markdown text, without their fences or list indentation. */
function codeBlocks(markdown) {
  const blocks = [];
  const fence = /^( *)```[^\n]*\n([\s\S]*?)^\1```$/gm;
  for (const [, indent, body] of markdown.matchAll(fence)) {
    const dedented = body
      .split('\n')
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n');
    blocks.push(dedented.trimEnd());
  }
  return blocks;
}

for (const [doc, file] of SNIPPETS) {
  const code = read(file).trimEnd();
  if (!codeBlocks(read(doc)).includes(code)) {
    problems.push(`${doc} must show ${file} exactly, in one code block (copy the file in).`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`README quick start and .ci/run agree; ${SNIPPETS.length} snippets match their files`);
