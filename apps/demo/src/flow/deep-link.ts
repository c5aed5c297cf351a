import { isDemoLocale, type DemoLocale } from '../i18n/locales.js';
import type { StepId } from './steps.js';

/** What the page's query string asks for. Anything it does not understand is ignored. */
export interface DeepLink {
  /** `?step=`: `welcome`, `consent` or `selfie`. The result step needs a result, so it cannot be linked. */
  readonly step: StepId;
  /** `?scenario=`: forwarded to the proxy as `X-LiveFrame-Scenario`; only the simulator honours it. */
  readonly scenario: string | undefined;
  /** `?lang=`: `en`, `fr`, `ar`, `pt` or `sw`; undefined lets the browser's preferred languages decide. */
  readonly locale: DemoLocale | undefined;
  /** `?detector=mediapipe`: the MediaPipe face detector instead of the default (to compare). */
  readonly detector: 'mediapipe' | undefined;
}

const LINKABLE_STEPS: readonly StepId[] = ['welcome', 'consent', 'selfie'];
const SCENARIO_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** Reads `?step=`, `?scenario=`, `?lang=` and `?detector=` from a query string such as `location.search`. */
export function parseDeepLink(search: string): DeepLink {
  const params = new URLSearchParams(search);
  const step = params.get('step');
  const scenario = params.get('scenario')?.trim().toLowerCase();
  const lang = params.get('lang');
  return {
    step: LINKABLE_STEPS.find((linkable) => linkable === step) ?? 'welcome',
    scenario: scenario !== undefined && SCENARIO_PATTERN.test(scenario) ? scenario : undefined,
    locale: isDemoLocale(lang) ? lang : undefined,
    detector: params.get('detector') === 'mediapipe' ? 'mediapipe' : undefined,
  };
}

/**
 * The query string for `step`, keeping every other parameter of `search` (the scenario, the
 * language, anything a host added). The welcome step has no `step` parameter.
 */
export function searchForStep(search: string, step: StepId): string {
  const params = new URLSearchParams(search);
  if (step === 'welcome') params.delete('step');
  else params.set('step', step);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** The query string with `?lang=` set to `locale`, keeping every other parameter. */
export function searchForLocale(search: string, locale: DemoLocale): string {
  const params = new URLSearchParams(search);
  params.set('lang', locale);
  return `?${params.toString()}`;
}
