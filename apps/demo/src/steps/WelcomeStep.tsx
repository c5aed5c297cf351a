import type { DemoStrings } from '../i18n/demo-strings.js';

export interface WelcomeStepProps {
  readonly strings: DemoStrings;
  readonly onStart: () => void;
}

/** What the check is, what the user needs, and the way in. Rendered inside a `StepSection`. */
export function WelcomeStep({ strings, onStart }: WelcomeStepProps) {
  const text = strings.welcome;
  return (
    <>
      <p className="lead">{text.lead}</p>
      <div className="card">
        <h2 className="card__title">{text.needHeading}</h2>
        <ul className="checklist">
          {text.needs.map((need) => (
            <li key={need}>{need}</li>
          ))}
        </ul>
        <p className="muted">{text.duration}</p>
      </div>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onStart}>
          {text.start}
        </button>
      </div>
    </>
  );
}
