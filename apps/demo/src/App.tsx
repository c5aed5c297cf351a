import { useCallback, useEffect, useState } from 'react';
import type { CaptureOutcome } from './flow/capture-outcome.js';
import { searchForLocale, type DeepLink } from './flow/deep-link.js';
import { STEPS, stepPosition, type StepId } from './flow/steps.js';
import { useStepHistory } from './flow/use-step-history.js';
import { demoDirection, type DemoLocale } from './i18n/locales.js';
import { stringsFor } from './i18n/strings-for.js';
import { LanguageSwitch } from './layout/LanguageSwitch.js';
import { StepProgress } from './layout/StepProgress.js';
import { StepSection } from './layout/StepSection.js';
import { ConsentStep } from './steps/ConsentStep.js';
import { ResultStep } from './steps/ResultStep.js';
import { SelfieStep } from './steps/SelfieStep.js';
import { WelcomeStep } from './steps/WelcomeStep.js';

export interface AppProps {
  /** What the URL asked for when the page opened. */
  readonly link: DeepLink;
  /** The language to start in when the URL does not name one. */
  readonly defaultLocale: DemoLocale;
}

/** The onboarding flow: welcome, consent, selfie, result. */
export function App({ link, defaultLocale }: AppProps) {
  const { step: requestedStep, navigated, goTo } = useStepHistory(link.step);
  const [locale, setLocale] = useState<DemoLocale>(link.locale ?? defaultLocale);
  const [consented, setConsented] = useState(false);
  const [outcome, setOutcome] = useState<CaptureOutcome | undefined>(undefined);
  const strings = stringsFor(locale);

  // The result step needs a result: Back/Forward into it after a reload lands on the selfie step.
  const step: StepId =
    requestedStep === 'result' && outcome === undefined ? 'selfie' : requestedStep;

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = demoDirection(locale);
    document.title = strings.documentTitle;
  }, [locale, strings]);

  const changeLocale = useCallback((next: DemoLocale) => {
    setLocale(next);
    window.history.replaceState(
      window.history.state,
      '',
      searchForLocale(window.location.search, next),
    );
  }, []);

  const showOutcome = useCallback(
    (next: CaptureOutcome) => {
      setOutcome(next);
      goTo('result');
    },
    [goTo],
  );

  const startOver = useCallback(() => {
    setOutcome(undefined);
    setConsented(false);
    goTo('welcome');
  }, [goTo]);

  const heading =
    step === 'result'
      ? outcome?.verdict.outcome === 'pass'
        ? strings.result.passHeading
        : strings.result.retryHeading
      : strings[step].heading;

  return (
    <>
      <a className="skip-link" href="#main">
        {strings.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="brand">
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__name">{strings.brand}</span>
            <span className="brand__badge">{strings.demoBadge}</span>
          </p>
          <LanguageSwitch locale={locale} strings={strings} onChange={changeLocale} />
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <StepProgress current={step} strings={strings} />
        <StepSection
          key={step}
          step={step}
          eyebrow={strings.stepOf(stepPosition(step), STEPS.length)}
          heading={heading}
          focusHeading={navigated}
        >
          {step === 'welcome' ? (
            <WelcomeStep strings={strings} onStart={() => goTo('consent')} />
          ) : step === 'consent' ? (
            <ConsentStep
              strings={strings}
              consented={consented}
              onConsentChange={setConsented}
              onContinue={() => goTo('selfie')}
              onBack={() => goTo('welcome')}
            />
          ) : step === 'selfie' ? (
            <SelfieStep
              strings={strings}
              locale={locale}
              scenario={link.scenario}
              detector={link.detector}
              onOutcome={showOutcome}
              onBack={() => goTo('consent')}
            />
          ) : outcome === undefined ? null : (
            <ResultStep
              strings={strings}
              locale={locale}
              outcome={outcome}
              onTryAgain={() => goTo('selfie')}
              onStartOver={startOver}
            />
          )}
        </StepSection>
      </main>
      <footer className="site-footer">
        <p>{strings.footer}</p>
      </footer>
    </>
  );
}
