/**
 * Localised text inside case scenarios.
 *
 * A scenario's structure and scoring are shared by both languages; only its texts differ, so
 * every text field carries both languages side by side. Keeping them in one object (rather than
 * one file per language) makes a missing translation a property of one field that a check can
 * name, instead of a whole file drifting out of step.
 */

import { LOCALES, type Locale, type LocalizedText } from '../locale';

/** Locales in which the text is missing or blank. */
export function missingLocales(text: LocalizedText): Locale[] {
  return LOCALES.filter((locale) => {
    const value: unknown = text[locale];
    return typeof value !== 'string' || value.trim() === '';
  });
}
