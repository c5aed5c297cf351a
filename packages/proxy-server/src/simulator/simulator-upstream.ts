import { UpstreamError } from '@liveframe/proxy';
import type { Upstream, UpstreamContext, UpstreamImage, UpstreamReply } from '@liveframe/proxy';
import { buildSimulatedResponse, SIMULATED_FACE_BOX } from './build-simulated-response.js';
import { decodeLuma, PixelBudgetError, SIMULATOR_MAX_PIXELS } from './decode-luma.js';
import { measureQuality } from './measure-quality.js';
import { isSimulatorScenario, SIMULATOR_SCENARIOS } from './scenarios.js';

export interface SimulatorUpstreamOptions {
  /**
   * How long the `timeout` scenario waits before failing as a timed-out upstream would, in
   * milliseconds.
   * @default 15000
   */
  timeoutMs?: number;
  /**
   * Where the start-up warning goes.
   * @default console.warn
   */
  warn?: (message: string) => void;
}

/** Printed when a simulator is created. */
export const SIMULATOR_WARNING =
  '[liveframe-proxy] SIMULATOR: answers are made up offline. This is NOT a liveness check; never use it in production.';

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * An offline stand-in for the liveness endpoint, for development, demos and tests. It decodes
 * the image, measures its real brightness and sharpness, and answers in the endpoint's shape;
 * the outcome comes from the `X-LiveFrame-Scenario` header (`pass` when absent).
 * It is not a liveness check, and says so when created.
 */
export function simulatorUpstream(options: SimulatorUpstreamOptions = {}): Upstream {
  const timeoutMs = options.timeoutMs ?? 15_000;
  (options.warn ?? console.warn)(SIMULATOR_WARNING);

  async function check(image: UpstreamImage, context: UpstreamContext): Promise<UpstreamReply> {
    const scenario = (context.scenario ?? 'pass').trim().toLowerCase() || 'pass';
    if (!isSimulatorScenario(scenario)) {
      throw new UpstreamError('bad-scenario', `Unknown simulator scenario "${scenario}"`, {
        publicReason: `Unknown X-LiveFrame-Scenario; use one of: ${SIMULATOR_SCENARIOS.join(', ')}.`,
      });
    }
    if (scenario === 'server-error') {
      throw new UpstreamError('unavailable', 'Simulated upstream server error', { status: 500 });
    }
    if (scenario === 'timeout') {
      await delay(timeoutMs, context.signal);
      throw new UpstreamError('timeout', `Simulated upstream timeout after ${timeoutMs} ms`);
    }
    let measured;
    try {
      measured = measureQuality(decodeLuma(image.bytes, image.mime, image), SIMULATED_FACE_BOX);
    } catch (error) {
      if (error instanceof PixelBudgetError) {
        throw new UpstreamError('image-rejected', `Simulator: ${error.message}`, {
          status: 400,
          publicReason: `The image is too large; send at most ${SIMULATOR_MAX_PIXELS / 1_000_000} megapixels.`,
        });
      }
      throw new UpstreamError('image-rejected', 'Simulator could not decode the image', {
        status: 400,
        publicReason: 'The image could not be decoded.',
      });
    }
    return { body: JSON.stringify(buildSimulatedResponse(scenario, measured)) };
  }

  return { name: 'simulator', simulated: true, check };
}
