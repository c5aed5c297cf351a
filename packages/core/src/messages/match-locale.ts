import { LOCALES, type Locale } from './locales.js';

/**
 * The bundled locale for a BCP 47 tag, or the best one for a list of tags in order of preference
 * (such as `navigator.languages`): the first tag whose language is bundled. `fr-CA` and `fr_BE`
 * give `fr`, `['de-DE', 'pt-BR']` gives `pt`; an unknown or missing tag gives `en`.
 */
export function matchLocale(locale?: string | readonly string[]): Locale {
  const tags = typeof locale === 'string' ? [locale] : (locale ?? []);
  for (const tag of tags) {
    const language = tag.trim().toLowerCase().split(/[-_]/)[0];
    const match = LOCALES.find((known) => known === language);
    if (match) return match;
  }
  return 'en';
}
