import type { CameraReason } from '../reasons.js';

/** What a camera failure means for the session. */
export interface CameraFailure {
  readonly reason: CameraReason;
  /** The constraints could not be met: worth asking once more without preferences. */
  readonly overconstrained: boolean;
}

const BY_NAME: Readonly<Record<string, CameraReason>> = {
  NotAllowedError: 'CAMERA_DENIED',
  PermissionDeniedError: 'CAMERA_DENIED',
  SecurityError: 'CAMERA_DENIED',
  NotFoundError: 'CAMERA_NOT_FOUND',
  DevicesNotFoundError: 'CAMERA_NOT_FOUND',
  NotReadableError: 'CAMERA_IN_USE',
  TrackStartError: 'CAMERA_IN_USE',
  AbortError: 'CAMERA_IN_USE',
  OverconstrainedError: 'CAMERA_NOT_FOUND',
  ConstraintNotSatisfiedError: 'CAMERA_NOT_FOUND',
};

/**
 * Maps what `getUserMedia` (or react-webcam) rejected with to a camera reason:
 * `NotAllowedError`/`SecurityError` -> `CAMERA_DENIED`, `NotFoundError` -> `CAMERA_NOT_FOUND`,
 * `NotReadableError` -> `CAMERA_IN_USE`, `OverconstrainedError` -> worth a relaxed retry (then
 * `CAMERA_NOT_FOUND`); anything else, including react-webcam's "not supported" strings,
 * -> `CAMERA_UNSUPPORTED`.
 */
export function classifyCameraError(error: unknown): CameraFailure {
  const name = errorName(error);
  const reason = (name !== undefined ? BY_NAME[name] : undefined) ?? 'CAMERA_UNSUPPORTED';
  return {
    reason,
    overconstrained: name === 'OverconstrainedError' || name === 'ConstraintNotSatisfiedError',
  };
}

/**
 * Why the camera cannot even be asked for in this environment, or `null` when it can:
 * `INSECURE_CONTEXT` outside HTTPS/localhost, `CAMERA_UNSUPPORTED` without
 * `navigator.mediaDevices.getUserMedia`. Reads the globals when called, never at import.
 */
export function cameraEnvironmentProblem(
  scope: { isSecureContext?: boolean; navigator?: Navigator } = globalThis,
): CameraReason | null {
  if (scope.isSecureContext === false) return 'INSECURE_CONTEXT';
  const getUserMedia = (scope.navigator as Partial<Navigator> | undefined)?.mediaDevices
    ?.getUserMedia;
  return typeof getUserMedia === 'function' ? null : 'CAMERA_UNSUPPORTED';
}

function errorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { name } = error as { name?: unknown };
  return typeof name === 'string' ? name : undefined;
}
