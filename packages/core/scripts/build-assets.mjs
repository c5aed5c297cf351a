// Writes the face detector's runtime files to packages/core/assets/ (generated, git-ignored):
// - face_detection_short_range.tflite: BlazeFace short range from @mediapipe/face_detection, with
//   the TFLite metadata MediaPipe's FaceDetector needs (input normalised to [-1, 1]);
// - vision_wasm_internal.{js,wasm}: the MediaPipe Tasks Vision runtime (WebAssembly SIMD build).
// - blazeface_short_range.{json,bin}: the same model as a TensorFlow.js graph (models/blazeface/),
//   and tfjs-backend-wasm-simd.wasm, the TensorFlow.js WebAssembly backend it runs on.
// - .gz and .br siblings of the files that compress well (tfjs wasm, model graph), for static
//   hosts that serve precompressed files (nginx gzip_static/brotli_static, Caddy precompressed).
// assets/package.json marks the loader as CommonJS (the package is ESM).
// Run by `prepare` (so `pnpm install` produces them) and by `build`.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  attachModelMetadata,
  buildImageInputMetadata,
  readInputNormalization,
} from './tflite-metadata.mjs';

const require = createRequire(import.meta.url);
const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const assetsDir = join(packageRoot, 'assets');

/** BlazeFace takes RGB in [-1, 1]: (x - 127.5) / 127.5. */
const NORMALIZATION = { mean: [127.5], std: [127.5] };
const MODEL_FILE = 'face_detection_short_range.tflite';
const WASM_FILES = ['vision_wasm_internal.js', 'vision_wasm_internal.wasm'];

async function buildModel() {
  const source = join(
    dirname(require.resolve('@mediapipe/face_detection/package.json')),
    MODEL_FILE,
  );
  const model = new Uint8Array(await readFile(source));
  const metadata = buildImageInputMetadata({
    name: 'BlazeFace short range',
    description: 'Detects faces within about 2 m of the camera (MediaPipe face detection).',
    license: 'Apache-2.0',
    inputName: 'input',
    ...NORMALIZATION,
  });
  const patched = attachModelMetadata(model, metadata);
  const readBack = readInputNormalization(patched);
  if (
    readBack === undefined ||
    readBack.mean.join() !== NORMALIZATION.mean.join() ||
    readBack.std.join() !== NORMALIZATION.std.join()
  ) {
    throw new Error(`round trip failed: read back ${JSON.stringify(readBack)}`);
  }
  await writeFile(join(assetsDir, MODEL_FILE), patched);
  return `${MODEL_FILE} (${model.length} -> ${patched.length} bytes)`;
}

async function copyWasm() {
  const done = [];
  for (const file of WASM_FILES) {
    await copyFile(require.resolve(`@mediapipe/tasks-vision/${file}`), join(assetsDir, file));
    done.push(file);
  }
  return done.join(', ');
}

/** BlazeFace for TensorFlow.js: committed model files, and the tfjs wasm backend (SIMD build). */
async function copyBlazeFace() {
  const copies = [
    [
      join(packageRoot, 'models/blazeface/facemesh-detection-short.json'),
      'blazeface_short_range.json',
    ],
    [
      join(packageRoot, 'models/blazeface/facemesh-detection-short.bin'),
      'blazeface_short_range.bin',
    ],
    [
      join(
        dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')),
        'dist/tfjs-backend-wasm-simd.wasm',
      ),
      'tfjs-backend-wasm-simd.wasm',
    ],
  ];
  for (const [from, to] of copies) await copyFile(from, join(assetsDir, to));
  return copies.map(([, to]) => to).join(', ');
}

/** Precompressed siblings: gzip level 9 and brotli quality 11 of `files` in assets/. */
async function precompress(files) {
  for (const file of files) {
    const bytes = await readFile(join(assetsDir, file));
    await writeFile(join(assetsDir, `${file}.gz`), gzipSync(bytes, { level: 9 }));
    await writeFile(
      join(assetsDir, `${file}.br`),
      brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }),
    );
  }
  return `${files.join(', ')} (.gz, .br)`;
}

try {
  await mkdir(assetsDir, { recursive: true });
  const written = [
    await buildModel(),
    await copyWasm(),
    await copyBlazeFace(),
    await precompress(['tfjs-backend-wasm-simd.wasm', 'blazeface_short_range.json']),
  ];
  // The wasm loader is a classic (CommonJS-style) script, not an ES module: say so for this folder.
  await writeFile(join(assetsDir, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
  console.info(`@liveframe/core assets: ${written.join('; ')}`);
} catch (error) {
  console.error('@liveframe/core: building the face detector assets failed.');
  console.error(error);
  process.exitCode = 1;
}
