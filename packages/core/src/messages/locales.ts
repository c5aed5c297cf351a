/** The bundled locales. Adding one: a catalog file, its line here, in `MESSAGES` and in `loadCatalog`. */
export const LOCALES = ['en', 'fr', 'ar', 'pt', 'sw'] as const;

export type Locale = (typeof LOCALES)[number];
