import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { FakeVideoVariant } from './fake-video.js';
import { makeFakeVideo } from './fake-video.js';
import { fixture } from './paths.js';

interface Y4m {
  header: string;
  frames: number;
  /** Luma plane of the first frame. */
  luma: Uint8Array;
}

function parseY4m(bytes: Buffer): Y4m {
  const headerEnd = bytes.indexOf(0x0a);
  const header = bytes.subarray(0, headerEnd).toString('latin1');
  const width = Number(/ W(\d+)/.exec(header)?.[1]);
  const height = Number(/ H(\d+)/.exec(header)?.[1]);
  const frameBytes = 'FRAME\n'.length + (width * height * 3) / 2;
  const body = bytes.length - headerEnd - 1;
  const start = headerEnd + 1 + 'FRAME\n'.length;
  return {
    header,
    frames: body / frameBytes,
    luma: new Uint8Array(bytes.subarray(start, start + width * height)),
  };
}

const mean = (values: Uint8Array) => values.reduce((sum, v) => sum + v, 0) / values.length;

describe('makeFakeVideo', () => {
  const variants: FakeVideoVariant[] = [
    'original',
    'dark',
    'bright',
    'blurred',
    'far',
    'off-centre',
    'two-faces',
  ];

  it.each(variants)('writes a 640x480, 15 fps, 2 s y4m for the %s variant', async (variant) => {
    const video = parseY4m(await readFile(await makeFakeVideo(fixture('astronaut.png'), variant)));
    expect(video.header).toMatch(/^YUV4MPEG2 W640 H480 F15:1 /);
    expect(video.frames).toBe(30);
  });

  it('makes dark darker and bright brighter than the original', async () => {
    const luma = async (variant: FakeVideoVariant) =>
      mean(parseY4m(await readFile(await makeFakeVideo(fixture('portrait.jpg'), variant))).luma);
    const [original, dark, bright] = await Promise.all([
      luma('original'),
      luma('dark'),
      luma('bright'),
    ]);
    expect(dark).toBeLessThan(original * 0.4);
    expect(bright).toBeGreaterThan(original + 60);
  });

  it('fails clearly for a missing image', async () => {
    await expect(makeFakeVideo('/nonexistent/face.png')).rejects.toThrow(/ENOENT|nonexistent/);
  });
});
