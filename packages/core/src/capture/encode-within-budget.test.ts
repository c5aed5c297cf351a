import { describe, expect, it, vi } from 'vitest';
import { EncodeBudgetError, encodeWithinBudget, qualityLadder } from './encode-within-budget.js';

/** An encoder whose output size follows pixels x quality, like JPEG roughly does. */
function sizedEncoder(bytesPerPixelAtFullQuality: number) {
  return vi.fn(async (width: number, height: number, quality: number) =>
    'A'.repeat(Math.round(width * height * quality * bytesPerPixelAtFullQuality)),
  );
}

describe('qualityLadder', () => {
  it.each([
    [0.92, 0.5, [0.92, 0.82, 0.72, 0.62, 0.52, 0.5]],
    [0.9, 0.5, [0.9, 0.8, 0.7, 0.6, 0.5]],
    [0.5, 0.5, [0.5]],
  ])('from %d down to %d', (start, min, ladder) => {
    expect(qualityLadder(start, min)).toEqual(ladder);
  });
});

describe('encodeWithinBudget', () => {
  it.each([
    { source: [1920, 1080], size: [1280, 720] },
    { source: [1080, 1920], size: [720, 1280] },
    { source: [640, 480], size: [640, 480] },
    { source: [1280, 1280], size: [1280, 1280] },
  ])('scales $source so the longest side is at most 1280', async ({ source, size }) => {
    const encode = sizedEncoder(0.1);
    const frame = await encodeWithinBudget(source[0]!, source[1]!, encode);
    expect([frame.width, frame.height]).toEqual(size);
    expect(frame.quality).toBe(0.85);
    expect(frame.bytes).toBe(frame.base64.length);
    expect(encode).toHaveBeenCalledTimes(1);
  });

  it('steps quality down until the Base64 fits, and reports what was sent', async () => {
    // 1280x720 at q: 921,600 * q * 1.5 bytes -> fits at q <= 0.72.
    const encode = sizedEncoder(1.5);
    const frame = await encodeWithinBudget(1280, 720, encode);
    expect(encode.mock.calls.map(([, , q]) => q)).toEqual([0.85, 0.75, 0.65]);
    expect(frame.quality).toBe(0.65);
    expect(frame.bytes).toBeLessThanOrEqual(1_000_000);
    expect(frame.bytes).toBe(Math.round(921_600 * 0.65 * 1.5));
  });

  it('shrinks the image once the lowest quality is still too big', async () => {
    const encode = sizedEncoder(4);
    const frame = await encodeWithinBudget(1280, 720, encode, { maxBase64Bytes: 1_000_000 });
    // 4 bytes a pixel at full quality: nothing fits at 1280x720 or 960x540 (still 1.04 MB at
    // 0.5); 720x405 fits at once at 0.85 (991,440 bytes), the top of the ladder.
    expect(encode.mock.calls.map(([w]) => w)).toEqual([
      ...Array(5).fill(1280),
      ...Array(5).fill(960),
      720,
    ]);
    expect([frame.width, frame.height]).toEqual([720, 405]);
    expect(frame.quality).toBe(0.85);
    expect(frame.bytes).toBeLessThanOrEqual(1_000_000);
  });

  it('respects a custom budget', async () => {
    const encode = sizedEncoder(0.1);
    const frame = await encodeWithinBudget(1920, 1080, encode, {
      maxSide: 640,
      quality: 0.8,
      maxBase64Bytes: 20_000,
    });
    expect([frame.width, frame.height]).toEqual([640, 360]);
    expect(frame.bytes).toBeLessThanOrEqual(20_000);
  });

  it('fails with EncodeBudgetError when nothing fits', async () => {
    await expect(
      encodeWithinBudget(1280, 720, async () => 'A'.repeat(2_000_000)),
    ).rejects.toBeInstanceOf(EncodeBudgetError);
  });

  it.each([
    [0, 480, {}],
    [640, Number.NaN, {}],
    [640, 480, { maxSide: 10 }],
    [640, 480, { maxBase64Bytes: 0 }],
    [640, 480, { quality: 1.5 }],
    [640, 480, { quality: 0.8, minQuality: 0.9 }],
  ])('rejects %d x %d with %o as a RangeError', async (width, height, budget) => {
    await expect(encodeWithinBudget(width, height, sizedEncoder(0.1), budget)).rejects.toThrow(
      RangeError,
    );
  });
});
