import type { DemoStrings } from './demo-strings.js';
import { ar } from './ar.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { DemoLocale } from './locales.js';
import { pt } from './pt.js';
import { sw } from './sw.js';

const catalogs: Readonly<Record<DemoLocale, DemoStrings>> = { en, fr, ar, pt, sw };

/** The demo's own strings in `locale`. */
export function stringsFor(locale: DemoLocale): DemoStrings {
  return catalogs[locale];
}
