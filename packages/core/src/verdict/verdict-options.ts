import { DEFAULT_FACE_GEOMETRY, type FaceGeometryLimits } from '../framing/geometry-defaults.js';

/**
 * Thresholds of `assessLiveness()`. Only `livenessThreshold` decides pass or retry; the others
 * only choose which reasons explain a retry. Scores are on the upstream's 0..100 scale.
 * The face geometry limits are shared with the on-device framing check.
 */
export interface VerdictOptions extends Partial<FaceGeometryLimits> {
  /**
   * A pass needs `liveness_probability` strictly above this, and `liveness_check` true.
   * Default `50`, the endpoint's documented cut-off. Raise it for stricter flows.
   */
  livenessThreshold?: number;
  /** Face brightness below this is `TOO_DARK`. Default `25`. */
  minBrightness?: number;
  /** Face brightness above this is `TOO_BRIGHT`. Default `90`. */
  maxBrightness?: number;
  /** Face sharpness below this is `BLURRY`. Default `20`. */
  minSharpness?: number;
  /**
   * `EYES_CLOSED` only when the upstream says the eyes are not open with at least this
   * confidence. Default `80`.
   */
  eyesClosedConfidence?: number;
  /** `SUNGLASSES` only when the upstream detects sunglasses with at least this confidence. Default `80`. */
  sunglassesConfidence?: number;
}

export type ResolvedVerdictOptions = Readonly<Required<VerdictOptions>>;

/** The defaults of every {@link VerdictOptions} field. Justified in the package README. */
export const DEFAULT_VERDICT_OPTIONS: ResolvedVerdictOptions = Object.freeze({
  livenessThreshold: 50,
  minBrightness: 25,
  maxBrightness: 90,
  minSharpness: 20,
  eyesClosedConfidence: 80,
  sunglassesConfidence: 80,
  ...DEFAULT_FACE_GEOMETRY,
});

/**
 * The defaults with `options` on top; a key set to `undefined` (from plain JS) keeps its default.
 * @throws {RangeError} when an option is not a finite number.
 */
export function resolveVerdictOptions(options: VerdictOptions = {}): ResolvedVerdictOptions {
  const resolved: Required<VerdictOptions> = { ...DEFAULT_VERDICT_OPTIONS };
  for (const key of Object.keys(options) as (keyof VerdictOptions)[]) {
    const value: unknown = options[key];
    if (value === undefined || !(key in resolved)) continue;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new RangeError(
        `assessLiveness: options.${key} must be a finite number, got ${String(value)}`,
      );
    }
    resolved[key] = value;
  }
  return resolved;
}
