/** The languages the panel speaks; a user's choice is one of them (null until they choose). */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** Words in every language the panel speaks: what a definition's `Label` is. */
export type Said = Readonly<Record<Locale, string>>;
