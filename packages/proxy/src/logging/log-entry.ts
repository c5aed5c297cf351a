import type { ProxyErrorCode } from '@liveframe/core';

/** One line per request: never the image, a secret or an upstream body; `detail` is for operators. */
export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  msg: 'liveness request';
  method: string;
  path: string;
  status: number;
  /** The error code for non-2xx answers. */
  code?: ProxyErrorCode;
  durationMs: number;
  /** Request body bytes read. */
  bytesIn: number;
  /** Decoded image bytes, when an image was accepted. */
  imageBytes?: number;
  upstream: string;
  /** The attempt's number in its capture session, when one was counted. */
  attempt?: number;
  /** The verdict, for answered checks. */
  outcome?: 'pass' | 'retry';
  detail?: string;
}

/** Receives one {@link LogEntry} per request. */
export type Logger = (entry: LogEntry) => void;
