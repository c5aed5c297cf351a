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

/** A complete catalog: a message for every key. Placeholders look like `{count}`. */
export type MessageCatalog = Readonly<Record<MessageKey, string>>;

/** Replacements for some messages of a catalog, e.g. your own wording for `TOO_DARK`. */
export type MessageOverrides = Partial<Record<MessageKey, string>>;
