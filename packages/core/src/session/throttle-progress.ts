import type { DetectorLoadProgress, DetectorProgressListener } from '../detector/load-progress.js';

/**
 * Passes progress on to `listener` at most once every `intervalMs` (on the `now` clock), and
 * always when the download is complete: enough for a progress bar, calm for screen readers.
 */
export function throttleProgress(
  listener: DetectorProgressListener,
  intervalMs: number,
  now: () => number,
): DetectorProgressListener {
  let last = Number.NEGATIVE_INFINITY;
  return (progress: DetectorLoadProgress) => {
    const complete = progress.total !== null && progress.loaded >= progress.total;
    const at = now();
    if (!complete && at - last < intervalMs) return;
    last = at;
    listener(progress);
  };
}
