import { loadCatalog, loadedCatalog, type MessageCatalog } from '@liveframe/core';
import { useEffect, useState } from 'react';
import type { DemoLocale } from './locales.js';

/**
 * `@liveframe/core`'s messages in `locale`, for the reasons on the result page. The selfie step's
 * component has loaded that catalog already; after a language switch it is loaded here, English
 * meanwhile (and if it cannot load).
 */
export function useCoreMessages(locale: DemoLocale): MessageCatalog {
  const [, setLoaded] = useState<DemoLocale>();
  const catalog = loadedCatalog(locale);
  useEffect(() => {
    if (catalog) return;
    let current = true;
    loadCatalog(locale).then(
      () => current && setLoaded(locale),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [locale, catalog]);
  return catalog ?? loadedCatalog('en');
}
