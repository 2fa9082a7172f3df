/**
 * Browser-safe i18n helpers: no dictionary is imported here, so islands that format strings
 * do not ship every UI string of the site.
 */
export { DEFAULT_LOCALE, HTML_LANG, isLocale, LOCALES, type Locale } from '../domain/locale';

/** Replace `{name}` placeholders; unknown placeholders are left visible so they get noticed. */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
