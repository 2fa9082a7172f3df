/** Percentages in the reader's language, kept apart from format.ts so islands without scores do not ship it. */
import type { Locale } from './format';

const percentFormats = new Map<Locale, Intl.NumberFormat>();
/** A whole percentage (0–100) as people of the locale write it: "93%". */
export function formatPercent(percent: number, locale: Locale): string {
  let nf = percentFormats.get(locale);
  if (!nf) percentFormats.set(locale, (nf = new Intl.NumberFormat(locale === 'zh-cn' ? 'zh-CN' : 'en', { style: 'percent', maximumFractionDigits: 0 })));
  return nf.format(percent / 100);
}
