import { en } from './en.js';
import { fr } from './fr.js';
import type { MessageCatalog } from './message-keys.js';

/** The bundled locales. */
export const LOCALES = ['en', 'fr'] as const;

export type Locale = (typeof LOCALES)[number];

/** The bundled catalogs, complete for every key. Frozen: use overrides to change the wording. */
export const MESSAGES: Readonly<Record<Locale, MessageCatalog>> = Object.freeze({
  en: Object.freeze(en),
  fr: Object.freeze(fr),
});
