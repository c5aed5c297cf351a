import type { PluralMessage } from './message-keys.js';

type Values = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders in a message, numbers written the way `locale` writes them
 * (`Intl.NumberFormat`). A plural message takes the form `Intl.PluralRules` picks for `count`. A
 * placeholder without a value stays as written, so a missing value shows up in review instead of
 * vanishing.
 *
 * @param locale A BCP 47 tag; an invalid one formats as English. Default `'en'`.
 *
 * @example
 * formatMessage(messages.attemptsLeft, { count: 2 }, 'en'); // '2 attempts left'
 */
export function formatMessage(
  message: string | PluralMessage,
  values: Values,
  locale = 'en',
): string {
  const intl = intlFor(locale);
  const template =
    typeof message === 'string' ? message : pluralForm(message, values['count'], intl.plural);
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (!Object.hasOwn(values, name)) return placeholder;
    const value = values[name];
    return typeof value === 'number' ? intl.number.format(value) : String(value);
  });
}

function pluralForm(
  message: PluralMessage,
  count: string | number | undefined,
  rules: Intl.PluralRules,
): string {
  if (typeof count !== 'number') return message.other;
  return message[rules.select(count)] ?? message.other;
}

interface LocaleIntl {
  readonly plural: Intl.PluralRules;
  readonly number: Intl.NumberFormat;
}

const cache = new Map<string, LocaleIntl>();

/** Plural rules and number format for `locale`, made once per tag; English for an invalid tag. */
function intlFor(locale: string): LocaleIntl {
  let intl = cache.get(locale);
  if (intl === undefined) {
    try {
      intl = { plural: new Intl.PluralRules(locale), number: new Intl.NumberFormat(locale) };
    } catch {
      intl = intlFor('en');
    }
    cache.set(locale, intl);
  }
  return intl;
}
