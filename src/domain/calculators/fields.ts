/**
 * What a calculator's state is: the raw text of each of its fields, exactly as typed, keyed by
 * a field name (`brandSpend`, `items.1.weight`, `criteria.timeliness.promisedHours`). The
 * formulas in `loyalty/`, `value/` and `service/` validate that text themselves, so the state
 * never holds anything but strings and is stored, shared in links and reset as it stands.
 */

/** A calculator's raw field values. */
export type CalcFields = Readonly<Record<string, string>>;

/** A field name: letters and digits, up to three dotted parts after the first. */
export const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]{0,40}(?:\.[A-Za-z0-9]{1,40}){0,3}$/;
/** Fields per calculator: the largest (the TARP table with four projects) has under 50. */
export const MAX_FIELDS = 120;
/** Longest saved text in one field: a pasted column of some tens of thousands of 0–10 answers. */
export const MAX_FIELD_TEXT = 400_000;

/**
 * `value` as calculator fields, or null when it is not a plain object of at most `MAX_FIELDS`
 * string values under valid names, each at most `maxText` characters long. Never throws.
 */
export function checkFields(value: unknown, maxText = MAX_FIELD_TEXT): CalcFields | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const entries = Object.entries(value);
  const good =
    entries.length <= MAX_FIELDS &&
    entries.every(([name, text]) => FIELD_NAME.test(name) && typeof text === 'string' && text.length <= maxText);
  return good ? (Object.fromEntries(entries) as CalcFields) : null;
}

/** A row count kept as a field (`items`, `offers`): a whole number within limits (the lower one when unreadable). */
export function rowCount(text: string | undefined, min: number, max: number): number {
  const n = Number.parseInt(text ?? '', 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : min;
}

/** A field's text, empty when it is absent. */
export const fieldText = (f: CalcFields, name: string): string => f[name] ?? '';

/** 0, 1, … n − 1: the rows of a calculator with `n` rows. */
export const rowIndexes = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
