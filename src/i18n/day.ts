/** Dates for people to read, apart from ./format.ts so that islands without dates do not carry it. */
import type { Locale } from './format';

/**
 * A calendar day (`YYYY-MM-DD`) written out in the page's language, in the reader's own
 * variant of it when the browser says which (`en-US` → "Friday, December 11, 2026"; otherwise
 * British English or mainland Chinese). The day is read as a date, not an instant: no time zone
 * shifts it. Returns the input unchanged if it is not a day.
 */
export function formatDay(day: string, locale: Locale, preferred: readonly string[] = []): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d\d-\d\d$/.test(day) || !Number.isFinite(ms)) return day;
  const language = locale === 'zh-cn' ? 'zh' : 'en';
  const tag = preferred.find((p) => p.toLowerCase().split('-')[0] === language) ?? (locale === 'zh-cn' ? 'zh-CN' : 'en-GB');
  try {
    return new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeZone: 'UTC' }).format(ms);
  } catch {
    return new Intl.DateTimeFormat(locale === 'zh-cn' ? 'zh-CN' : 'en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(ms);
  }
}
