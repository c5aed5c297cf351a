import { useCallback, useMemo, useRef } from 'react';
import type { LivenessCaptureResult, SessionStatus } from '@liveframe/core';
import { LivenessCapture } from '@liveframe/react';
import type { CaptureOutcome } from '../flow/capture-outcome.js';
import type { DemoStrings } from '../i18n/demo-strings.js';
import type { DemoLocale } from '../i18n/locales.js';

/**
 * One capture token per visit from the demo server's own route, as an integrator's backend
 * issues one after login. `<LivenessCapture>` calls this when the camera starts, and once more if
 * the proxy says the token expired.
 */
async function fetchCaptureToken(): Promise<string> {
  const response = await fetch('/api/capture-token', { method: 'POST' });
  if (!response.ok) throw new Error(`capture token: HTTP ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** The header the simulator reads to pick an outcome; real upstreams never receive it. */
const SCENARIO_HEADER = 'X-LiveFrame-Scenario';

export interface SelfieStepProps {
  readonly strings: DemoStrings;
  readonly locale: DemoLocale;
  /** `?scenario=`, forwarded to the proxy with every attempt. */
  readonly scenario: string | undefined;
  /** Called once the check passed, or failed for good (no attempts left). */
  readonly onOutcome: (outcome: CaptureOutcome) => void;
  readonly onBack: () => void;
}

/**
 * The selfie itself: `<LivenessCapture>` in its default automatic mode, pointed at the proxy on
 * this origin. Retries happen inside the component; the page moves on when it passes or fails.
 */
export function SelfieStep({ strings, locale, scenario, onOutcome, onBack }: SelfieStepProps) {
  const text = strings.selfie;

  const requestHeaders = useMemo(
    () => (scenario === undefined ? undefined : { [SCENARIO_HEADER]: scenario }),
    [scenario],
  );

  // The latest judged attempt, with the frame that was sent (the result carries it). A new
  // submission clears it, so an attempt that got no answer is never shown with an older one.
  const judged = useRef<CaptureOutcome | undefined>(undefined);

  const handleResult = useCallback(
    (result: LivenessCaptureResult) => {
      judged.current = toOutcome(result);
      if (result.verdict.outcome === 'pass') onOutcome(judged.current);
    },
    [onOutcome],
  );

  const handleStateChange = useCallback(
    (status: SessionStatus) => {
      if (status === 'submitting') judged.current = undefined;
      if (status !== 'failed') return;
      // Out of attempts. The last answer is reported in the same update, so read it once that
      // update is done; when the last attempt had no answer (the image was rejected, the network
      // failed), the component explains it and the page stays here.
      queueMicrotask(() => {
        if (judged.current !== undefined) onOutcome(judged.current);
      });
    },
    [onOutcome],
  );

  return (
    <>
      <p className="lead">{text.lead}</p>
      {scenario === undefined ? null : (
        <p className="notice" data-scenario={scenario}>
          {text.scenarioNotice(scenario)}
        </p>
      )}
      <div className="selfie">
        <LivenessCapture
          className="selfie__capture"
          proxyUrl="/api/liveness"
          getToken={fetchCaptureToken}
          captureMode="auto"
          locale={locale}
          onResult={handleResult}
          onStateChange={handleStateChange}
          {...(requestHeaders === undefined ? {} : { requestHeaders })}
        />
      </div>
      <ul className="tips">
        {text.tips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={onBack}>
          {strings.back}
        </button>
      </div>
    </>
  );
}

function toOutcome(result: LivenessCaptureResult): CaptureOutcome {
  return {
    response: result.response,
    verdict: result.verdict,
    imageSrc: `data:image/jpeg;base64,${result.image}`,
  };
}
