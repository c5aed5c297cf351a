import type { VerdictOptions } from '../verdict/verdict-options.js';
import { resolveVerdictOptions } from '../verdict/verdict-options.js';
import type { LivenessSessionOptions } from './liveness-session-options.js';

/**
 * `assessLiveness` options from the session options: the threshold, and the framing geometry
 * limits so both sides of the network judge the face alike.
 * @throws {RangeError} when a value is not a finite number.
 */
export function verdictOptionsOf(options: LivenessSessionOptions): VerdictOptions {
  const { framing } = options;
  const verdict: VerdictOptions = {
    ...(options.livenessThreshold !== undefined && {
      livenessThreshold: options.livenessThreshold,
    }),
    ...(framing?.minFaceWidth !== undefined && { minFaceWidth: framing.minFaceWidth }),
    ...(framing?.maxFaceWidth !== undefined && { maxFaceWidth: framing.maxFaceWidth }),
    ...(framing?.maxCenterOffsetX !== undefined && { maxCenterOffsetX: framing.maxCenterOffsetX }),
    ...(framing?.maxCenterOffsetY !== undefined && { maxCenterOffsetY: framing.maxCenterOffsetY }),
  };
  resolveVerdictOptions(verdict);
  return verdict;
}
