import { afterEach, describe, expect, it, vi } from 'vitest';
import { bytesToBase64 } from './base64.js';
import { encodeFrame } from './encode-frame.js';
import { createFrameReader } from './frame-reader.js';

/** A stand-in OffscreenCanvas recording what is drawn, producing a JPEG-sized blob. */
class FakeCanvas {
  static made: FakeCanvas[] = [];
  readonly context = {
    drawImage: vi.fn(),
    getImageData: vi.fn((x: number, y: number, w: number, h: number) => ({
      data: new Uint8ClampedArray(w * h * 4),
      width: w,
      height: h,
    })),
    setTransform: vi.fn(),
    scale: vi.fn(),
  };
  constructor(
    public width: number,
    public height: number,
  ) {
    FakeCanvas.made.push(this);
  }
  getContext() {
    return this.context;
  }
  async convertToBlob({ quality }: { type: string; quality: number }) {
    return new Blob([new Uint8Array(Math.round(this.width * this.height * quality * 0.5))]);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeCanvas.made = [];
});

describe('encodeFrame', () => {
  it('draws the video unmirrored at most 1280 px wide and returns Base64 with its size', async () => {
    vi.stubGlobal('OffscreenCanvas', FakeCanvas);
    const video = { videoWidth: 1920, videoHeight: 1080 } as HTMLVideoElement;
    const frame = await encodeFrame(video);
    const [canvas] = FakeCanvas.made;
    expect([canvas?.width, canvas?.height]).toEqual([1280, 720]);
    expect(canvas?.context.drawImage).toHaveBeenCalledWith(video, 0, 0, 1280, 720);
    expect(canvas?.context.setTransform).not.toHaveBeenCalled();
    expect(canvas?.context.scale).not.toHaveBeenCalled();
    expect(frame).toMatchObject({ width: 1280, height: 720, quality: 0.85 });
    expect(frame.bytes).toBe(frame.base64.length);
    expect(atob(frame.base64)).toHaveLength(Math.round(1280 * 720 * 0.85 * 0.5));
  });

  it('refuses a video with no frame yet', async () => {
    vi.stubGlobal('OffscreenCanvas', FakeCanvas);
    await expect(
      encodeFrame({ videoWidth: 0, videoHeight: 0 } as HTMLVideoElement),
    ).rejects.toThrow(RangeError);
  });
});

describe('createFrameReader', () => {
  it('reads a 320 px wide frame, keeping the aspect ratio, from one reused canvas', () => {
    vi.stubGlobal('OffscreenCanvas', FakeCanvas);
    const reader = createFrameReader();
    const video = { videoWidth: 1280, videoHeight: 720, readyState: 4 } as HTMLVideoElement;
    const first = reader.read(video);
    reader.read(video);
    expect(FakeCanvas.made).toHaveLength(1);
    expect(first?.pixels).toMatchObject({ width: 320, height: 180 });
    expect(first?.image).toBe(FakeCanvas.made[0]);
  });

  it('returns null before the video has data', () => {
    vi.stubGlobal('OffscreenCanvas', FakeCanvas);
    const reader = createFrameReader();
    expect(
      reader.read({ videoWidth: 640, videoHeight: 480, readyState: 1 } as HTMLVideoElement),
    ).toBeNull();
    expect(
      reader.read({ videoWidth: 0, videoHeight: 0, readyState: 4 } as HTMLVideoElement),
    ).toBeNull();
  });
});

describe('bytesToBase64', () => {
  it.each([
    [[], ''],
    [[0xff, 0xd8, 0xff], '/9j/'],
    [[104, 105], 'aGk='],
  ])('%o -> %s', (bytes, base64) => {
    expect(bytesToBase64(new Uint8Array(bytes))).toBe(base64);
  });

  it('matches Buffer on a large buffer (chunked path)', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
