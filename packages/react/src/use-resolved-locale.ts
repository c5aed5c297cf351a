import type { Locale } from '@liveframe/core';
import { matchLocale } from '@liveframe/core/session';
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
}

/** The bundled locale that best fits the browser's preferred languages. */
function browserLocale(): Locale {
  const { languages, language } = navigator;
  return matchLocale(languages?.length ? languages : language);
}

/** On the server, and while hydrating, there is no `navigator`: English. */
function serverLocale(): Locale {
  return 'en';
}

/**
 * The bundled locale to speak: the one `locale` names, or with `'auto'` (and `undefined`) the best
 * match from `navigator.languages`. Server and hydration render English, then the browser's
 * choice follows in the same commit React uses to fix up any external store, so markup never
 * mismatches; it follows a later `languagechange` too.
 */
export function useResolvedLocale(locale: string | undefined): Locale {
  const preferred = useSyncExternalStore(subscribe, browserLocale, serverLocale);
  return locale === undefined || locale === 'auto' ? preferred : matchLocale(locale);
}
