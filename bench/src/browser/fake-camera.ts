import { execFile } from 'node:child_process';
import { mkdir, rename, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The benchmark's camera: an HD webcam (1280x720 at 30 fps), the most common laptop camera. */
export const BENCH_CAMERA = { width: 1280, height: 720, fps: 30 } as const;

/**
 * A one-second Y4M clip (looped by Chromium's fake camera) of `image` at
 * {@link BENCH_CAMERA}'s size: scaled to cover the frame, cropped from the top where portraits
 * have the face, as `e2e/support/fake-video.ts` does at 640x480. Written to `cacheDir` with
 * ffmpeg and reused while newer than the image.
 * @returns the path of the `.y4m` file
 */
export async function makeBenchCamera(image: string, cacheDir: string): Promise<string> {
  const { width, height, fps } = BENCH_CAMERA;
  const out = join(cacheDir, `${basename(image, extname(image))}-${width}x${height}.y4m`);
  const [source, existing] = await Promise.all([stat(image), stat(out).catch(() => undefined)]);
  if (existing !== undefined && existing.mtimeMs >= source.mtimeMs) return out;
  await mkdir(cacheDir, { recursive: true });
  const partial = `${out}.${process.pid}.partial`;
  const cover = `scale=${width}:${height}:force_original_aspect_ratio=increase,crop=${width}:${height}:(iw-ow)/2:0`;
  try {
    await run('ffmpeg', [
      ...['-loglevel', 'error', '-y', '-loop', '1', '-framerate', String(fps), '-i', image],
      ...['-t', '1', '-vf', `${cover},format=yuv420p`, '-f', 'yuv4mpegpipe', partial],
    ]);
  } catch (error) {
    throw new Error(`ffmpeg could not make the fake camera clip of ${image}`, { cause: error });
  }
  await rename(partial, out);
  return out;
}
