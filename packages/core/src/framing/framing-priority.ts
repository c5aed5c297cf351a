import type { FramingReason } from '../reasons.js';

/**
 * The reasons `analyzeFrame` can report, in display order: when a frame has several problems,
 * the first one here is the one shown. Light first (nothing else can be judged in the dark),
 * then the face count, its size and place, and sharpness last.
 */
export const FRAMING_PRIORITY = Object.freeze([
  'TOO_DARK',
  'TOO_BRIGHT',
  'NO_FACE',
  'MULTIPLE_FACES',
  'FACE_TOO_SMALL',
  'FACE_TOO_LARGE',
  'FACE_OFF_CENTER',
  'BLURRY',
] as const satisfies readonly FramingReason[]);

/** A reason `analyzeFrame` can report. */
export type FrameCheckReason = (typeof FRAMING_PRIORITY)[number];
