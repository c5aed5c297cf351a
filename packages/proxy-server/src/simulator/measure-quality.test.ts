import { describe, expect, it } from 'vitest';
import type { LumaImage } from './decode-luma.js';
import { measureQuality } from './measure-quality.js';

const WHOLE = { left: 0, top: 0, width: 1, height: 1 };

function image(width: number, height: number, at: (x: number, y: number) => number): LumaImage {
  const luma = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) luma[y * width + x] = at(x, y);
  }
  return { width, height, luma };
}

describe('measureQuality', () => {
  it.each([
    [0, 0],
    [255, 100],
    [51, 20],
  ])('maps flat luma %i to brightness %i and sharpness 0', (level, brightness) => {
    expect(
      measureQuality(
        image(40, 40, () => level),
        WHOLE,
      ),
    ).toEqual({ brightness, sharpness: 0 });
  });

  it('scores hard edges sharper than a soft gradient', () => {
    const edges = measureQuality(
      image(64, 64, (x) => (x % 2 === 0 ? 0 : 255)),
      WHOLE,
    );
    const ramp = measureQuality(
      image(64, 64, (x) => x * 4),
      WHOLE,
    );
    expect(edges.sharpness).toBe(100);
    expect(ramp.sharpness).toBeLessThan(5);
  });

  it('measures only the region', () => {
    const half = image(100, 100, (x) => (x < 50 ? 0 : 255));
    expect(measureQuality(half, { left: 0.6, top: 0, width: 0.4, height: 1 }).brightness).toBe(100);
    expect(measureQuality(half, { left: 0, top: 0, width: 0.4, height: 1 }).brightness).toBe(0);
  });

  it('samples large images on a bounded grid', () => {
    const big = image(2000, 1500, (x, y) => (((x >> 4) + (y >> 4)) % 2 === 0 ? 30 : 220));
    const quality = measureQuality(big, WHOLE);
    expect(quality.brightness).toBeGreaterThan(40);
    expect(quality.brightness).toBeLessThan(60);
  });
});
