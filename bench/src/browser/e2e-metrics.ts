import type { PageProbe } from './page/probe-types.js';
import type { ResourceRecord } from './run-page.js';

/** User Timing marks the component may set; used in preference to state changes when present. */
export const CAPTURE_MARK = 'liveframe:capture';
export const VERDICT_MARK = 'liveframe:verdict';

/** One end-to-end run: from the capture decision to the verdict on screen. */
export interface EndToEndRunMetrics {
  /** Capture decision to the first frame painted with the verdict. */
  readonly captureToVerdictMs: number;
  /** Capture decision to the proxy request's start: encoding the frame. */
  readonly captureToRequestMs: number | undefined;
  /** The proxy request, start to response end: proxy plus simulator on loopback. */
  readonly requestMs: number | undefined;
  /** Response end to verdict painted: parse, verdict, render. */
  readonly responseToVerdictMs: number | undefined;
  readonly verdictState: string;
  /** Where the capture decision was read from: the component's mark or its state change. */
  readonly captureSource: 'mark' | 'state';
  readonly verdictSource: 'mark' | 'state';
  readonly proxyRequests: number;
}

const VERDICT_STATES = new Set(['passed', 'retry', 'failed']);

/**
 * Derives an end-to-end run's figures. The capture decision is the `liveframe:capture` mark, or
 * else the root entering `capturing`; the verdict on screen is the `liveframe:verdict` mark, or
 * else the first animation frame after the root shows `passed`, `retry` or `failed`.
 * @throws {Error} when the page recorded no capture decision or no verdict.
 */
export function endToEndRunMetrics(
  probe: PageProbe,
  resources: readonly ResourceRecord[],
  proxyPath: string,
): EndToEndRunMetrics {
  const captureMark = probe.timings.find((entry) => entry.name === CAPTURE_MARK);
  const verdictMark = probe.timings.find((entry) => entry.name === VERDICT_MARK);
  const captureAt = captureMark?.start ?? probe.states.find((s) => s.state === 'capturing')?.at;
  const verdictAt = verdictMark?.start ?? probe.verdictPainted;
  const verdictState = probe.states.find((change) => VERDICT_STATES.has(change.state))?.state;
  if (captureAt === undefined) throw new Error('no capture decision was recorded');
  if (verdictAt === undefined || verdictState === undefined) {
    throw new Error('no verdict was recorded');
  }
  const requests = resources.filter((resource) => new URL(resource.url).pathname === proxyPath);
  const request = requests.find((resource) => resource.startTime >= captureAt);
  return {
    captureToVerdictMs: verdictAt - captureAt,
    captureToRequestMs: request === undefined ? undefined : request.startTime - captureAt,
    requestMs: request === undefined ? undefined : request.responseEnd - request.startTime,
    responseToVerdictMs: request === undefined ? undefined : verdictAt - request.responseEnd,
    verdictState,
    captureSource: captureMark === undefined ? 'state' : 'mark',
    verdictSource: verdictMark === undefined ? 'state' : 'mark',
    proxyRequests: requests.length,
  };
}
