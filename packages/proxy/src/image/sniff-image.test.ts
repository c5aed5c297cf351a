import { describe, expect, it } from 'vitest';
import { makeJpeg, makePng } from '../test-utils/images.js';
import { sniffImage } from './sniff-image.js';

describe('sniffImage', () => {
  it('reads a real JPEG and PNG header', () => {
    expect(sniffImage(makeJpeg({ width: 70, height: 50 }))).toEqual({
      ok: true,
      image: { mime: 'image/jpeg', width: 70, height: 50 },
    });
    expect(sniffImage(makePng({ width: 33, height: 90 }))).toEqual({
      ok: true,
      image: { mime: 'image/png', width: 33, height: 90 },
    });
  });

  it.each([
    ['empty', []],
    ['GIF', [...new TextEncoder().encode('GIF89a')]],
    ['WebP', [...new TextEncoder().encode('RIFF\0\0\0\0WEBP')]],
    ['text', [...new TextEncoder().encode('{"a":1}')]],
  ])('calls %s an unknown format', (_name, bytes) => {
    expect(sniffImage(new Uint8Array(bytes))).toEqual({ ok: false, reason: 'unknown-format' });
  });

  it.each([
    ['a bare JPEG signature', [0xff, 0xd8, 0xff]],
    ['a JPEG with a broken segment', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x01, 0x00, 0x00]],
    ['a JPEG whose scan comes before any frame', [0xff, 0xd8, 0xff, 0xda, 0x00, 0x08]],
    ['a PNG without IHDR', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]],
  ])('cannot read %s', (_name, bytes) => {
    expect(sniffImage(new Uint8Array(bytes))).toEqual({ ok: false, reason: 'unreadable-header' });
  });

  it('cannot read a header cut short, or a scan before any frame', () => {
    const jpeg = makeJpeg({ width: 70, height: 50 });
    const png = makePng({ width: 33, height: 90 });
    // The frame header of this JPEG starts past its quantisation tables.
    const frame = jpeg.findIndex((byte, index) => byte === 0xff && jpeg[index + 1] === 0xc0);
    expect(frame).toBeGreaterThan(20);
    for (const prefix of [jpeg.subarray(0, 8), jpeg.subarray(0, frame + 5), png.subarray(0, 20)]) {
      expect(sniffImage(prefix)).toEqual({ ok: false, reason: 'unreadable-header' });
    }
    expect(sniffImage(jpeg.subarray(0, frame + 9))).toEqual({
      ok: true,
      image: { mime: 'image/jpeg', width: 70, height: 50 },
    });
    const scanFirst = new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 0, 0, 0, 0]);
    expect(sniffImage(scanFirst)).toEqual({ ok: false, reason: 'unreadable-header' });
  });
});
