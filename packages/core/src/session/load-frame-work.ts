import type * as FrameWork from './frame-work.js';

let frameWork: Promise<typeof FrameWork> | undefined;

/** Loads `frame-work.js` once (its own chunk); after a failed load the next call tries again. */
export function loadFrameWork(): Promise<typeof FrameWork> {
  frameWork ??= import('./frame-work.js').catch((error: unknown) => {
    frameWork = undefined;
    throw error;
  });
  return frameWork;
}
