import { useId, useRef, useState, type FormEvent } from 'react';
import type { DemoStrings } from '../i18n/demo-strings.js';

export interface ConsentStepProps {
  readonly strings: DemoStrings;
  /** Whether consent was already given (coming back to this step keeps the box ticked). */
  readonly consented: boolean;
  readonly onConsentChange: (consented: boolean) => void;
  readonly onContinue: () => void;
  readonly onBack: () => void;
}

/**
 * What is captured, why, who sees it and how long it is kept, then an explicit opt-in. The
 * continue button stays enabled (a disabled button cannot be focused or explain itself); without
 * consent it shows why it cannot continue and moves focus to the checkbox.
 */
export function ConsentStep({
  strings,
  consented,
  onConsentChange,
  onContinue,
  onBack,
}: ConsentStepProps) {
  const text = strings.consent;
  const checkboxId = useId();
  const errorId = useId();
  const checkboxRef = useRef<HTMLInputElement>(null);
  const [showMissing, setShowMissing] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (consented) {
      onContinue();
      return;
    }
    setShowMissing(true);
    checkboxRef.current?.focus();
  };

  return (
    <>
      <p className="lead">{text.lead}</p>
      <div className="card consent-facts">
        {text.sections.map((section) => (
          <div key={section.title} className="consent-facts__item">
            <h2 className="card__title">{section.title}</h2>
            <p>{section.body}</p>
          </div>
        ))}
      </div>
      <form className="consent-form" onSubmit={submit} noValidate>
        <div className="checkbox" data-invalid={showMissing && !consented ? 'true' : undefined}>
          <input
            ref={checkboxRef}
            id={checkboxId}
            type="checkbox"
            checked={consented}
            aria-invalid={showMissing && !consented}
            aria-describedby={showMissing && !consented ? errorId : undefined}
            onChange={(event) => {
              onConsentChange(event.target.checked);
              if (event.target.checked) setShowMissing(false);
            }}
          />
          <label htmlFor={checkboxId}>{text.checkbox}</label>
        </div>
        {showMissing && !consented ? (
          <p id={errorId} className="field-error" role="alert">
            {text.missing}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button button--primary">
            {text.continue}
          </button>
          <button type="button" className="button button--secondary" onClick={onBack}>
            {strings.back}
          </button>
        </div>
      </form>
    </>
  );
}
