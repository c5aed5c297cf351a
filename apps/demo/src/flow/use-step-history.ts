import { useCallback, useEffect, useState } from 'react';
import { searchForStep } from './deep-link.js';
import { isStepId, type StepId } from './steps.js';

export interface StepHistory {
  /** The step to show. */
  readonly step: StepId;
  /** False until the first move away from the step the page opened on (focus stays put until then). */
  readonly navigated: boolean;
  /** Shows `next` and records it in the browser history, so Back returns to the previous step. */
  readonly goTo: (next: StepId) => void;
}

/**
 * The current onboarding step, kept in the URL (`?step=`) and the browser history. Other query
 * parameters (scenario, language) are kept as they are.
 */
export function useStepHistory(initial: StepId): StepHistory {
  const [step, setStep] = useState<StepId>(initial);
  const [navigated, setNavigated] = useState(false);

  useEffect(() => {
    window.history.replaceState({ step: initial }, '');
    const onPopState = (event: PopStateEvent) => {
      const state: unknown = event.state;
      const recorded =
        typeof state === 'object' && state !== null && 'step' in state ? state.step : undefined;
      setStep(isStepId(recorded) ? recorded : 'welcome');
      setNavigated(true);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [initial]);

  const goTo = useCallback((next: StepId) => {
    const url = `${window.location.pathname}${searchForStep(window.location.search, next)}`;
    window.history.pushState({ step: next }, '', url);
    setStep(next);
    setNavigated(true);
  }, []);

  return { step, navigated, goTo };
}
