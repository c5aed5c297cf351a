import type { FrameReader } from '../capture/frame-reader.js';
import type { FrameSource } from '../capture/source-size.js';
import type { FaceBox, FaceDetector } from '../detector/types.js';
import type { FramingOptions } from '../framing/framing-options.js';
import type { FramingReason } from '../reasons.js';
import { loadFrameWork } from './load-frame-work.js';

/** Reasons that need a face detector; left out when there is none. */
export const FACE_REASONS: ReadonlySet<FramingReason> = new Set([
  'NO_FACE',
  'MULTIPLE_FACES',
  'FACE_TOO_SMALL',
  'FACE_TOO_LARGE',
  'FACE_OFF_CENTER',
]);

/** The name of the User Timing measure recorded for each frame analysed with a face detector. */
export const ANALYZE_MEASURE = 'liveframe:analyze';
/** The measure of a frame judged for light and sharpness only (no detector, or still loading). */
export const ANALYZE_LIGHT_MEASURE = 'liveframe:analyze-light';

/** The face detector threw on a frame (not the frame reader): its `cause` is what it threw. */
export class FrameDetectionError extends Error {
  override readonly name = 'FrameDetectionError';
  constructor(cause: unknown) {
    super('The face detector failed on a frame.', { cause });
  }
}

/** What is needed to check one frame. */
export interface FrameCheckInput {
  readonly source: FrameSource;
  readonly reader: FrameReader;
  /** `null` without a detector: only light and sharpness are judged. */
  readonly detector: FaceDetector | null;
  readonly framing: Partial<FramingOptions> | undefined;
  /** Strictly increasing timestamp for the detector's video mode. */
  readonly timestamp: () => number;
}

/**
 * Reads, detects and analyses the current frame; records a `liveframe:analyze` measure
 * (`liveframe:analyze-light` without a detector).
 * Returns `null` when the source has no frame yet.
 */
export async function checkFrame(input: FrameCheckInput): Promise<readonly FramingReason[] | null> {
  const { analyzeFrame } = await loadFrameWork();
  const start = performanceNow();
  const frame = input.reader.read(input.source);
  if (!frame) return null;
  let faces: readonly FaceBox[] | null = null;
  if (input.detector) {
    try {
      faces = await input.detector.detect(frame.image, input.timestamp());
    } catch (error) {
      throw new FrameDetectionError(error);
    }
  }
  const { reasons } = analyzeFrame(frame.pixels, faces ?? [], input.framing);
  measureAnalysis(start, faces !== null);
  return faces ? reasons : reasons.filter((reason) => !FACE_REASONS.has(reason));
}

function performanceNow(): number {
  return globalThis.performance?.now() ?? 0;
}

/** Records the frame's analysis as a User Timing measure (real time, whatever the session clock). */
export function measureAnalysis(start: number, withFaces: boolean): void {
  const performance = globalThis.performance as Performance | undefined;
  if (typeof performance?.measure !== 'function') return;
  try {
    const name = withFaces ? ANALYZE_MEASURE : ANALYZE_LIGHT_MEASURE;
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // User Timing is best effort: never let it break the analysis.
  }
}
