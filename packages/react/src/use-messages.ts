import type { Locale, MessageCatalog, MessageOverrides } from '@liveframe/core';
import { applyMessageOverrides, loadCatalog, loadedCatalog } from '@liveframe/core/session';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';

/** The text a view shows now. */
export interface ShownMessages {
  /** The catalog with the overrides on top; every message blank while `pending`. */
  messages: MessageCatalog;
  /** The language of that text: English on the server, while hydrating, or if loading failed. */
  locale: Locale;
  /** True while the catalog of a client-rendered view is still loading: show no text yet. */
  pending: boolean;
}

const ENGLISH = loadedCatalog('en');

/** Every message blank, plural ones included: what a view shows while its catalog loads. */
const BLANK = Object.freeze(
  Object.fromEntries(
    Object.entries(ENGLISH).map(([key, text]) => [
      key,
      typeof text === 'string' ? '' : { other: '' },
    ]),
  ),
) as MessageCatalog;

/** True when `overrides` replace every message: nothing needs to be loaded. */
function isWholeCatalog(overrides: MessageOverrides | undefined): boolean {
  if (!overrides) return false;
  const merged = applyMessageOverrides(BLANK, overrides);
  return (Object.keys(BLANK) as (keyof MessageCatalog)[]).every(
    (key) => merged[key] !== BLANK[key],
  );
}

function subscribeToNothing(): () => void {
  return () => undefined;
}

interface Settled {
  readonly locale: Locale;
  readonly catalog: MessageCatalog | null;
}

/**
 * The messages of `locale`, overrides on top. English and loaded catalogs are there at once;
 * another language is fetched with `loadCatalog` on mount. Until it arrives a client-rendered
 * view shows no text (`pending`), while server markup and hydration stay English and switch
 * when it arrives; if it cannot load, English. Overrides covering every key load nothing.
 */
export function useMessages(
  locale: Locale,
  overrides: MessageOverrides | undefined,
): ShownMessages {
  // False on the server and while hydrating, where the markup must be the server's.
  const hydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  // Server markup stays English until the catalog arrives, rather than going blank.
  const [fromServer] = useState(!hydrated);
  const [settled, setSettled] = useState<Settled | null>(null);
  const whole = useMemo(() => isWholeCatalog(overrides), [overrides]);
  const catalog =
    loadedCatalog(locale) ?? (settled?.locale === locale ? settled.catalog : undefined);
  const load = hydrated && !whole && catalog === undefined;

  useEffect(() => {
    if (!load) return;
    let current = true;
    loadCatalog(locale).then(
      (loaded) => {
        if (current) setSettled({ locale, catalog: loaded });
      },
      (error: unknown) => {
        console.warn(
          `[liveframe] The "${locale}" messages could not be loaded: showing English.`,
          error,
        );
        if (current) setSettled({ locale, catalog: null });
      },
    );
    return () => {
      current = false;
    };
  }, [locale, load]);

  // Overrides of every key need no catalog; English on the server, while hydrating and after a
  // failed load; `null` (no text) while a client-rendered view waits for its catalog.
  const english = { catalog: ENGLISH, locale: 'en' } as const;
  let shown: { catalog: MessageCatalog; locale: Locale } | null;
  if (whole) shown = { catalog: ENGLISH, locale };
  else if (!hydrated || catalog === null) shown = english;
  else if (catalog !== undefined) shown = { catalog, locale };
  else shown = fromServer ? english : null;

  const base = shown?.catalog ?? BLANK;
  const messages = useMemo(
    () => (base === BLANK ? BLANK : applyMessageOverrides(base, overrides)),
    [base, overrides],
  );
  return { messages, locale: shown?.locale ?? locale, pending: shown === null };
}
