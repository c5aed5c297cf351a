import { ar } from './ar.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { Locale } from './locales.js';
import type { MessageCatalog } from './message-keys.js';
import { pt } from './pt.js';
import { sw } from './sw.js';

/**
 * Every bundled catalog, complete for every key, all in your bundle (`loadCatalog` fetches one at
 * a time instead). Frozen: use overrides to change the wording.
 */
// Marked pure so that a bundle which never reads MESSAGES leaves every catalog out.
export const MESSAGES: Readonly<Record<Locale, MessageCatalog>> = /* @__PURE__ */ Object.freeze({
  en: /* @__PURE__ */ Object.freeze(en),
  fr: /* @__PURE__ */ Object.freeze(fr),
  ar: /* @__PURE__ */ Object.freeze(ar),
  pt: /* @__PURE__ */ Object.freeze(pt),
  sw: /* @__PURE__ */ Object.freeze(sw),
});
