/**
 * One rater's result on the task's five criteria: each criterion 1–5, so a complete rating
 * totals 5–25 and its mean is total ÷ 5. A rater who has not rated every criterion yet has a
 * mean over what they rated and no total (a partial sum out of 25 would read as a low score).
 * The page shows these while the learner rates; ./summary.ts adds the criterion-by-criterion view.
 */
import { CRITERION_IDS, SCORE_MAX, type RaterRole, type Score } from './ids';
import type { Rating } from './worksheet';

/** The most a complete rating can total. */
export const TOTAL_MAX = CRITERION_IDS.length * SCORE_MAX;

export interface RaterSummary {
  readonly id: string;
  readonly by: RaterRole;
  readonly rater: string;
  /** How many criteria this rater has rated (0–5). */
  readonly rated: number;
  /** Sum over all five criteria (5–25); null until all five are rated. */
  readonly total: number | null;
  /** Mean of the rated criteria (1–5); null when none is rated. */
  readonly mean: number | null;
}

export const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

export function summariseRater(rating: Rating): RaterSummary {
  const given = CRITERION_IDS.map((c) => rating.scores[c]).filter((s): s is Score => s !== null);
  const sum = given.reduce<number>((a, b) => a + b, 0);
  return {
    id: rating.id,
    by: rating.by,
    rater: rating.rater,
    rated: given.length,
    total: given.length === CRITERION_IDS.length ? sum : null,
    mean: mean(given),
  };
}

/** Mean of the complete peer totals (5–25), or null when no peer has rated all five. */
export const peerTotalMean = (raters: readonly RaterSummary[]) =>
  mean(raters.filter((r) => r.by === 'peer' && r.total !== null).map((r) => r.total!));

/** Whether the learner has rated their own plan on all five criteria (unlocks the reference answer). */
export function selfRatingComplete(ratings: readonly Rating[]): boolean {
  const self = ratings.find((r) => r.by === 'self');
  return self !== undefined && CRITERION_IDS.every((c) => self.scores[c] !== null);
}
