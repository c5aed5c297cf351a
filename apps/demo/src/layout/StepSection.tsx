import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { StepId } from '../flow/steps.js';

export interface StepSectionProps {
  readonly step: StepId;
  /** "Step 2 of 4", shown above the heading. */
  readonly eyebrow: string;
  readonly heading: string;
  /** Moves keyboard and screen-reader focus to the heading when the step appears. */
  readonly focusHeading: boolean;
  readonly children: ReactNode;
}

/**
 * One step of the flow: a labelled section whose `h1` receives focus when the step changes, so a
 * screen reader announces the new step and the keyboard continues from its top.
 */
export function StepSection({ step, eyebrow, heading, focusHeading, children }: StepSectionProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!focusHeading) return;
    // A new step is a new page: start at its top (header and progress in view), then focus the
    // heading without scrolling past them.
    window.scrollTo({ top: 0 });
    headingRef.current?.focus({ preventScroll: true });
  }, [focusHeading]);

  return (
    <section className="step" data-step={step} aria-labelledby={headingId}>
      <p className="step__eyebrow">{eyebrow}</p>
      <h1 id={headingId} ref={headingRef} tabIndex={-1} className="step__heading">
        {heading}
      </h1>
      {children}
    </section>
  );
}
