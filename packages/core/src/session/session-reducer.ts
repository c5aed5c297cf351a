import type { SessionAction } from './session-action.js';
import type {
  CameraDevice,
  DetectorStatus,
  FramingState,
  SessionConfig,
  SessionContext,
  SessionState,
} from './session-state.js';
import { resolveSessionConfig } from './session-config.js';
import { canCapture, isCameraOn } from './session-selectors.js';
import { DEFAULT_SESSION_CONFIG } from './session-state.js';

/** Settings and starting points of {@link createSessionState}. */
export interface SessionStateInit {
  /** Overrides of `DEFAULT_SESSION_CONFIG`. */
  config?: Partial<SessionConfig>;
  /** Default `'loading'` (a detector will be loaded when the camera starts). */
  detector?: DetectorStatus;
  /** Default `null` (the browser's default camera). */
  deviceId?: string | null;
}

/**
 * A fresh `idle` session.
 * @throws {RangeError} when a setting is out of range.
 */
export function createSessionState(init: SessionStateInit = {}): SessionState {
  return {
    status: 'idle',
    config: resolveSessionConfig(DEFAULT_SESSION_CONFIG, init.config),
    attempt: 0,
    detector: init.detector ?? 'loading',
    detectorProgress: null,
    deviceId: init.deviceId ?? null,
    cameras: [],
    constraints: 'ideal',
    cameraRequest: 0,
  };
}

/**
 * The capture session's logic: `(state, action) => state`, pure. An action that does not apply
 * to the current state returns the very same object, so callers can tell nothing changed.
 * Side effects (camera, timers, requests) belong to whoever dispatches: see `LivenessSession`.
 */
