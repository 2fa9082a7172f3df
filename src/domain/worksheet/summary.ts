/**
 * The score summary of the task's five criteria for the handout and the CSV: every rater's
 * result (see ./raters.ts), the learner's own score next to the peers' mean criterion by
 * criterion, and the peers' mean total. Peers' figures are averaged over the peers who rated.
 */
import { CRITERION_IDS, type CriterionId, type Score } from './ids';
import { mean, peerTotalMean, summariseRater, TOTAL_MAX, type RaterSummary } from './raters';
import type { Rating } from './worksheet';

export interface CriterionSummary {
  readonly criterion: CriterionId;
  /** The learner's own score, or null. */
  readonly self: Score | null;
  /** Mean of the peers' scores on this criterion (1–5), or null when no peer rated it. */
  readonly peerMean: number | null;
  /** How many peers rated this criterion. */
  readonly peerCount: number;
}

export interface RatingSummary {
  /** One entry per rating, in the worksheet's order. */
  readonly raters: readonly RaterSummary[];
  /** Self versus peers, criterion by criterion. */
  readonly criteria: readonly CriterionSummary[];
  /** The self-rating's summary (null only if the worksheet has none). */
  readonly self: RaterSummary | null;
  /** Mean of the complete peer totals (5–25), or null when no peer has rated all five. */
  readonly peerTotalMean: number | null;
  readonly totalMax: number;
}

export function summariseRatings(ratings: readonly Rating[]): RatingSummary {
  const raters = ratings.map(summariseRater);
  const selfRating = ratings.find((r) => r.by === 'self');
  const peers = ratings.filter((r) => r.by === 'peer');
  const criteria = CRITERION_IDS.map((criterion): CriterionSummary => {
    const peerScores = peers.map((p) => p.scores[criterion]).filter((s): s is Score => s !== null);
    return {
      criterion,
      self: selfRating?.scores[criterion] ?? null,
      peerMean: mean(peerScores),
      peerCount: peerScores.length,
    };
  });
  return {
    raters,
    criteria,
    self: raters.find((r) => r.by === 'self') ?? null,
    peerTotalMean: peerTotalMean(raters),
    totalMax: TOTAL_MAX,
  };
}
