/**
 * Recommendation-based loyalty, the source textbook's single-question ("NPS-style") measure
 * (curriculum, module E):
 *
 *   loyalty = score on "would you recommend?" × weight × 100 ÷ highest score on the scale
 *
 * With the weight below 1 the result cannot reach 100, so the result also carries the
 * attainable maximum (weight × 100) and the score as a percentage of it (score ÷ scale max).
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import { isAtLeast, readNumber, SCALE_TOP, type RawFields } from '../numbers';

/** At or above this share of the attainable maximum the answer reads as high. */
export const HIGH_SHARE_OF_MAXIMUM_PERCENT = 50;

export interface RecommendationLoyaltyInput {
  /** The answer on the recommendation question (0 … scaleMax). */
  readonly score: number;
  /** The question's weight (0 < weight ≤ 1). */
  readonly weight: number;
  /** The highest answer the scale allows (e.g. 5, 7, 10; ≥ 1). */
  readonly scaleMax: number;
}

export type RecommendationLoyaltyCode = 'highRecommendation' | 'lowRecommendation';

export interface RecommendationLoyaltyResult {
  /** score × weight × 100 ÷ scaleMax */
  readonly value: number;
  /** weight × 100: what a top answer would give. */
  readonly maximum: number;
  /** value as a percentage of the maximum (= score ÷ scaleMax × 100). */
  readonly percentOfMaximum: number;
  readonly terms: { readonly score: number; readonly weight: number; readonly scaleMax: number };
  /** ≥ 50% of the maximum reads as high (our convention, shown with the number). */
  readonly interpretation: RecommendationLoyaltyCode;
}

/** Validates: scaleMax 1 … 10¹²; 0 ≤ score ≤ scaleMax (`outOfRange` {min, max}); 0 < weight ≤ 1. */
export function validateRecommendationLoyalty(
  raw: RawFields<RecommendationLoyaltyInput>,
): Validated<RecommendationLoyaltyInput> {
  const issues: FieldIssue[] = [];
  const scaleMax = readNumber(raw.scaleMax, 'scaleMax', SCALE_TOP, issues);
  const score = readNumber(raw.score, 'score', scaleMax === undefined ? { min: 0 } : { min: 0, max: scaleMax }, issues);
  const weight = readNumber(raw.weight, 'weight', { positive: true, max: 1 }, issues);
  if (scaleMax === undefined || score === undefined || weight === undefined) return fail(...issues);
  return ok({ score, weight, scaleMax });
}

/** Computes the recommendation-based loyalty value. */
export function computeRecommendationLoyalty(input: RecommendationLoyaltyInput): RecommendationLoyaltyResult {
  const { score, weight, scaleMax } = input;
  const percentOfMaximum = (score / scaleMax) * 100;
  return {
    value: (score * weight * 100) / scaleMax,
    maximum: weight * 100,
    percentOfMaximum,
    terms: { score, weight, scaleMax },
    interpretation: isAtLeast(percentOfMaximum, HIGH_SHARE_OF_MAXIMUM_PERCENT)
      ? 'highRecommendation'
      : 'lowRecommendation',
  };
}
