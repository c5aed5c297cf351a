/** The languages the demo page speaks. Each one is also a locale bundled with `@liveframe/core`. */
export const DEMO_LOCALES = ['en', 'fr'] as const;

export type DemoLocale = (typeof DEMO_LOCALES)[number];

export function isDemoLocale(value: unknown): value is DemoLocale {
  return typeof value === 'string' && (DEMO_LOCALES as readonly string[]).includes(value);
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
