import { describe, expect, it } from 'vitest';
import { parseDeepLink, searchForLocale, searchForStep } from './deep-link.js';

describe('parseDeepLink', () => {
  it.each([
    ['', { step: 'welcome', scenario: undefined, locale: undefined }],
    ['?step=selfie', { step: 'selfie', scenario: undefined, locale: undefined }],
    ['?step=consent', { step: 'consent', scenario: undefined, locale: undefined }],
    ['?step=result', { step: 'welcome', scenario: undefined, locale: undefined }],
    ['?step=SELFIE', { step: 'welcome', scenario: undefined, locale: undefined }],
    ['?step=selfie&scenario=spoof', { step: 'selfie', scenario: 'spoof', locale: undefined }],
    ['?scenario=No-Face', { step: 'welcome', scenario: 'no-face', locale: undefined }],
    ['?scenario=', { step: 'welcome', scenario: undefined, locale: undefined }],
    ['?scenario=a%0Ab', { step: 'welcome', scenario: undefined, locale: undefined }],
    ['?scenario=' + 'x'.repeat(41), { step: 'welcome', scenario: undefined, locale: undefined }],
    ['?lang=fr', { step: 'welcome', scenario: undefined, locale: 'fr' }],
    ['?lang=de', { step: 'welcome', scenario: undefined, locale: undefined }],
    ['?lang=ar&step=selfie', { step: 'selfie', scenario: undefined, locale: 'ar' }],
    ['?lang=pt', { step: 'welcome', scenario: undefined, locale: 'pt' }],
    ['?lang=sw', { step: 'welcome', scenario: undefined, locale: 'sw' }],
    ['?lang=pt-BR', { step: 'welcome', scenario: undefined, locale: undefined }],
    ['step=selfie&lang=en', { step: 'selfie', scenario: undefined, locale: 'en' }],
    [
      '?step=selfie&detector=mediapipe',
      { step: 'selfie', scenario: undefined, locale: undefined, detector: 'mediapipe' },
    ],
    ['?detector=other', { step: 'welcome', scenario: undefined, locale: undefined }],
  ] as const)('%j', (search, expected) => {
    expect(parseDeepLink(search)).toEqual(expected);
  });
});

describe('searchForStep', () => {
  it.each([
    ['', 'consent', '?step=consent'],
    ['?step=consent', 'welcome', ''],
    ['?step=consent&scenario=spoof&lang=fr', 'selfie', '?step=selfie&scenario=spoof&lang=fr'],
    ['?scenario=spoof', 'result', '?scenario=spoof&step=result'],
  ] as const)('%j to %s', (search, step, expected) => {
    expect(searchForStep(search, step)).toBe(expected);
  });
});

describe('searchForLocale', () => {
  it('sets lang and keeps the rest', () => {
    expect(searchForLocale('?step=selfie&lang=en', 'fr')).toBe('?step=selfie&lang=fr');
    expect(searchForLocale('', 'en')).toBe('?lang=en');
  });
});
