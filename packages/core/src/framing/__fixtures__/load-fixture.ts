// Decodes the shared fixture images in Node. CI clones the repository with `shared/` beside it,
// so the images live at `<repo root>/../shared/fixtures/images`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { FixtureName } from './faces.js';
import type { RgbaImage } from './image-ops.js';

/** `<repo root>/../shared/fixtures/images`, resolved from this file. */
export const FIXTURE_DIR = fileURLToPath(
  new URL('../../../../../../shared/fixtures/images/', import.meta.url),
);

const decoded = new Map<FixtureName, RgbaImage>();

/**
 * The decoded fixture, RGBA, decoded once per test file. Throws with the expected location
 * when the image is missing. Treat the result as read-only: the image ops all copy.
 */
export function loadFixture(name: FixtureName): RgbaImage {
  const cached = decoded.get(name);
  if (cached) return cached;
  const image = decode(name);
  decoded.set(name, image);
  return image;
}

function decode(name: FixtureName): RgbaImage {
  const file = `${FIXTURE_DIR}${name}`;
  if (!existsSync(file)) {
    throw new Error(
      `Fixture image ${name} not found at ${file}. The tests expect the shared fixtures ` +
        'checked out beside the repository: <repo root>/../shared/fixtures/images.',
    );
  }
  const bytes = readFileSync(file);
  if (name.endsWith('.png')) {
    const png = PNG.sync.read(bytes);
    return { data: new Uint8ClampedArray(png.data), width: png.width, height: png.height };
  }
  const decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
  return {
    data: new Uint8ClampedArray(decoded.data),
    width: decoded.width,
    height: decoded.height,
  };
}
