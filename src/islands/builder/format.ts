/** Number display for the builder: never NaN or Infinity on screen — a dash instead. */

/** A number with `digits` decimals, or "—" when there is none. */
export function fixed(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits);
}

/** A 0–1 share as a percentage with one decimal: 0.4567 → "45.7%". */
export const percent = (share: number | null | undefined, digits = 1): string =>
  share === null || share === undefined || !Number.isFinite(share) ? '—' : `${(share * 100).toFixed(digits)}%`;

/** A value quoted in a message: numbers to at most three decimals, text as it is. */
export function quoted(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(Math.round(value * 1000) / 1000) : String(value);
  return value;
}
