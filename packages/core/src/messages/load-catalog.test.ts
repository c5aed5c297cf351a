import { describe, expect, it } from 'vitest';
import { applyMessageOverrides } from './apply-message-overrides.js';
import { loadCatalog, loadedCatalog } from './load-catalog.js';
import { LOCALES } from './locales.js';
import { MESSAGES } from './messages.js';

describe('loadCatalog', () => {
  it('has English at once, before any load', async () => {
    expect(loadedCatalog('en')).toBe(MESSAGES.en);
    await expect(loadCatalog('en')).resolves.toBe(MESSAGES.en);
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    'loads %s on first use, then keeps it',
    async (locale) => {
      expect(loadedCatalog(locale)).toBeUndefined();
      const pending = loadCatalog(locale);
      expect(loadCatalog(locale)).toBe(pending); // one load for calls made meanwhile
      const catalog = await pending;
      expect(catalog).toEqual(MESSAGES[locale]);
      expect(Object.isFrozen(catalog)).toBe(true);
      expect(loadedCatalog(locale)).toBe(catalog);
      await expect(loadCatalog(locale)).resolves.toBe(catalog);
    },
  );

  it('takes overrides on top with applyMessageOverrides', async () => {
    const fr = applyMessageOverrides(await loadCatalog('fr'), {
      TOO_DARK: 'Allumez la lumière.',
      attemptsLeft: 'Encore {count}',
    });
    expect(fr.TOO_DARK).toBe('Allumez la lumière.');
    expect(fr.attemptsLeft).toEqual({ other: 'Encore {count}' });
    expect(fr.NO_FACE).toBe(MESSAGES.fr.NO_FACE);
    expect(applyMessageOverrides(MESSAGES.fr)).toBe(MESSAGES.fr);
  });
});
