import { execFile } from 'node:child_process';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';
import type { FakeVideoVariant } from '../../../e2e/support/fake-video.js';
import { makeFakeVideo } from '../../../e2e/support/fake-video.js';

const run = promisify(execFile);

/** The fake-camera variants of the browser tests (e2e/support/fake-video.ts). */
export const VARIANTS: readonly FakeVideoVariant[] = [
  'original',
  'dark',
  'bright',
  'blurred',
  'far',
  'off-centre',
  'two-faces',
];

/**
 * The frame sizes compared: what the session's frame reader gives the detector (320 px wide), a
 * VGA phone stream, and an HD laptop webcam.
 */
export const SIZES = [
  { width: 320, height: 240 },
  { width: 640, height: 480 },
  { width: 1280, height: 720 },
] as const;

export interface DetectorFrame {
  /** `<image>-<variant>-<width>x<height>` */
  readonly name: string;
  readonly image: string;
  readonly variant: FakeVideoVariant;
  readonly width: number;
  readonly height: number;
  /** The PNG file. */
  readonly path: string;
}

/**
 * Every fixture image in every variant, as PNG stills: the first frame of the browser tests'
 * 640x480 fake-camera clip, and that frame scaled to 320x240 and to cover 1280x720 (cropped to the
 * middle).
 */
export async function makeDetectorFrames(
  imagesDir: string,
  outDir: string,
): Promise<DetectorFrame[]> {
  await mkdir(outDir, { recursive: true });
  const images = (await readdir(imagesDir)).filter((f) => /\.(png|jpe?g)$/i.test(f)).sort();
  const frames: DetectorFrame[] = [];
  for (const image of images) {
    for (const variant of VARIANTS) {
      const clip = await makeFakeVideo(join(imagesDir, image), variant);
      for (const { width, height } of SIZES) {
        const name = `${basename(image, extname(image))}-${variant}-${width}x${height}`;
        const path = join(outDir, `${name}.png`);
        const fresh = await stat(path).then(
          async (png) => png.mtimeMs >= (await stat(clip)).mtimeMs,
          () => false,
        );
        if (!fresh) {
          const filter = `scale=${width}:${height}:force_original_aspect_ratio=increase,crop=${width}:${height}`;
          await run('ffmpeg', [
            ...['-loglevel', 'error', '-y', '-i', clip, '-frames:v', '1'],
            ...['-vf', filter, path],
          ]);
        }
        frames.push({ name, image, variant, width, height, path });
      }
    }
  }
  return frames;
}
