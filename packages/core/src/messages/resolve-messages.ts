import {
  MESSAGE_KEYS,
  PLURAL_MESSAGE_KEYS,
  type MessageCatalog,
  type MessageKey,
  type MessageOverrides,
  type PluralMessage,
} from './message-keys.js';
import { LOCALES, MESSAGES, type Locale } from './messages.js';

/**
 * The bundled locale for a BCP 47 tag, or the best one for a list of tags in order of preference
 * (such as `navigator.languages`): the first tag whose language is bundled. `fr-CA` and `fr_BE`
 * give `fr`, `['de-DE', 'pt-BR']` gives `pt`; an unknown or missing tag gives `en`.
 */
export function matchLocale(locale?: string | readonly string[]): Locale {
  const tags = typeof locale === 'string' ? [locale] : (locale ?? []);
  for (const tag of tags) {
    const language = tag.trim().toLowerCase().split(/[-_]/)[0];
    const match = LOCALES.find((known) => known === language);
    if (match) return match;
  }
  return 'en';
}

const PLURAL_KEYS = new Set<MessageKey>(PLURAL_MESSAGE_KEYS);

/** True for an object of plural forms with at least `other`, every form a string. */
function isPluralMessage(value: unknown): value is PluralMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { other?: unknown }).other === 'string' &&
    Object.values(value).every((form) => typeof form === 'string')
  );
}

/**
 * The complete catalog for `locale` with your `overrides` on top.
 *
 * @param locale A BCP 47 tag such as `navigator.language`, or a list in order of preference;
 *   unknown tags fall back to English.
 * @param overrides Your own wording for some keys; keys set to `undefined` (or to anything but
 *   text) keep the bundled text.
 *   A plain string for a plural key (`attemptsLeft`, `waitSeconds`) serves every count.
 *
 * @example
 * const messages = resolveMessages('fr-CA', { TOO_DARK: 'Allumez la lumière.' });
 * messages.TOO_DARK; // 'Allumez la lumière.'
 * messages.NO_FACE; // bundled French
 */
export function resolveMessages(
  locale?: string | readonly string[],
  overrides?: MessageOverrides,
): MessageCatalog {
  const base = MESSAGES[matchLocale(locale)];
  if (!overrides) return base;
  const catalog: Record<MessageKey, string | PluralMessage> = { ...base };
  for (const key of MESSAGE_KEYS) {
    const text: unknown = overrides[key];
    if (typeof text === 'string') catalog[key] = PLURAL_KEYS.has(key) ? { other: text } : text;
    else if (PLURAL_KEYS.has(key) && isPluralMessage(text)) catalog[key] = text;
  }
  return Object.freeze(catalog) as MessageCatalog;
}
