'use client';
export { LivenessCapture } from './liveness-capture.js';
export type { LivenessCaptureProps } from './liveness-capture.js';
export { useLivenessCapture } from './use-liveness-capture.js';
export type { UseLivenessCaptureResult } from './use-liveness-capture.js';
export type { UseLivenessCaptureOptions } from './use-liveness-capture-options.js';
export { LIVENESS_MUTATION_KEY } from './use-liveness-submit.js';
export type { RequestHeaders, SubmitOptions } from './use-liveness-submit.js';
export type { PropGetters, RootProps, StatusProps, ButtonProps } from './prop-getters.js';
export type { WebcamInstance, WebcamProps } from './webcam-types.js';
export { LivenessCaptureError } from '@liveframe/core/session';
export type {
  SessionStatus as LivenessCaptureState,
  LivenessCaptureResult,
  CameraDevice,
  ReasonCode,
  Locale,
  MessageOverrides,
} from '@liveframe/core';
