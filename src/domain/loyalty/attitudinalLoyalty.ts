/**
 * Weighted attitudinal-loyalty score (curriculum, module E):
 *
 *   score = Σ(item score × item weight) × dimension weight × 100 ÷ scale maximum
 *
 * The textbook's worked example — recommend 4 (weight 0.3), repurchase 3 (weight 0.4),
 * dimension weight 0.7, 5-point scale — gives (4×0.3 + 3×0.4) × 0.7 × 100 ÷ 5 = 33.6. With those
 * weights even perfect answers give only (5×0.3 + 5×0.4) × 0.7 × 100 ÷ 5 = 49, so the result
 * also carries that attainable maximum and the score as a percentage of it (33.6 is 68.6% of
 * 49): a point the sources do not make, and the one a reader of "33.6" most needs.
 *
 * Results are plain floating-point numbers (4 × 0.3 is 1.2000000000000002); the UI rounds.
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import { isAtLeast, readNumber, SCALE_TOP, type RawNumber } from '../numbers';
import { HIGH_SHARE_OF_MAXIMUM_PERCENT } from './recommendationLoyalty';
import { fieldText as v, rowCount, rowIndexes, type CalcFields } from '../calculators/fields';

export const MAX_ATTITUDE_ITEMS = 20;

export interface AttitudeItem {
  /** The answer (0 … scaleMax). */
  readonly score: number;
  /** The item's weight within the dimension (0 ≤ weight ≤ 1). */
  readonly weight: number;
}

export interface AttitudinalLoyaltyInput {
  /** 1 to 20 items, e.g. recommendation and repurchase intention. */
  readonly items: readonly AttitudeItem[];
  /** Weight of the attitudinal dimension in the whole system (0 < weight ≤ 1). */
  readonly dimensionWeight: number;
  /** Highest answer on the scale (≥ 1). */
  readonly scaleMax: number;
}

export interface RawAttitudinalLoyalty {
  readonly items?: readonly { readonly score?: RawNumber; readonly weight?: RawNumber }[];
  readonly dimensionWeight?: RawNumber;
  readonly scaleMax?: RawNumber;
}

export type AttitudinalLoyaltyCode = 'highAttitude' | 'lowAttitude';

export interface AttitudinalLoyaltyResult {
  readonly score: number;
  /** The score with every item at the scale maximum. */
  readonly maximum: number;
  /** score ÷ maximum × 100 */
  readonly percentOfMaximum: number;
  readonly terms: {
    readonly items: readonly { readonly score: number; readonly weight: number; readonly product: number }[];
    /** Σ(score × weight) */
    readonly weightedSum: number;
    /** Σ(scaleMax × weight), the weighted sum of a perfect answer sheet */
    readonly maximumWeightedSum: number;
    readonly dimensionWeight: number;
    readonly scaleMax: number;
  };
  /** ≥ 50% of the attainable maximum reads as high. */
  readonly interpretation: AttitudinalLoyaltyCode;
}

/** The textbook's worked example, as input. */
export const ATTITUDINAL_LOYALTY_EXAMPLE: AttitudinalLoyaltyInput = {
  items: [
    { score: 4, weight: 0.3 },
    { score: 3, weight: 0.4 },
  ],
  dimensionWeight: 0.7,
  scaleMax: 5,
};

/**
 * Validates: 1–20 items (`tooFewItems` / `tooManyItems` {min, max, count} on `items`); each
 * `items.<i>.score` in 0…scaleMax and `items.<i>.weight` in 0…1; the weights not all zero
 * (`weightsSumZero` on `items`); `dimensionWeight` in (0, 1]; `scaleMax` 1 … 10¹².
 */
export function validateAttitudinalLoyalty(raw: RawAttitudinalLoyalty): Validated<AttitudinalLoyaltyInput> {
  const issues: FieldIssue[] = [];
  const scaleMax = readNumber(raw.scaleMax, 'scaleMax', SCALE_TOP, issues);
  const dimensionWeight = readNumber(raw.dimensionWeight, 'dimensionWeight', { positive: true, max: 1 }, issues);
  const rawItems = raw.items ?? [];
  if (rawItems.length < 1 || rawItems.length > MAX_ATTITUDE_ITEMS) {
    const code = rawItems.length < 1 ? 'tooFewItems' : 'tooManyItems';
    issues.push({ field: 'items', code, params: { min: 1, max: MAX_ATTITUDE_ITEMS, count: rawItems.length } });
    return fail(...issues);
  }
  const items: AttitudeItem[] = [];
  rawItems.forEach((item, i) => {
    const scoreRule = scaleMax === undefined ? { min: 0 } : { min: 0, max: scaleMax };
    const score = readNumber(item.score, `items.${i}.score`, scoreRule, issues);
    const weight = readNumber(item.weight, `items.${i}.weight`, { min: 0, max: 1 }, issues);
    if (score !== undefined && weight !== undefined) items.push({ score, weight });
  });
  if (items.length === rawItems.length && items.every((item) => item.weight === 0)) {
    issues.push({ field: 'items', code: 'weightsSumZero' });
  }
  if (scaleMax === undefined || dimensionWeight === undefined || issues.length > 0) return fail(...issues);
  return ok({ items, dimensionWeight, scaleMax });
}

/** Computes the weighted attitudinal-loyalty score, its attainable maximum and the share of it. */
export function computeAttitudinalLoyalty(input: AttitudinalLoyaltyInput): AttitudinalLoyaltyResult {
  const { dimensionWeight, scaleMax } = input;
  const items = input.items.map(({ score, weight }) => ({ score, weight, product: score * weight }));
  const weightedSum = items.reduce((sum, item) => sum + item.product, 0);
  const maximumWeightedSum = items.reduce((sum, item) => sum + scaleMax * item.weight, 0);
  const score = (weightedSum * dimensionWeight * 100) / scaleMax;
  const maximum = (maximumWeightedSum * dimensionWeight * 100) / scaleMax;
  // Ratio of the two sums: the dimension weight and the 100 ÷ scaleMax cancel exactly.
  const percentOfMaximum = Math.min(100, (weightedSum / maximumWeightedSum) * 100);
  return {
    score,
    maximum,
    percentOfMaximum,
    terms: { items, weightedSum, maximumWeightedSum, dimensionWeight, scaleMax },
    interpretation: isAtLeast(percentOfMaximum, HIGH_SHARE_OF_MAXIMUM_PERCENT) ? 'highAttitude' : 'lowAttitude',
  };
}

/** The field names the attitudinal calculator's share link may carry. */
export const ATTITUDINAL_FIELDS = /^(items|items\.\d{1,2}\.(score|weight)|dimensionWeight|scaleMax)$/;

/** The attitudinal calculator's fields (`items`, `items.<i>.score|weight`, dimension weight, scale) as the formula's raw input. */
export function attitudinalInput(f: CalcFields): RawAttitudinalLoyalty {
  return {
    items: rowIndexes(rowCount(f['items'], 1, MAX_ATTITUDE_ITEMS)).map((i) => ({
      score: v(f, `items.${i}.score`),
      weight: v(f, `items.${i}.weight`),
    })),
    dimensionWeight: v(f, 'dimensionWeight'),
    scaleMax: v(f, 'scaleMax'),
  };
}
