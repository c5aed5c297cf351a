import type { DemoStrings } from './demo-strings.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { DemoLocale } from './locales.js';

const catalogs: Readonly<Record<DemoLocale, DemoStrings>> = { en, fr };

/** The demo's own strings in `locale`. */
export function stringsFor(locale: DemoLocale): DemoStrings {
  return catalogs[locale];
}
