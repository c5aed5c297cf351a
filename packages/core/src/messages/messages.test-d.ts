import { describe, expectTypeOf, it } from 'vitest';
import {
  MESSAGES,
  applyMessageOverrides,
  formatMessage,
  loadCatalog,
  loadedCatalog,
  resolveMessages,
  type Locale,
  type MessageCatalog,
  type MessageKey,
  type MessageOverrides,
  type ReasonCode,
  type UiMessageKey,
} from '../index.js';

describe('message types', () => {
  it('every reason code is a message key, and catalogs are complete', () => {
    expectTypeOf<ReasonCode>().toExtend<MessageKey>();
    expectTypeOf<UiMessageKey>().toExtend<MessageKey>();
    expectTypeOf<keyof MessageCatalog>().toEqualTypeOf<MessageKey>();
    expectTypeOf(MESSAGES).toEqualTypeOf<Readonly<Record<Locale, MessageCatalog>>>();
    expectTypeOf<Locale>().toEqualTypeOf<'en' | 'fr' | 'ar' | 'pt' | 'sw'>();
  });

  it('a catalog missing a key does not compile', () => {
    const { TOO_DARK: _dropped, ...rest } = MESSAGES.en;
    // @ts-expect-error: TOO_DARK is missing
    const incomplete: MessageCatalog = rest;
    void incomplete;
  });

  it('a plural message needs its other form, and text keys take no plural forms', () => {
    // @ts-expect-error: a plural message without `other`
    const noOther: MessageCatalog = { ...MESSAGES.en, attemptsLeft: { one: '{count} left' } };
    // @ts-expect-error: `title` is one text, not plural forms
    const pluralTitle: MessageCatalog = { ...MESSAGES.en, title: { other: 'Selfie' } };
    void noOther;
    void pluralTitle;
    expectTypeOf<{ attemptsLeft: string }>().toExtend<MessageOverrides>();
    expectTypeOf<{ attemptsLeft: { one: string; other: string } }>().toExtend<MessageOverrides>();
  });

  it('overrides are partial and only take known keys', () => {
    expectTypeOf<{ TOO_DARK: string }>().toExtend<MessageOverrides>();
    // @ts-expect-error: not a message key
    resolveMessages('fr', { TOO_DARKK: 'x' });
    expectTypeOf(resolveMessages).returns.toEqualTypeOf<MessageCatalog>();
  });

  it('loads catalogs by bundled locale; English is always there', () => {
    expectTypeOf(loadCatalog).parameter(0).toEqualTypeOf<Locale>();
    expectTypeOf(loadCatalog).returns.toEqualTypeOf<Promise<MessageCatalog>>();
    expectTypeOf(loadedCatalog('en')).toEqualTypeOf<MessageCatalog>();
    expectTypeOf(loadedCatalog('fr')).toEqualTypeOf<MessageCatalog | undefined>();
    // @ts-expect-error: not a bundled locale (use matchLocale for a tag)
    void loadCatalog('fr-CA');
    expectTypeOf(applyMessageOverrides).returns.toEqualTypeOf<MessageCatalog>();
    // @ts-expect-error: not a message key
    applyMessageOverrides(MESSAGES.fr, { TOO_DARKK: 'x' });
  });

  it('formatMessage takes string or number values', () => {
    expectTypeOf(formatMessage).returns.toBeString();
    // @ts-expect-error: values must be strings or numbers
    formatMessage('{a}', { a: true });
  });
});
