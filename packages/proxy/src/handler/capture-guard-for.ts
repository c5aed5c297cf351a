import { authorizeGuard, tokenGuard } from '../capture/capture-guard.js';
import type { CaptureGuard } from '../capture/capture-guard.js';
import type { LivenessHandlerOptions } from './handler-options.js';
import { integerOption } from './integer-option.js';

const whole = (value: number, name: string, min: number, max: number): number =>
  integerOption(value, `createLivenessHandler: ${name}`, min, max);

/**
 * The guard the options ask for, or none when `open`. A paid upstream without a guard is a
 * construction error: the safe setting is the default.
 */
export function captureGuard(options: LivenessHandlerOptions): CaptureGuard | undefined {
  const { captureTokens, authorize, open = false } = options;
  if (captureTokens !== undefined && authorize !== undefined) {
    throw new TypeError('createLivenessHandler: set captureTokens or authorize, not both.');
  }
  if (captureTokens !== undefined) return tokenGuard(captureTokens);
  if (authorize !== undefined) {
    return authorizeGuard(authorize, {
      maxAttempts: whole(options.attempts?.maxAttempts ?? 3, 'attempts.maxAttempts', 1, 100),
      windowSeconds: whole(
        options.attempts?.windowSeconds ?? 600,
        'attempts.windowSeconds',
        10,
        86_400,
      ),
    });
  }
  if (options.upstream.paid === true && !open) {
    throw new TypeError(
      `createLivenessHandler: the ${options.upstream.name} upstream spends your budget on every call, so the handler needs captureTokens: { secret } (or authorize) to serve only your users; set open: true only if you guard the route some other way.`,
    );
  }
  return undefined;
}
