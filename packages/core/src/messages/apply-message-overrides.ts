import {
  MESSAGE_KEYS,
  PLURAL_MESSAGE_KEYS,
  type MessageCatalog,
  type MessageKey,
  type MessageOverrides,
  type PluralMessage,
} from './message-keys.js';

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
 * `catalog` with your `overrides` on top, per key. Keys set to `undefined` (or to anything but
 * text) keep the catalog's text; a plain string for a plural key (`attemptsLeft`, `waitSeconds`)
 * serves every count. Without overrides, `catalog` itself.
 *
 * @example
 * const messages = applyMessageOverrides(await loadCatalog('fr'), { TOO_DARK: 'Allumez la lumière.' });
 */
export function applyMessageOverrides(
  catalog: MessageCatalog,
  overrides?: MessageOverrides,
): MessageCatalog {
  if (!overrides) return catalog;
  const merged: Record<MessageKey, string | PluralMessage> = { ...catalog };
  for (const key of MESSAGE_KEYS) {
    const text: unknown = overrides[key];
    if (typeof text === 'string') merged[key] = PLURAL_KEYS.has(key) ? { other: text } : text;
    else if (PLURAL_KEYS.has(key) && isPluralMessage(text)) merged[key] = text;
  }
  return Object.freeze(merged) as MessageCatalog;
}
