import type { DetectorLoadStage } from '../detector/detector-load-error.js';
import type { FaceBox } from '../detector/types.js';
import type { FramingMetrics } from '../framing/analyze-frame.js';
import type { FramingOptions } from '../framing/framing-options.js';
import type { FramingReason } from '../reasons.js';

/** Messages the page sends to the analysis worker. */
export type ToAnalysisWorker =
  /** Load the face detector; `assetsBaseUrl` is absolute (resolved against the page). */
  | { readonly type: 'load'; readonly assetsBaseUrl?: string }
  /**
   * Analyse this frame, drawn at `width` x `height`; the image is transferred (a `VideoFrame`
   * wraps the camera's frame without a copy; an `ImageBitmap` is already shrunk).
   */
  | {
      readonly type: 'frame';
      readonly id: number;
      readonly image: ImageBitmap | VideoFrame;
      readonly width: number;
      readonly height: number;
      readonly framing?: Partial<FramingOptions>;
    };

/** Messages the analysis worker sends back. */
export type FromAnalysisWorker =
  /** The worker's script runs: frames can be sent. */
  | { readonly type: 'started' }
  | { readonly type: 'progress'; readonly loaded: number; readonly total: number | null }
  | { readonly type: 'ready' }
  | {
      readonly type: 'loadFailed';
      readonly stage: DetectorLoadStage | null;
      readonly message: string;
    }
  | {
      readonly type: 'analysed';
      readonly id: number;
      /** `null` while no detector is ready: only light and sharpness were judged. */
      readonly faces: readonly FaceBox[] | null;
      readonly reasons: readonly FramingReason[];
      readonly metrics: FramingMetrics;
      /** Time the worker spent on the frame, in ms. */
      readonly workMs: number;
    }
  | { readonly type: 'frameFailed'; readonly id: number; readonly message: string };
