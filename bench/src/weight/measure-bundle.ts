import { dirname, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

const OUT_DIR = 'measured-bundle';

/** The peers an app already has: excluded from LiveFrame's weight (issue 6). */
export const APP_PEERS = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  '@tanstack/react-query',
  'react-webcam',
] as const;

/** One output file of a measured bundle. */
export interface OutputSize {
  /** Output path relative to the virtual output folder. */
  readonly file: string;
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  /** The input packages (or folders) whose code is in the file, largest first. */
  readonly inputs: readonly string[];
  /** The input files whose code is in the file, as esbuild names them. */
  readonly modules: readonly string[];
}

/** Minified and gzipped sizes of a bundle, split into what loads at start and what loads lazily. */
export interface BundleSize {
  readonly entry: string;
  /** The entry chunk and every chunk it imports statically. */
  readonly initial: readonly OutputSize[];
  /** JS chunks reached only through dynamic `import()`. */
  readonly lazy: readonly OutputSize[];
  /** CSS emitted by the bundle, if the entry imports any. */
  readonly css: readonly OutputSize[];
  readonly initialGzipBytes: number;
  readonly lazyGzipBytes: number;
}

export interface MeasureBundleOptions {
  /** Absolute path of the entry module. */
  readonly entry: string;
  /** Bare specifiers left out of the bundle, as an app's peers. Default: {@link APP_PEERS}. */
  readonly external?: readonly string[];
  /**
   * Extra resolve conditions. Default: none, so workspace packages resolve to their built `dist`
   * (the `default` export condition), exactly as an app installing them from npm would get.
   */
  readonly conditions?: readonly string[];
}

/**
 * Bundles `entry` the way an app's production build would (esbuild: ESM, code splitting, minified,
 * `process.env.NODE_ENV` = "production", browser platform) and measures each output gzipped at
 * level 9. Nothing is written to disk.
 */
export async function measureBundle(options: MeasureBundleOptions): Promise<BundleSize> {
  const external = options.external ?? APP_PEERS;
  const workingDir = dirname(options.entry);
  const result = await build({
    entryPoints: { entry: options.entry },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    absWorkingDir: workingDir,
    outdir: OUT_DIR,
    external: external.flatMap((name) => [name, `${name}/*`]),
    conditions: [...(options.conditions ?? [])],
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    jsx: 'automatic',
    // Not the repo's tsconfig.json, whose `paths` point @liveframe/* at their sources.
    tsconfigRaw: '{}',
    logLevel: 'silent',
    loader: { '.wasm': 'file', '.tflite': 'file', '.png': 'file', '.svg': 'file' },
    assetNames: 'assets/[name]-[hash]',
  });
  // Metafile paths are relative to the working directory; emitted files carry absolute paths.
  const contents = new Map(
    result.outputFiles.map((file) => [relative(workingDir, file.path), file.contents]),
  );
  const sizeOf = (path: string): OutputSize => {
    const bytes = contents.get(path);
    if (bytes === undefined) throw new Error(`esbuild reported ${path} but did not emit it`);
    return {
      file: relative(OUT_DIR, path),
      minifiedBytes: bytes.byteLength,
      gzipBytes: gzipSync(bytes, { level: 9 }).byteLength,
      inputs: largestInputs(result.metafile, path),
      modules: Object.entries(result.metafile.outputs[path]?.inputs ?? {})
        .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
        .map(([input]) => input),
    };
  };
  const outputs = result.metafile.outputs;
  // Chunks split off at a dynamic `import()` have an `entryPoint` too: match the entry's own.
  const entryInput = relative(workingDir, options.entry);
  const entryPath = Object.keys(outputs).find((path) => outputs[path]?.entryPoint === entryInput);
  if (entryPath === undefined) throw new Error(`no entry chunk for ${options.entry}`);
  const initialPaths = staticClosure(result.metafile, entryPath);
  const jsPaths = Object.keys(outputs).filter((path) => path.endsWith('.js'));
  const initial = [...initialPaths].map((path) => sizeOf(path));
  const lazy = jsPaths.filter((path) => !initialPaths.has(path)).map((path) => sizeOf(path));
  const css = Object.keys(outputs)
    .filter((path) => path.endsWith('.css'))
    .map((path) => sizeOf(path));
  return {
    entry: options.entry,
    initial,
    lazy,
    css,
    initialGzipBytes: sum(initial.map((file) => file.gzipBytes)),
    lazyGzipBytes: sum(lazy.map((file) => file.gzipBytes)),
  };
}

function staticClosure(metafile: Metafile, entryPath: string): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imported of metafile.outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(entryPath);
  return seen;
}

/** The packages (or workspace folders) that contribute most bytes to one output, largest first. */
function largestInputs(metafile: Metafile, path: string): string[] {
  const output = metafile.outputs[path];
  const byOwner = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const owner = ownerOf(input);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + bytesInOutput);
  }
  return [...byOwner.entries()]
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([owner, bytes]) => `${owner} ${bytes} B`);
}

function ownerOf(input: string): string {
  const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (match?.[1] !== undefined) return match[1];
  const workspace = /packages\/([^/]+)\//.exec(input);
  return workspace?.[1] !== undefined ? `@liveframe/${workspace[1]}` : input;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
