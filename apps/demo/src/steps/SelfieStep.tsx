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
  /** `?detector=`: the MediaPipe detector instead of the default, for comparison. */
  readonly detector?: 'mediapipe' | undefined;
  /** Called once the check passed, or failed for good (no attempts left). */
  readonly onOutcome: (outcome: CaptureOutcome) => void;
  readonly onBack: () => void;
}

/**
 * The selfie itself: `<LivenessCapture>` in its default automatic mode, pointed at the proxy on
 * this origin. Retries happen inside the component; the page moves on when it passes or fails.
 */
export function SelfieStep({
  strings,
  locale,
  scenario,
  detector,
  onOutcome,
  onBack,
}: SelfieStepProps) {
  const text = strings.selfie;

  const requestHeaders = useMemo(
    () => (scenario === undefined ? undefined : { [SCENARIO_HEADER]: scenario }),
    [scenario],
  );

  // The answer of the attempt in flight: `onResult` comes before the state it leads to, so on
  // `failed` it holds the last answer, or nothing when that attempt got none (the image was
  // rejected, the network failed), which the component explains while the page stays here.
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
      if (status === 'failed' && judged.current !== undefined) onOutcome(judged.current);
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
          {...(detector === undefined ? {} : { detector })}
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
