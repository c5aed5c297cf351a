import { describe, expect, it, vi } from 'vitest';
import { loadCatalog, loadedCatalog } from './load-catalog.js';

// The Swahili chunk fails to load once (a network error), then loads.
const attempts = vi.hoisted(() => ({ count: 0 }));
vi.mock('./sw.js', async (importOriginal) => {
  attempts.count += 1;
  if (attempts.count === 1) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

describe('loadCatalog when the chunk cannot be fetched', () => {
  it('rejects, keeps nothing, and tries again on the next call', async () => {
    await expect(loadCatalog('sw')).rejects.toThrow();
    expect(loadedCatalog('sw')).toBeUndefined();
    const catalog = await loadCatalog('sw');
    expect(catalog.NO_FACE).toMatch(/uso/i);
    expect(loadedCatalog('sw')).toBe(catalog);
    expect(attempts.count).toBe(2);
  });
});
