/**
 * Dates as people of the page's language read them: the one place the site turns a date into
 * text, on `Intl`, in the reader's time zone (numbers are in ./numbers.ts).
 */
import { INTL_LOCALE, type Locale } from '../domain/locale';
import { NO_NUMBER } from './numbers';

// Building a DateTimeFormat costs far more than using one (a class of 200 files formats
// hundreds of dates): one per tag and options, made once.
const cache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let df = cache.get(key);
  if (!df) cache.set(key, (df = new Intl.DateTimeFormat(tag, options)));
  return df;
}

/** A date as a sentence would carry it: "2 December 2026", "2026年12月2日". */
export function formatDate(date: Date | string, locale: Locale): string {
  const d = typeof date === 'string' ? new Date(date) : date;
  return Number.isNaN(d.getTime()) ? NO_NUMBER : dateFormat(INTL_LOCALE[locale], { dateStyle: 'long' }).format(d);
}

/**
 * A calendar day (`YYYY-MM-DD`) written out in the page's language ("2 December 2026"; with
 * `style: 'full'`, "Wednesday, 2 December 2026"), in the reader's own variant of it when the
 * browser says which (`preferred: ['en-US']` → "December 2, 2026"). The day is read as a date,
 * not an instant: no time zone shifts it. Returns the input unchanged if it is not a day.
 */
export function formatDay(
  day: string,
  locale: Locale,
  { style = 'long', preferred = [] }: { style?: 'long' | 'full'; preferred?: readonly string[] } = {},
): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d\d-\d\d$/.test(day) || !Number.isFinite(ms)) return day;
  const language = INTL_LOCALE[locale].split('-')[0]!;
  const tag = preferred.find((p) => p.toLowerCase().split('-')[0] === language) ?? INTL_LOCALE[locale];
  try {
    return dateFormat(tag, { dateStyle: style, timeZone: 'UTC' }).format(ms);
  } catch {
    return dateFormat(INTL_LOCALE[locale], { dateStyle: style, timeZone: 'UTC' }).format(ms);
  }
}

/** A moment in the reader's time zone: "2 Dec 2026, 14:05". */
export function formatDateTime(date: Date | string, locale: Locale): string {
  const d = typeof date === 'string' ? new Date(date) : date;
  return Number.isNaN(d.getTime())
    ? NO_NUMBER
    : dateFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** The day in the reader's time zone as a file name carries it: "2026-12-02". */
export function fileDate(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
