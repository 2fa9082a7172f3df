/**
 * Localised text inside case scenarios.
 *
 * A scenario's structure and scoring are shared by both languages; only its texts differ, so
 * every text field carries both languages side by side. Keeping them in one object (rather than
 * one file per language) makes a missing translation a property of one field that a check can
 * name, instead of a whole file drifting out of step.
 */

/** The languages the site is written in, as they appear in URLs (`/en/…`, `/zh-cn/…`). */
export const CASE_LOCALES = ['en', 'zh-cn'] as const;
export type CaseLocale = (typeof CASE_LOCALES)[number];

/** One text in every language of the site. */
export interface LocalisedText {
  /** English. */
  readonly en: string;
  /** Simplified Chinese. */
  readonly 'zh-cn': string;
}

/** Whether a value is one of the site's locales. */
export function isCaseLocale(value: unknown): value is CaseLocale {
  return typeof value === 'string' && (CASE_LOCALES as readonly string[]).includes(value);
}

/** Locales in which the text is missing or blank. */
export function missingLocales(text: LocalisedText): CaseLocale[] {
  return CASE_LOCALES.filter((locale) => {
    const value: unknown = text[locale];
    return typeof value !== 'string' || value.trim() === '';
  });
}
