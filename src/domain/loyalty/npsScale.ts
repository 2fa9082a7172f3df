/**
 * The NPS question's scale and groups, and the confidence levels the calculators offer: what a
 * page needs to lay out answers and counters before anything is scored (the score and its
 * interval are in `netPromoterScore.ts` and `npsInterval.ts`, which re-export these).
 */

/** Lowest and highest answer on the NPS question. */
export const NPS_SCALE_MIN = 0;
export const NPS_SCALE_MAX = 10;

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

/** Lowest answer of a promoter (9–10) and of a passive (7–8); below that, a detractor (0–6). */
export const PROMOTER_MIN = 9;
export const PASSIVE_MIN = 7;

/** Which group a 0–10 answer belongs to: the one place the thresholds are applied. */
export function npsCategory(score: number): NpsCategory {
  if (score >= PROMOTER_MIN) return 'promoter';
  if (score >= PASSIVE_MIN) return 'passive';
  return 'detractor';
}

/** A confidence level the calculator offers. */
export type ConfidenceLevel = 0.9 | 0.95 | 0.99;

export const CONFIDENCE_LEVELS: readonly ConfidenceLevel[] = [0.9, 0.95, 0.99];
