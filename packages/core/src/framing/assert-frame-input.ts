import type { FaceBox } from '../detector/types.js';
import type { FramePixels } from './types.js';

/**
 * Checks that `pixels` is an RGBA frame whose buffer matches its size.
 * @throws {TypeError} when `pixels` or its `data` is not of the expected kind.
 * @throws {RangeError} when the size is not a positive integer or `data.length` is not
 * `width * height * 4`.
 */
export function assertFramePixels(pixels: FramePixels): void {
  if (typeof pixels !== 'object' || pixels === null) {
    throw new TypeError('Frame pixels must be an object with data, width and height.');
  }
  const { data, width, height } = pixels;
  if (!(data instanceof Uint8ClampedArray || data instanceof Uint8Array)) {
    throw new TypeError('Frame pixels data must be a Uint8ClampedArray or a Uint8Array of RGBA.');
  }
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(
      `Frame width and height must be positive integers, got ${String(width)}x${String(height)}.`,
    );
  }
  if (data.length !== width * height * 4) {
    throw new RangeError(
      `Frame data has ${data.length} bytes but a ${width}x${height} RGBA frame needs ` +
        `width * height * 4 = ${width * height * 4}.`,
    );
  }
}

/**
 * Checks that every face box has finite coordinates, a positive size and a finite score.
 * @throws {TypeError} when `faces` is not an array.
 * @throws {RangeError} naming the first invalid box.
 */
export function assertFaceBoxes(faces: readonly FaceBox[]): void {
  if (!Array.isArray(faces)) {
    throw new TypeError('Faces must be an array of face boxes (empty when no face was found).');
  }
  faces.forEach((face: FaceBox, index) => {
    const { x, y, width, height, score } = face;
    const finite = [x, y, width, height, score].every((value) => Number.isFinite(value));
    if (!finite || width <= 0 || height <= 0) {
      throw new RangeError(
        `Face box ${index} must have finite x, y, score and a positive width and height, got ` +
          `${JSON.stringify(face)}.`,
      );
    }
  });
}
