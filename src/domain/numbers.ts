/**
 * Reading numbers that people type or paste, and checking them against a rule. This is the one
 * number reader of the site: calculators, quizzes, the indicator builder, questionnaire answers
 * and the care-plan worksheet all read through `parseUserNumber`, so "62,5" means the same
 * everywhere.
 *
 * What `parseUserNumber` accepts (surrounding spaces ignored):
 * - plain decimals with a dot: `62.5`, `62`, `.5`, `-3`, `+3`, `−3` (typographic minus);
 * - thousands separators in groups of three: commas (`63,590`, `1,234.5`) or spaces of any
 *   kind, including no-break and thin spaces (`63 590`, `1 234.5`); other inner spaces
 *   (`7 5`) are refused rather than glued together;
 * - a decimal comma: one comma and no point, when it cannot be a thousands separator (`62,5`,
 *   `1234,56`, `0,125`); a comma followed by exactly three digits after a first group of one to
 *   three digits is a thousands separator (`1,500` is 1500);
 * - a trailing `%` (`83%`): the field already says it is a percentage, so `83%` is 83 (unless
 *   the caller turns this off with `percentSign: false`);
 * - full-width characters as a Chinese input method types them (`６３，５９０．５`, `８３％`,
 *   `６２，５`) and the ideographic full stop between digits (`62。5`), which is what `.` gives in
 *   full-width punctuation mode.
 * - a JavaScript number as it is, if finite.
 *
 * What it refuses: blank text gives `required`; anything else (`abc`, `5/8`, `6.25e1`, `NaN`,
 * `Infinity`, two numbers, `1,2,3`) gives `notANumber`. A number too long to represent (it
 * would overflow to Infinity) is `notANumber`.
 */
import type { FieldIssue } from './result';

/** What a form hands to a validator for one numeric field. */
export type RawNumber = string | number | null | undefined;

/** Raw (unvalidated) form values for a flat numeric input type. */
export type RawFields<T> = { readonly [K in keyof T]?: RawNumber };

/** Why a typed value is not a number. */
export type NumberParseCode = 'required' | 'notANumber';

export type ParsedNumber =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly code: NumberParseCode };

const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const THOUSANDS = /^[+-]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/;
const SPACED_THOUSANDS = /^[+-]?\d{1,3}(?: \d{3})+(?:\.\d+)?$/;
const COMMA_DECIMAL = /^[+-]?\d*,\d+$/;
// Every kind of space a paste or an input method may put inside a number.
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]/g;

/** How a caller may narrow what `parseUserNumber` accepts. */
export interface ParseOptions {
  /** Accept a trailing `%` (default true). */
  readonly percentSign?: boolean;
}

/** Reads one typed number; see the module comment for what is accepted. */
export function parseUserNumber(raw: RawNumber, options: ParseOptions = {}): ParsedNumber {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { ok: false, code: 'notANumber' };
    return { ok: true, value: Object.is(raw, -0) ? 0 : raw };
  }
  if (raw === null || raw === undefined) return { ok: false, code: 'required' };
  // NFKC folds full-width digits, `．`, `，`, `％`, `＋`, `－` and odd spaces to their ASCII forms.
  let text = raw.normalize('NFKC').replace(SPACES, ' ').trim();
  if (text === '') return { ok: false, code: 'required' };
  text = text.replace(/\u2212/g, '-').replace(/(\d)\u3002(?=\d)/g, '$1.');
  if (options.percentSign !== false && text.endsWith('%')) text = text.slice(0, -1).trimEnd();
  if (SPACED_THOUSANDS.test(text)) text = text.replace(/ /g, '');
  else if (THOUSANDS.test(text)) text = text.replace(/,/g, '');
  else if (COMMA_DECIMAL.test(text)) text = text.replace(',', '.');
  if (!PLAIN.test(text)) return { ok: false, code: 'notANumber' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, code: 'notANumber' };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

/**
 * Ceiling for amounts, counts and scale tops (a million million). No real calculator input comes
 * near it, and it keeps every sum and product of our formulas far from floating-point overflow,
 * so bad input gives an `outOfRange` issue instead of an Infinity on screen.
 */
export const MAX_AMOUNT = 1e12;

/**
 * Rule for the top of a rating scale: at least 1 (a product of a tiny scale top and a weight
 * could underflow to 0 and then divide), at most `MAX_AMOUNT`.
 */
export const SCALE_TOP = { min: 1, max: MAX_AMOUNT } as const;

/** The limits a field's value must respect. */
export interface NumberRule {
  /** Smallest allowed value (inclusive). */
  readonly min?: number;
  /** Largest allowed value (inclusive). */
  readonly max?: number;
  /** The value must be strictly greater than 0 (`notPositive` otherwise). */
  readonly positive?: boolean;
  /** The value must be a whole number (`notAnInteger` otherwise). */
  readonly integer?: boolean;
}

/**
 * Parses `raw` and checks it against `rule`; pushes at most one issue for `field` into `issues`
 * and returns the number only when it is acceptable.
 *
 * Issue codes: `required`, `notANumber` {value}, `notAnInteger` {value},
 * `notPositive` {value}, `outOfRange` {value, min?, max?} (only the limits that exist).
 */
export function readNumber(raw: RawNumber, field: string, rule: NumberRule, issues: FieldIssue[]): number | undefined {
  const parsed = parseUserNumber(raw);
  if (!parsed.ok) {
    issues.push(
      parsed.code === 'required'
        ? { field, code: 'required' }
        : { field, code: parsed.code, params: { value: String(raw) } },
    );
    return undefined;
  }
  const value = parsed.value;
  if (rule.integer === true && !Number.isInteger(value)) {
    issues.push({ field, code: 'notAnInteger', params: { value } });
    return undefined;
  }
  if (rule.positive === true && !(value > 0)) {
    issues.push({ field, code: 'notPositive', params: { value } });
    return undefined;
  }
  const tooSmall = rule.min !== undefined && value < rule.min;
  const tooLarge = rule.max !== undefined && value > rule.max;
  if (tooSmall || tooLarge) {
    const params: Record<string, number> = { value };
    if (rule.min !== undefined) params['min'] = rule.min;
    if (rule.max !== undefined) params['max'] = rule.max;
    issues.push({ field, code: 'outOfRange', params });
    return undefined;
  }
  return value;
}

/** True when `raw` is blank (nothing typed), so an optional field can be skipped. */
export function isBlank(raw: RawNumber): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.replace(SPACES, '') === '');
}

/**
 * Like `readNumber`, but a blank field is allowed: returns `fallback` and pushes nothing.
 * Use it for optional inputs and for inputs that have a curriculum default.
 */
export function readOptionalNumber<F extends number | undefined>(
  raw: RawNumber,
  field: string,
  rule: NumberRule,
  issues: FieldIssue[],
  fallback: F,
): number | F {
  return isBlank(raw) ? fallback : (readNumber(raw, field, rule, issues) ?? fallback);
}

/**
 * `a ≥ b`, forgiving the last-bit error of decimal arithmetic (0.1 + 0.2 style), so that a
 * share computed as exactly 50% is never judged to fall short of a 50% line.
 */
export function isAtLeast(a: number, b: number): boolean {
  return a >= b - 1e-9 * Math.max(1, Math.abs(b));
}

/** `a = b` up to the same tolerance as `isAtLeast`. */
export function isNearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
