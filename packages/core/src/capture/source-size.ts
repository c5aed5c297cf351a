/** Something a canvas can draw, with the size it has. */
export type FrameSource =
  HTMLVideoElement | HTMLCanvasElement | HTMLImageElement | OffscreenCanvas | ImageBitmap;

/** The intrinsic size of `source` in pixels (a video's stream size, not its CSS size). */
export function sourceSize(source: FrameSource): { width: number; height: number } {
  if ('videoWidth' in source) return { width: source.videoWidth, height: source.videoHeight };
  if ('naturalWidth' in source) return { width: source.naturalWidth, height: source.naturalHeight };
  return { width: source.width, height: source.height };
}

/** A 2D canvas of `width` x `height`: an `OffscreenCanvas` when available, else a DOM canvas. */
export function createCanvas(width: number, height: number): OffscreenCanvas | HTMLCanvasElement {
  if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}
