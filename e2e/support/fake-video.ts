import { execFile } from 'node:child_process';
import { mkdir, rename, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';
import { e2eCacheDir } from './paths.js';

const run = promisify(execFile);

/** Ways to alter a still image before it becomes a fake camera. */
export type FakeVideoVariant =
  'original' | 'dark' | 'bright' | 'blurred' | 'far' | 'off-centre' | 'two-faces';

const WIDTH = 640;
const HEIGHT = 480;
const FPS = 15;
const SECONDS = 2;
const PAD = 'color=0x808080';

// Every variant starts from the image scaled to cover 640x480 (aspect kept), cropped from the
// top, where portraits have the face.
const COVER = `scale=${WIDTH}:${HEIGHT}:force_original_aspect_ratio=increase,crop=${WIDTH}:${HEIGHT}:(iw-ow)/2:0`;

const VARIANT_FILTERS: Record<FakeVideoVariant, string> = {
  original: COVER,
  // Luma to a quarter: an underexposed room.
  dark: `${COVER},lutyuv=y=val*0.25`,
  // Luma lifted and clipped: a face in front of a window.
  bright: `${COVER},lutyuv=y=clip(val*1.6+90\\,0\\,255)`,
  blurred: `${COVER},gblur=sigma=8`,
  // Half the size, centred on a grey wall: the person stands too far away.
  far: `${COVER},scale=${WIDTH / 2}:${HEIGHT / 2},pad=${WIDTH}:${HEIGHT}:(ow-iw)/2:(oh-ih)/2:${PAD}`,
  // Content shifted 180 px to the right.
  'off-centre': `${COVER},pad=${WIDTH + 180}:${HEIGHT}:180:0:${PAD},crop=${WIDTH}:${HEIGHT}:0:0`,
  // The middle half of the frame twice, side by side: two people, each at the original scale.
  'two-faces': `${COVER},crop=${WIDTH / 2}:${HEIGHT}:(iw-ow)/2:0,split[a][b];[a][b]hstack`,
};

/**
 * A Y4M video (15 fps, 2 s, 640x480, looped by Chromium) of `image`, altered by `variant`, written
 * to `.cache/e2e/fake-video/` with ffmpeg and reused while newer than the image.
 * @returns the path of the `.y4m` file
 */
export async function makeFakeVideo(
  image: string,
  variant: FakeVideoVariant = 'original',
): Promise<string> {
  const dir = join(e2eCacheDir, 'fake-video');
  const out = join(dir, `${basename(image, extname(image))}-${variant}.y4m`);
  const [source, existing] = await Promise.all([stat(image), stat(out).catch(() => undefined)]);
  if (existing !== undefined && existing.mtimeMs >= source.mtimeMs) return out;

  await mkdir(dir, { recursive: true });
  const partial = `${out}.${process.pid}.partial`;
  const filter = `${VARIANT_FILTERS[variant]},format=yuv420p`;
  try {
    await run('ffmpeg', [
      ...['-loglevel', 'error', '-y', '-loop', '1', '-framerate', String(FPS), '-i', image],
      ...['-t', String(SECONDS), '-filter_complex', filter, '-f', 'yuv4mpegpipe', partial],
    ]);
  } catch (error) {
    throw new Error(`ffmpeg could not make the ${variant} video of ${image}`, { cause: error });
  }
  await rename(partial, out);
  return out;
}
