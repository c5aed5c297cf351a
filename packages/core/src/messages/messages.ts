import { ar } from './ar.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { MessageCatalog } from './message-keys.js';
import { pt } from './pt.js';
import { sw } from './sw.js';

/** The bundled locales. Adding one: a catalog file, its line here and in `MESSAGES`, its test. */
export const LOCALES = ['en', 'fr', 'ar', 'pt', 'sw'] as const;

export type Locale = (typeof LOCALES)[number];

/** The bundled catalogs, complete for every key. Frozen: use overrides to change the wording. */
export const MESSAGES: Readonly<Record<Locale, MessageCatalog>> = Object.freeze({
  en: Object.freeze(en),
  fr: Object.freeze(fr),
  ar: Object.freeze(ar),
  pt: Object.freeze(pt),
  sw: Object.freeze(sw),
});
