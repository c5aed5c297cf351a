import {
  MESSAGE_KEYS,
  type MessageCatalog,
  type MessageKey,
  type MessageOverrides,
} from './message-keys.js';
import { LOCALES, MESSAGES, type Locale } from './messages.js';

/**
 * The bundled locale for a BCP 47 tag: `fr-CA` and `fr_BE` give `fr`; an unknown or missing tag
 * gives `en`.
 */
export function matchLocale(locale?: string): Locale {
  const language = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((known) => known === language) ?? 'en';
}

/**
 * The complete catalog for `locale` with your `overrides` on top.
 *
 * @param locale A BCP 47 tag such as `navigator.language`; unknown tags fall back to English.
 * @param overrides Your own wording for some keys; keys set to `undefined` keep the bundled text.
 *
 * @example
 * const messages = resolveMessages('fr-CA', { TOO_DARK: 'Allumez la lumière.' });
 * messages.TOO_DARK; // 'Allumez la lumière.'
 * messages.NO_FACE; // bundled French
 */
export function resolveMessages(locale?: string, overrides?: MessageOverrides): MessageCatalog {
  const base = MESSAGES[matchLocale(locale)];
  if (!overrides) return base;
  const catalog: Record<MessageKey, string> = { ...base };
  for (const key of MESSAGE_KEYS) {
    const text = overrides[key];
    if (text !== undefined) catalog[key] = text;
  }
  return Object.freeze(catalog);
}
