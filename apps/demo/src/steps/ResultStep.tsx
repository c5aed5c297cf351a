import type { CaptureOutcome } from '../flow/capture-outcome.js';
import type { DemoStrings } from '../i18n/demo-strings.js';
import type { DemoLocale } from '../i18n/locales.js';
import { useCoreMessages } from '../i18n/use-core-messages.js';
import { EndpointReport } from '../result/EndpointReport.js';

/** The threshold `<LivenessCapture>` judges with by default (`livenessThreshold`). */
const LIVENESS_THRESHOLD = 50;

export interface ResultStepProps {
  readonly strings: DemoStrings;
  readonly locale: DemoLocale;
  readonly outcome: CaptureOutcome;
  readonly onTryAgain: () => void;
  readonly onStartOver: () => void;
}

/** The verdict in plain words, what to try when it did not pass, and the endpoint's full answer. */
export function ResultStep({ strings, locale, outcome, onTryAgain, onStartOver }: ResultStepProps) {
  const text = strings.result;
  const passed = outcome.verdict.outcome === 'pass';
  const messages = useCoreMessages(locale);

  return (
    <>
      <div className="verdict" data-outcome={outcome.verdict.outcome}>
        <span className="verdict__icon" aria-hidden="true">
          {passed ? '✓' : '!'}
        </span>
        <div className="verdict__body">
          <p className="verdict__lead">{passed ? text.passLead : text.retryLead}</p>
          {passed || outcome.verdict.reasons.length === 0 ? null : (
            <ul className="verdict__reasons" aria-label={text.reasonsHeading}>
              {outcome.verdict.reasons.map((reason) => (
                <li key={reason} data-reason={reason}>
                  {messages[reason]}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>

      <div className="actions">
        {passed ? null : (
          <button type="button" className="button button--primary" onClick={onTryAgain}>
            {text.tryAgain}
          </button>
        )}
        <button
          type="button"
          className={passed ? 'button button--primary' : 'button button--secondary'}
          onClick={onStartOver}
        >
          {text.startOver}
        </button>
      </div>

      <EndpointReport
        strings={strings}
        locale={locale}
        response={outcome.response}
        imageSrc={outcome.imageSrc}
        livenessThreshold={LIVENESS_THRESHOLD}
      />
    </>
  );
}
