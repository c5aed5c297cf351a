import { formatMessage } from '../messages/format-message.js';
import type { MessageCatalog } from '../messages/message-keys.js';
import { isCameraOn } from './session-selectors.js';
import type { SessionState } from './session-state.js';

/** The face detector's download, as a view shows it. */
export interface DetectorLoadingView {
  /** Bytes received so far. */
  readonly loaded: number;
  /** Bytes expected, or `null` when the host sends no usable length. */
  readonly total: number | null;
  /** 0..100, or `null` without a total. */
  readonly percent: number | null;
  /**
   * A sentence for a polite live region. It changes only in steps of 25% so that screen
   * readers hear a few updates, not one per chunk.
   */
  readonly announcement: string;
}

const ANNOUNCE_STEP = 25;

/**
 * What to show while the face detector downloads with the camera on, or `null` when it is not
 * loading (ready, off, unavailable) or the camera is off; numbers written as `locale` writes
 * them. Pure.
 */
export function describeDetectorLoading(
  state: SessionState,
  messages: MessageCatalog,
  locale = 'en',
): DetectorLoadingView | null {
  if (state.detector !== 'loading' && state.detector !== 'slow') return null;
  if (!isCameraOn(state)) return null;
  const loaded = state.detectorProgress?.loaded ?? 0;
  const total = state.detectorProgress?.total ?? null;
  const percent =
    total === null || total <= 0 ? null : Math.min(100, Math.floor((loaded / total) * 100));
  const announcement =
    percent === null
      ? messages.detectorLoading
      : formatMessage(
          messages.detectorProgress,
          {
            percent: Math.floor(percent / ANNOUNCE_STEP) * ANNOUNCE_STEP,
          },
          locale,
        );
  return { loaded, total, percent, announcement };
}
