/**
 * Direct weighting: the analyst types a number per indicator (points, percentages, any
 * non-negative scale) and the numbers are normalised to sum 1 — the curriculum's
 * "weights chosen by the analyst" for the composite score Σ (indicator score × weight).
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';

/** Largest raw number accepted (keeps sums finite and typing slips visible). */
export const MAX_RAW_WEIGHT = 1_000_000_000;

/** Normalised direct weights. */
export interface DirectWeights {
  /** Non-negative, summing to 1, in input order. */
  readonly weights: readonly number[];
  /** The weights as percentages rounded to one decimal that add up to exactly 100. */
  readonly percentages: readonly number[];
}

/**
 * Rounds weights (summing to 1) to percentages with `decimals` places that add up to exactly
 * 100, by the largest-remainder method (1/3, 1/3, 1/3 shows as 33.4, 33.3, 33.3; ties go to the first).
 */
export function roundedPercentages(weights: readonly number[], decimals = 1): number[] {
  if (weights.length === 0) return [];
  const unit = 10 ** decimals;
  const total = 100 * unit;
  const exact = weights.map((w) => w * total);
  const units = exact.map((x) => Math.floor(x));
  // Hand the units lost (or gained) by rounding to the largest (or smallest) remainders.
  const byRemainder = exact
    .map((x, i) => ({ i, remainder: x - units[i]! }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  let difference = total - units.reduce((a, b) => a + b, 0);
  for (let k = 0; difference > 0; k = (k + 1) % byRemainder.length, difference--) units[byRemainder[k]!.i]! += 1;
  for (
    let k = byRemainder.length - 1;
    difference < 0;
    k = (k + byRemainder.length - 1) % byRemainder.length, difference++
  ) {
    units[byRemainder[k]!.i]! -= 1;
  }
  return units.map((u) => u / unit);
}

/**
 * Normalises raw direct weights. Issues (field `<field>` or `<field>.<index>`, 0-based,
 * with a 1-based `position` param):
 * - `tooFew` {min:1} — no weights at all
 * - `notANumber` {position} — a value that is not a finite number
 * - `outOfRange` {position, min:0, max, value} — negative or absurdly large
 * - `allZero` — every weight is 0, so nothing can be normalised
 */
export function directWeights(raw: readonly unknown[], field = 'weights'): Validated<DirectWeights> {
  if (raw.length === 0) return fail({ field, code: 'tooFew', params: { min: 1 } });
  const issues: FieldIssue[] = [];
  const values: number[] = [];
  raw.forEach((value, index) => {
    const where = `${field}.${index}`;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      issues.push({ field: where, code: 'notANumber', params: { position: index + 1 } });
    } else if (value < 0 || value > MAX_RAW_WEIGHT) {
      issues.push({
        field: where,
        code: 'outOfRange',
        params: { position: index + 1, min: 0, max: MAX_RAW_WEIGHT, value },
      });
    } else values.push(value);
  });
  if (issues.length > 0) return fail(...issues);
  const sum = values.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return fail({ field, code: 'allZero' });
  const weights = values.map((v) => v / sum);
  return ok({ weights, percentages: roundedPercentages(weights) });
}

/** Equal weights 1/n for n indicators (the starting point before anyone weighs them). */
export function equalWeights(n: number): number[] {
  return n > 0 ? new Array<number>(n).fill(1 / n) : [];
}
