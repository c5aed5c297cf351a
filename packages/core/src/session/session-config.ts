import type { SessionConfig } from './session-state.js';

/**
 * `base` with the defined `overrides`, checked; `base` itself when nothing changes.
 * @throws {RangeError} when a setting is out of range.
 */
export function resolveSessionConfig(
  base: SessionConfig,
  overrides: Partial<SessionConfig> | undefined,
): SessionConfig {
  const config = { ...base, ...definedOnly(overrides) };
  if (!Number.isInteger(config.maxAttempts) || config.maxAttempts < 1) {
    throw new RangeError(
      `maxAttempts must be a whole number of at least 1, got ${config.maxAttempts}.`,
    );
  }
  if (config.captureMode !== 'auto' && config.captureMode !== 'manual') {
    throw new RangeError(
      `captureMode must be 'auto' or 'manual', got ${String(config.captureMode)}.`,
    );
  }
  if (!Number.isFinite(config.autoCaptureDelayMs) || config.autoCaptureDelayMs < 0) {
    throw new RangeError(
      `autoCaptureDelayMs must be a finite number of ms, at least 0, got ${config.autoCaptureDelayMs}.`,
    );
  }
  if (
    config.maxAttempts === base.maxAttempts &&
    config.captureMode === base.captureMode &&
    config.autoCaptureDelayMs === base.autoCaptureDelayMs
  ) {
    return base;
  }
  return config;
}

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  if (!value) return {};
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>;
}
