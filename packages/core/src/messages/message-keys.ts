import { REASON_CODES, type ReasonCode } from '../reasons.js';

/** Keys of the interface text around the capture (titles, buttons, status lines). */
export const UI_MESSAGE_KEYS = [
  'title',
  'intro',
  'start',
  'starting',
  'framingGood',
  'manualHint',
  'capture',
  'capturing',
  'submitting',
  'passed',
  'retry',
  'failed',
  'failedHint',
  'attemptsLeft',
  'waitSeconds',
  'chooseCamera',
  'previewLabel',
  'cancel',
  'continue',
  'detectorLoading',
  'detectorProgress',
] as const;

export type UiMessageKey = (typeof UI_MESSAGE_KEYS)[number];

/** Every message is looked up by a reason code or an interface key; nothing is built ad hoc. */
export type MessageKey = ReasonCode | UiMessageKey;

/** Every key of a complete catalog, reason codes first. */
export const MESSAGE_KEYS: readonly MessageKey[] = [...REASON_CODES, ...UI_MESSAGE_KEYS];

/** Keys whose message depends on a number, `{count}`: one form per plural category. */
export const PLURAL_MESSAGE_KEYS = ['attemptsLeft', 'waitSeconds'] as const;

export type PluralMessageKey = (typeof PLURAL_MESSAGE_KEYS)[number];

/**
 * A message in its plural forms, chosen by `Intl.PluralRules` for the value `{count}`: `other`
 * always, and each category the language uses (`one`; Arabic also `zero`, `two`, `few`, `many`).
 */
export type PluralMessage = Readonly<
  { other: string } & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>
>;

/**
 * A complete catalog: a message for every key, plural forms for the {@link PLURAL_MESSAGE_KEYS}.
 * Placeholders look like `{count}`.
 */
export type MessageCatalog = Readonly<
  Record<Exclude<MessageKey, PluralMessageKey>, string> & Record<PluralMessageKey, PluralMessage>
>;

/**
 * Replacements for some messages of a catalog, e.g. your own wording for `TOO_DARK`. A plain
 * string for a plural key is used for every count.
 */
export type MessageOverrides = Partial<
  Record<Exclude<MessageKey, PluralMessageKey>, string> &
    Record<PluralMessageKey, string | PluralMessage>
>;