export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  const context = contextOf(state);
  switch (action.type) {
    case 'start':
      return state.status === 'idle' || state.status === 'error' ? openCamera(context) : state;

    case 'cameraReady':
      return state.status === 'starting' ? framing(context) : state;

    case 'cameraFailed':
      if (
        state.status === 'starting' &&
        action.overconstrained &&
        context.constraints === 'ideal'
      ) {
        return {
          ...context,
          status: 'starting',
          constraints: 'relaxed',
          cameraRequest: context.cameraRequest + 1,
        };
      }
      return isCameraOn(state) ? { ...context, status: 'error', reason: action.reason } : state;

    case 'detectorSettled':
      if (state.detector === action.detector) return state;
      // Frames judged before the detector was ready never count towards automatic capture.
      return state.status === 'framing'
        ? { ...state, detector: action.detector, detectorProgress: null, goodSinceMs: null }
        : { ...state, detector: action.detector, detectorProgress: null };

    case 'detectorSlow':
      return state.detector === 'loading' ? { ...state, detector: 'slow' } : state;

    case 'detectorProgress':
      return state.detector === 'loading' || state.detector === 'slow'
        ? { ...state, detectorProgress: action.progress }
        : state;

    case 'frameAnalyzed': {
      if (state.status !== 'framing') return state;
      const good = action.reasons.length === 0;
      const goodSinceMs = good ? (state.goodSinceMs ?? action.atMs) : null;
      const autoCapture =
        good &&
        goodSinceMs !== null &&
        context.config.captureMode === 'auto' &&
        context.detector === 'ready' &&
        action.atMs - goodSinceMs >= context.config.autoCaptureDelayMs;
      if (autoCapture) return { ...context, status: 'capturing' };
      // A frame like the last one changes nothing: the same object, so views do not re-render.
      if (
        state.analysed &&
        state.reason === action.reason &&
        state.goodSinceMs === goodSinceMs &&
        sameReasons(state.reasons, action.reasons)
      ) {
        return state;
      }
      return {
        ...state,
        reasons: action.reasons,
        reason: action.reason,
        analysed: true,
        goodSinceMs,
      };
    }

    case 'capture':
      return canCapture(state) ? { ...context, status: 'capturing' } : state;

    case 'captureFailed':
      if (state.status !== 'capturing') return state;
      return {
        ...framing(context),
        reasons: action.reasons,
        reason: action.reasons[0] ?? null,
        analysed: action.reasons.length > 0,
      };

    case 'submitted':
      return state.status === 'capturing'
        ? { ...context, status: 'submitting', bytesSent: action.bytes }
        : state;

    case 'judged': {
      if (state.status !== 'submitting') return state;
      const attempted = { ...context, attempt: context.attempt + 1 };
      const { result } = action;
      if (result.verdict.outcome === 'pass') return { ...attempted, status: 'passed', result };
      if (attempted.attempt >= context.config.maxAttempts) {
        return { ...attempted, status: 'failed', reasons: result.verdict.reasons, result };
      }
      return {
        ...attempted,
        status: 'retry',
        reasons: result.verdict.reasons,
        result,
        retryAtMs: null,
        waitSeconds: 0,
      };
    }

    case 'submitFailed': {
      if (state.status !== 'submitting') return state;
      if (!action.retryable) return { ...context, status: 'error', reason: action.reason };
      const attempt = context.attempt + (action.consumesAttempt ? 1 : 0);
      if (attempt >= context.config.maxAttempts) {
        return { ...context, attempt, status: 'failed', reasons: [action.reason], result: null };
      }
      const waitSeconds = secondsUntil(action.retryAtMs, action.atMs);
      return {
        ...context,
        attempt,
        status: 'retry',
        reasons: [action.reason],
        result: null,
        retryAtMs: waitSeconds > 0 ? action.retryAtMs : null,
        waitSeconds,
      };
    }

    case 'tick': {
      if (state.status !== 'retry' || state.retryAtMs === null) return state;
      const waitSeconds = secondsUntil(state.retryAtMs, action.atMs);
      if (waitSeconds === state.waitSeconds) return state;
      return { ...state, waitSeconds, retryAtMs: waitSeconds > 0 ? state.retryAtMs : null };
    }

    case 'retry':
      if (state.status === 'error') return openCamera(context);
      if (state.status !== 'retry') return state;
      if (state.retryAtMs !== null && action.atMs < state.retryAtMs) return state;
      return framing(context);

    case 'camerasListed':
      return sameCameras(state.cameras, action.cameras)
        ? state
        : { ...state, cameras: action.cameras };

    case 'selectCamera': {
      if (action.deviceId === context.deviceId) return state;
      const chosen = { ...context, deviceId: action.deviceId };
      switch (state.status) {
        case 'starting':
        case 'framing':
        case 'retry':
          return { ...chosen, status: 'starting', cameraRequest: context.cameraRequest + 1 };
        case 'idle':
        case 'error':
          return { ...state, deviceId: action.deviceId };
        default:
          return state;
      }
    }

    case 'configure': {
      const config = resolveSessionConfig(context.config, action.config);
      return config === context.config ? state : { ...state, config };
    }

    case 'reset':
      return {
        ...context,
        status: 'idle',
        attempt: 0,
        constraints: 'ideal',
        cameraRequest: context.cameraRequest,
      };
  }
}

function contextOf(state: SessionState): SessionContext {
  const { config, attempt, detector, detectorProgress, deviceId, cameras, constraints } = state;
  const { cameraRequest } = state;
  return {
    config,
    attempt,
    detector,
    detectorProgress,
    deviceId,
    cameras,
    constraints,
    cameraRequest,
  };
}

function openCamera(context: SessionContext): SessionState {
  return {
    ...context,
    status: 'starting',
    constraints: 'ideal',
    cameraRequest: context.cameraRequest + 1,
  };
}

function framing(context: SessionContext): FramingState {
  return {
    ...context,
    status: 'framing',
    reasons: [],
    reason: null,
    analysed: false,
    goodSinceMs: null,
  };
}

function sameCameras(a: readonly CameraDevice[], b: readonly CameraDevice[]): boolean {
  return (
    a.length === b.length &&
    a.every((camera, i) => camera.deviceId === b[i]?.deviceId && camera.label === b[i]?.label)
  );
}

function secondsUntil(atMs: number | null, nowMs: number): number {
  return atMs === null ? 0 : Math.max(0, Math.ceil((atMs - nowMs) / 1000));
}

function sameReasons(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((reason, i) => reason === b[i]);
}
