import { en } from './en.js';
import type { Locale } from './locales.js';
import type { MessageCatalog } from './message-keys.js';

type FetchedLocale = Exclude<Locale, 'en'>;

const english: MessageCatalog = Object.freeze(en);
const loaded = new Map<FetchedLocale, MessageCatalog>();
const loading = new Map<FetchedLocale, Promise<MessageCatalog>>();

/** One chunk per language: bundlers split each literal `import()` into its own file. */
function importCatalog(locale: FetchedLocale): Promise<MessageCatalog> {
  switch (locale) {
    case 'fr':
      return import('./fr.js').then((module) => module.fr);
    case 'ar':
      return import('./ar.js').then((module) => module.ar);
    case 'pt':
      return import('./pt.js').then((module) => module.pt);
    case 'sw':
      return import('./sw.js').then((module) => module.sw);
  }
}

/**
 * The bundled catalog of `locale`, fetched on first use with a dynamic `import()`, one chunk per
 * language; English is part of the main bundle and resolves at once. Loaded catalogs are kept
 * for the page's lifetime. Rejects when the chunk cannot be fetched; a later call tries again.
 *
 * @example
 * const messages = await loadCatalog(matchLocale(navigator.languages));
 */
export function loadCatalog(locale: Locale): Promise<MessageCatalog> {
  if (locale === 'en') return Promise.resolve(english);
  const catalog = loaded.get(locale);
  if (catalog) return Promise.resolve(catalog);
  let pending = loading.get(locale);
  if (!pending) {
    pending = importCatalog(locale).then(
      (imported) => {
        const frozen = Object.freeze(imported);
        loaded.set(locale, frozen);
        loading.delete(locale);
        return frozen;
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/**
 * The catalog of `locale` if it is already here, else `undefined`: English always, another
 * language once `loadCatalog` has fetched it. Lets a view show a loaded language without waiting.
 */
export function loadedCatalog(locale: 'en'): MessageCatalog;
export function loadedCatalog(locale: Locale): MessageCatalog | undefined;
export function loadedCatalog(locale: Locale): MessageCatalog | undefined {
  return locale === 'en' ? english : loaded.get(locale);
}
