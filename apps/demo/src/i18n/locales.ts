import { textDirection, type Locale } from '@liveframe/core';

/** The languages the demo page speaks, in the switch's order; each is bundled with `@liveframe/core`. */
export const DEMO_LOCALES = ['en', 'fr', 'ar', 'pt', 'sw'] as const satisfies readonly Locale[];

export type DemoLocale = (typeof DEMO_LOCALES)[number];

export function isDemoLocale(value: unknown): value is DemoLocale {
  return typeof value === 'string' && (DEMO_LOCALES as readonly string[]).includes(value);
}

/** The `dir` of the page in `locale`. */
export function demoDirection(locale: DemoLocale): 'ltr' | 'rtl' {
  return textDirection(locale);
}

/**
 * The first of the browser's preferred languages that the demo speaks, else English.
 * `navigator.languages` lists tags such as `fr-CA`; only the primary subtag matters here.
 */
export function preferredLocale(languages: readonly string[]): DemoLocale {
  for (const tag of languages) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isDemoLocale(primary)) return primary;
  }
  return 'en';
}
