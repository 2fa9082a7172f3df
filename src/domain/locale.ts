/**
 * The site's languages: the one list, the one type of a text in every language, and the one
 * mapping to the tags the platform understands. Everything else imports from here.
 */
export const LOCALES = ['en', 'zh-cn'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** A text in every language of the site. */
export type LocalizedText = { readonly [L in Locale]: string };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language of the words, for `lang` and `hreflang` attributes. */
export const HTML_LANG: Readonly<Record<Locale, string>> = { en: 'en', 'zh-cn': 'zh-CN' };

/**
 * The locale numbers and dates are formatted for: British English (the site's spelling, and
 * "2 December 2026") and mainland Chinese.
 */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = { en: 'en-GB', 'zh-cn': 'zh-CN' };
