/**
 * Numbers as people of the page's language read them: the one place the site turns a number into
 * text, on `Intl` (no `toFixed`, no hand rounding elsewhere); dates are in ./dates.ts. Kept apart
 * from the dictionaries, so an island that formats a number ships only this.
 */
import { INTL_LOCALE, type Locale } from '../domain/locale';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let nf = cache.get(key);
  if (!nf) cache.set(key, (nf = new Intl.NumberFormat(INTL_LOCALE[locale], options)));
  return nf;
}

/**
 * A whole number under 1,000 (not −0), as both languages write it with any of the options below:
 * plain digits, no grouping, no decimals, a hyphen-minus. It is written without Intl, whose first
 * use on a page costs some 50 ms of script (ICU's start-up, four times that on a slow phone): the
 * progress rings and counts that islands show on load need no more. A unit test holds this equal
 * to Intl's output for every such number in both languages.
 */
const plainWhole = (x: number): string | null =>
  Number.isInteger(x) && Math.abs(x) < 1000 && !Object.is(x, -0) ? String(x) : null;

/** What is shown where there is no number to show (NaN, Infinity, nothing). */
export const NO_NUMBER = '—';

/** `x` with at most `digits` decimals ("1,234.5", "1,234.5" in both languages); never "-0". */
export function formatNumber(x: number | null | undefined, locale: Locale, digits = 2): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return NO_NUMBER;
  const rounded = Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x;
  return plainWhole(rounded) ?? numberFormat(locale, { maximumFractionDigits: digits }).format(rounded);
}

/** `x` with exactly `digits` decimals ("0.30", "33.6"), for columns of figures that line up. */
export function formatFixed(x: number | null | undefined, locale: Locale, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return NO_NUMBER;
  const rounded = Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x;
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(rounded);
}

/**
 * A 0–1 share as a percentage with `digits` decimals: 0.4567 → "45.7%"; with `exact` false, at
 * most `digits` decimals (0.72 → "72%", 0.725 → "72.5%").
 */
export function formatShare(share: number | null | undefined, locale: Locale, digits = 1, exact = true): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return NO_NUMBER;
  const rounded = Math.abs(share) < 0.5 * 10 ** -(digits + 2) ? 0 : share;
  const whole = exact && digits > 0 ? null : plainWhole(rounded * 100);
  if (whole !== null) return `${whole}%`;
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: exact ? digits : 0,
    maximumFractionDigits: digits,
  }).format(rounded);
}

/**
 * A number as it goes back into a field, or is quoted in a message about what was typed there:
 * at most `digits` decimals, no grouping, a full stop for the decimals ("1234.5"), so that it
 * reads back the same through the one number reader (src/domain/numbers.ts). Not a number: as is.
 */
export function fieldNumber(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return String(x);
  const rounded = Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x;
  return numberFormat('en', { maximumFractionDigits: digits, useGrouping: false }).format(rounded);
}

/** A whole percentage (0–100) as people of the locale write it: "93%". */
export function formatPercent(percent: number, locale: Locale): string {
  return formatShare(percent / 100, locale, 0);
}

/** A size in bytes as people read it: "5 MB", "1.5 MB", "200 KB", "900 B" (unit words are the same in both languages). */
export function fileSize(bytes: number, locale: Locale): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(bytes / (1024 * 1024), locale, 1)} MB`;
  if (bytes >= 1024) return `${formatNumber(bytes / 1024, locale, 1)} KB`;
  return `${formatNumber(bytes, locale, 1)} B`;
}
