import type {
  CameraDevice,
  CameraReason,
  DetectorLoadingView,
  LivenessCaptureResult,
  Locale,
  LivenessSessionOptions,
  MessageCatalog,
  ReasonCode,
  SessionState,
  SessionStatus,
  SubmitFrame,
  TransportReason,
} from '@liveframe/core';
import {
  attemptsLeft,
  canCapture,
  describeDetectorLoading,
  describeSession,
  isCameraOn,
  LivenessSession,
  textDirection,
} from '@liveframe/core/session';
import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { PropGetters } from './prop-getters.js';
import { createPropGetters } from './prop-getters.js';
import type { UseLivenessCaptureOptions } from './use-liveness-capture-options.js';
import { useLivenessSubmit } from './use-liveness-submit.js';
import { useMessages } from './use-messages.js';
import { useResolvedLocale } from './use-resolved-locale.js';

/** What `useLivenessCapture()` returns: state, guidance, actions and prop getters. */
export interface UseLivenessCaptureResult extends PropGetters {
  /** The state, also on the root as `data-liveframe-state`. */
  state: SessionStatus;
  /** The whole session snapshot, for custom UIs. */
  session: SessionState;
  /** Every current reason: framing problems, the verdict's reasons, or the error. */
  reasons: readonly ReasonCode[];
  /** The reason behind `message` (the status element's `data-reason`), or `null`. */
  reason: ReasonCode | null;
  /** The guidance to show now, in plain words. */
  message: string;
  /** A second line or `null`: attempts left, the rate-limit countdown, or what to do next. */
  detail: string | null;
  /** The resolved catalog (locale and overrides), for button labels. */
  messages: MessageCatalog;
  /**
   * True while the catalog of a language other than English is loading, in a page rendered in
   * the browser (server markup shows English meanwhile): `messages` and `message` are blank, the
   * root has `aria-busy`. Show no text until it is false. Never true for English, or when
   * `messages` overrides every key.
   */
  messagesLoading: boolean;
  /** The bundled locale the messages are in (also the root's `lang`). */
  locale: Locale;
  /** Its writing direction (also the root's `dir`). */
  dir: 'ltr' | 'rtl';
  /** Attempts judged so far. */
  attempt: number;
  attemptsLeft: number;
  maxAttempts: number;
  /** The last judged answer, or `null`. */
  result: LivenessCaptureResult | null;
  /** The camera or transport reason of the `error` state, or `null`. */
  error: CameraReason | TransportReason | null;
  /** Seconds before another try is allowed (`RATE_LIMITED`); `0` when allowed. */
  waitSeconds: number;
  /** True while the camera should be open: render the preview only then. */
  isCameraOn: boolean;
  /** A fresh key for the preview whenever the camera must be opened again. */
  cameraKey: number;
  /** True when `capture()` would be accepted now. */
  canCapture: boolean;
  /**
   * True when capture is by button: manual mode, no face detector, or a detector still loading
   * a few seconds into framing (`manualCaptureAfterMs`).
   */
  isManualCapture: boolean;
  /** The face detector's download while the camera is on, or `null` once it is settled. */
  detectorLoading: DetectorLoadingView | null;
  /** Cameras found; offer a picker when there are several. */
  cameras: readonly CameraDevice[];
  /** The chosen camera, or `null` for the default one. */
  deviceId: string | null;
  /** Opens the camera (from `idle`, or after an `error`). */
  start: () => void;
  /** Captures now, if framing is good. Extra calls while busy do nothing. */
  capture: () => void;
  /** Tries again: a new frame after `retry`, or the camera again after `error`. */
  retry: () => void;
  /** Back to `idle` with every attempt available; releases the camera. */
  reset: () => void;
  /** Switches camera (`null`: the default one). */
  selectCamera: (deviceId: string | null) => void;
}

/**
 * The headless liveness capture: the session from `@liveframe/core`, read with
 * `useSyncExternalStore`, plus prop getters for your own markup. `<LivenessCapture>` is this
 * hook and a few elements.
 */
export function useLivenessCapture(options: UseLivenessCaptureOptions): UseLivenessCaptureResult {
  const submit = useLivenessSubmit(options);
  const sessionOptions = toSessionOptions(options, submit);
  const [session] = useState(() => new LivenessSession(sessionOptions));
  useEffect(() => {
    session.setOptions(sessionOptions);
  });

  const autoStart = useRef(options.autoStart ?? false);
  useEffect(() => {
    const unmount = session.mount();
    if (autoStart.current) session.start();
    return unmount;
  }, [session]);

  const state = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
  const cameraStarting = state.status === 'starting';
  const prepare = useRef(submit.prepare);
  useEffect(() => {
    prepare.current = submit.prepare;
  });
  useEffect(() => {
    // Fetch the proxy client (and the capture token) while the person grants the camera, not
    // at capture time.
    if (cameraStarting) prepare.current();
  }, [cameraStarting]);
  const { messages, locale, pending } = useMessages(
    useResolvedLocale(options.locale),
    options.messages,
  );
  const guidance = describeSession(state, messages, locale);
  const actions = useMemo(
    () => ({
      start: () => session.start(),
      capture: () => session.capture(),
      retry: () => session.retry(),
      reset: () => session.reset(),
      selectCamera: (deviceId: string | null) => session.selectCamera(deviceId),
    }),
    [session],
  );
  const statusId = useId();

  const derived = {
    state: state.status,
    session: state,
    reasons: reasonsOf(state),
    reason: guidance.reason,
    message: guidance.message,
    detail: pending ? null : guidance.detail,
    messages,
    messagesLoading: pending,
    locale,
    dir: textDirection(locale),
    attempt: state.attempt,
    attemptsLeft: attemptsLeft(state),
    maxAttempts: state.config.maxAttempts,
    result: 'result' in state ? state.result : null,
    error: state.status === 'error' ? state.reason : null,
    waitSeconds: state.status === 'retry' ? state.waitSeconds : 0,
    isCameraOn: isCameraOn(state),
    cameraKey: state.cameraRequest,
    canCapture: canCapture(state),
    isManualCapture:
      state.config.captureMode === 'manual' ||
      state.detector === 'off' ||
      state.detector === 'slow' ||
      state.detector === 'unavailable',
    detectorLoading: pending ? null : describeDetectorLoading(state, messages, locale),
    cameras: state.cameras,
    deviceId: state.deviceId,
    ...actions,
  };
  return {
    ...derived,
    ...createPropGetters({ ...derived, session, statusId }),
  };
}

function reasonsOf(state: SessionState): readonly ReasonCode[] {
  switch (state.status) {
    case 'framing':
    case 'retry':
    case 'failed':
      return state.reasons;
    case 'error':
      return [state.reason];
    default:
      return [];
  }
}

function toSessionOptions(
  options: UseLivenessCaptureOptions,
  submit: SubmitFrame,
): LivenessSessionOptions {
  const {
    proxyUrl: _proxyUrl,
    requestHeaders: _requestHeaders,
    token: _token,
    getToken: _getToken,
    timeoutMs: _timeoutMs,
    fetch: _fetch,
    queryClient: _queryClient,
    locale: _locale,
    messages: _messages,
    autoStart: _autoStart,
    ...session
  } = options;
  return { ...session, submit };
}
