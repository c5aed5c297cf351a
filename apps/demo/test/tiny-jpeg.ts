import jpeg from 'jpeg-js';

/**
 * A real 96 x 96 JPEG, as raw Base64: a soft grey gradient with a checkerboard, so that the
 * simulator's brightness and sharpness measures have something to measure.
 */
export function tinyJpegBase64(): string {
  const width = 96;
  const height = 96;
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const offset = (y * width + x) * 4;
      const value = 90 + x + (((x >> 3) + (y >> 3)) % 2) * 60;
      data.fill(value, offset, offset + 3);
      data[offset + 3] = 255;
    }
  }
  return jpeg.encode({ data, width, height }, 85).data.toString('base64');
}
