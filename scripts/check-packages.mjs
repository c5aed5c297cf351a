// Checks the packages as they would be published: packs each one (`pnpm pack`), lints the
// tarball (`publint --strict`, `attw --profile esm-only`), then compiles
// scripts/package-consumer/ against the unpacked tarballs with `skipLibCheck: false`, under
// bundler and Node (nodenext) resolution. Needs `pnpm build` first (`pnpm test` does it).
//
// attw profile: `esm-only`. The packages ship ES modules only ("type": "module", no `require`
// condition), as Next.js, Vite and Node 20.19+ (require(esm)) all load them; so CommonJS
// resolution (node10, node16-from-CJS) is out of scope and every ESM mode must be clean.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, '.cache', 'package-check');
const PACKAGES = ['core', 'react', 'proxy', 'proxy-server'];
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args, cwd = root) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

function fail(message, error) {
  const output = error ? `${error.stdout ?? ''}${error.stderr ?? ''}` : '';
  console.error(`check-packages: ${message}\n${output}`);
  process.exit(1);
}

for (const name of PACKAGES) {
  if (!existsSync(join(root, 'packages', name, 'dist', 'index.js'))) {
    fail(`packages/${name}/dist is missing: run \`pnpm build\` first.`);
  }
}
rmSync(work, { recursive: true, force: true });
const tarballs = join(work, 'tarballs');
const modules = join(work, 'consumer', 'node_modules');
mkdirSync(tarballs, { recursive: true });
mkdirSync(join(modules, '@liveframe'), { recursive: true });

const linked = new Set();
/** Links `dep` into the consumer from where the workspace package `from` resolves it. */
function linkDependency(dep, from) {
  if (linked.has(dep) || dep.startsWith('@liveframe/')) return;
  const candidates = [join(from, 'node_modules', dep), join(root, 'node_modules', dep)];
  const found = candidates.find((path) => existsSync(path));
  if (!found) return;
  linked.add(dep);
  mkdirSync(dirname(join(modules, dep)), { recursive: true });
  symlinkSync(realpathSync(found), join(modules, dep), 'dir');
}

for (const name of PACKAGES) {
  const dir = join(root, 'packages', name);
  let tarball;
  try {
    run('pnpm', ['pack', '--pack-destination', tarballs], dir);
    // `liveframe-proxy-0.1.0.tgz`, not `liveframe-proxy-server-0.1.0.tgz`: the version follows.
    tarball = readdirSync(tarballs).find(
      (file) =>
        file.startsWith(`liveframe-${name}-`) &&
        /^\d/.test(file.slice(`liveframe-${name}-`.length)),
    );
    if (!tarball) throw new Error('no tarball written');
    tarball = join(tarballs, tarball);
  } catch (error) {
    fail(`pnpm pack failed in packages/${name}`, error);
  }
  try {
    run(bin('publint'), ['--strict', tarball]);
  } catch (error) {
    fail(`publint --strict failed for @liveframe/${name}`, error);
  }
  try {
    run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped']);
  } catch (error) {
    fail(`attw --profile esm-only failed for @liveframe/${name}`, error);
  }
  const unpacked = join(modules, '@liveframe', name);
  mkdirSync(unpacked);
  run('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
  const manifest = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8'));
  for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) {
    linkDependency(dep, dir);
    linkDependency(`@types/${dep.replace(/^@([^/]+)\//, '$1__')}`, dir);
  }
  console.log(`@liveframe/${name}: packed, publint --strict and attw --profile esm-only clean`);
}
for (const dep of ['@types/node', '@types/react-dom', 'react-dom']) linkDependency(dep, root);

const consumer = join(work, 'consumer');
writeFileSync(join(consumer, 'package.json'), '{ "type": "module", "private": true }\n');
const base = {
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  jsx: 'react-jsx',
  target: 'es2022',
  lib: ['es2022', 'dom', 'dom.iterable'],
  types: ['node'],
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noUncheckedSideEffectImports: true,
};
const modes = {
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
};
// Copied in, so its imports resolve from the consumer's node_modules, not the workspace's.
const source = join(consumer, 'consumer.tsx');
writeFileSync(source, readFileSync(join(root, 'scripts', 'package-consumer', 'consumer.tsx')));
for (const [mode, resolution] of Object.entries(modes)) {
  const config = join(consumer, `tsconfig.${mode}.json`);
  writeFileSync(
    config,
    JSON.stringify(
      { compilerOptions: { ...base, ...resolution }, files: ['consumer.tsx'] },
      null,
      2,
    ),
  );
  try {
    run(bin('tsc'), ['-p', config], consumer);
  } catch (error) {
    fail(`the packed types do not compile for a consumer (${mode} resolution)`, error);
  }
  console.log(`packed types compile with skipLibCheck: false (${mode} resolution)`);
}
