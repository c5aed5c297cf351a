/** Languages written right to left (primary subtags), bundled or not. */
const RIGHT_TO_LEFT = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * The writing direction of a BCP 47 tag, for the `dir` attribute: `'rtl'` for Arabic, Hebrew,
 * Persian, Urdu and the like, else `'ltr'`.
 */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  const language = locale.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}
