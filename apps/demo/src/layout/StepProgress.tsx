import { STEPS, type StepId } from '../flow/steps.js';
import type { DemoStrings } from '../i18n/demo-strings.js';

export interface StepProgressProps {
  readonly current: StepId;
  readonly strings: DemoStrings;
}

/** The list of steps, the current one marked with `aria-current="step"`. */
export function StepProgress({ current, strings }: StepProgressProps) {
  const currentIndex = STEPS.indexOf(current);
  return (
    <nav className="progress" aria-label={strings.progressLabel}>
      <ol className="progress__list">
        {STEPS.map((step, index) => (
          <li
            key={step}
            className="progress__item"
            data-state={index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'todo'}
            aria-current={index === currentIndex ? 'step' : undefined}
          >
            <span className="progress__dot" aria-hidden="true">
              {index + 1}
            </span>
            <span className="progress__name">{strings.stepNames[step]}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
