import { applyMessageOverrides } from './apply-message-overrides.js';
import { matchLocale } from './match-locale.js';
import type { MessageCatalog, MessageOverrides } from './message-keys.js';
import { MESSAGES } from './messages.js';

/**
 * The complete catalog for `locale` with your `overrides` on top, synchronously: it bundles every
 * catalog with your code. `loadCatalog` fetches one language on demand instead.
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
  return applyMessageOverrides(MESSAGES[matchLocale(locale)], overrides);
}
