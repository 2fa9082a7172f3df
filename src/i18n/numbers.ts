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
 * The languages whose numbers read "-1,234.5" (groups of three with commas, a full stop before
 * the decimals, a hyphen-minus): these are written without Intl, whose first use on a page costs
 * some 50 ms of script (ICU's start-up; four times that on a slow phone), which every island
 * showing a figure on load would pay. A new language that writes numbers otherwise says false.
 */
const PLAIN: Readonly<Record<Locale, boolean>> = { en: true, 'zh-cn': true };

/**
 * `x` as Intl writes it in those languages, with `min` to `max` decimals, after moving the
 * decimal point `shift` places right (2 for a percentage): rounded half away from zero on the
 * shortest decimal that reads back as `x`, as Intl does (1.005 → "1.01", where toFixed gives
 * "1.00"). Null where the shortest form has an exponent (beyond 1e21, below 1e-6): Intl then.
 * A unit test holds this equal to Intl's output for many thousands of numbers.
 */
function plainDecimal(x: number, min: number, max: number, shift = 0, group = true): string | null {
  const text = String(Math.abs(x));
  if (text.includes('e')) return null;
  const [whole = '', fraction = ''] = text.split('.');
  let point = whole.length + shift;
  const cut = point + max;
  const digits = (whole + fraction).padEnd(cut, '0');
  const kept = digits.slice(0, cut).split('');
  if ((digits[cut] ?? '0') >= '5') {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === '9') kept[i--] = '0';
    if (i < 0) {
      kept.unshift('1');
      point += 1;
    } else kept[i] = String(Number(kept[i]) + 1);
  }
  let integer = kept
    .slice(0, point)
    .join('')
    .replace(/^0+(?=\d)/, '');
  let decimals = kept.slice(point).join('');
  while (decimals.length > min && decimals.endsWith('0')) decimals = decimals.slice(0, -1);
  if (group) integer = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  return `${sign}${integer}${decimals ? `.${decimals}` : ''}`;
}

/** What is shown where there is no number to show (NaN, Infinity, nothing). */
export const NO_NUMBER = '—';

/** `x` with at most `digits` decimals ("1,234.5", "1,234.5" in both languages); never "-0". */
export function formatNumber(x: number | null | undefined, locale: Locale, digits = 2): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return NO_NUMBER;
  const rounded = Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x;
  return (
    (PLAIN[locale] ? plainDecimal(rounded, 0, digits) : null) ??
    numberFormat(locale, { maximumFractionDigits: digits }).format(rounded)
  );
}

/** `x` with exactly `digits` decimals ("0.30", "33.6"), for columns of figures that line up. */
export function formatFixed(x: number | null | undefined, locale: Locale, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return NO_NUMBER;
  const rounded = Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x;
  return (
    (PLAIN[locale] ? plainDecimal(rounded, digits, digits) : null) ??
    numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(rounded)
  );
}

/**
 * A 0–1 share as a percentage with `digits` decimals: 0.4567 → "45.7%"; with `exact` false, at
 * most `digits` decimals (0.72 → "72%", 0.725 → "72.5%").
 */
export function formatShare(share: number | null | undefined, locale: Locale, digits = 1, exact = true): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return NO_NUMBER;
  const rounded = Math.abs(share) < 0.5 * 10 ** -(digits + 2) ? 0 : share;
  const plain = PLAIN[locale] ? plainDecimal(rounded, exact ? digits : 0, digits, 2) : null;
  if (plain !== null) return `${plain}%`;
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
  return (
    plainDecimal(rounded, 0, digits, 0, false) ??
    numberFormat('en', { maximumFractionDigits: digits, useGrouping: false }).format(rounded)
  );
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

/** Numbers quoted in a message (a limit, a value typed), as the page writes numbers, to at most six decimals. */
export const messageNumber =
  (locale: Locale) =>
  (x: number): string =>
    formatNumber(x, locale, 6);
