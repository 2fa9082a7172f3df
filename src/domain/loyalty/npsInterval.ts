/**
 * Confidence interval for the Net Promoter Score by the adjusted-Wald method.
 *
 * Reference: B. Rocks, "Interval Estimation for the 'Net Promoter Score'", The American
 * Statistician 70(4), 2016, which compared six methods and found the adjusted Wald among the
 * best; procedure as set out by J. Sauro & J. R. Lewis (MeasuringU, "Confidence intervals for
 * Net Promoter Scores", 2021): add 3 to the sample size and ¾ to each of the promoter and
 * detractor counts (the passives implicitly receive the remaining 1½).
 *
 * From first principles: with n answers falling into promoters (P), passives and detractors (D)
 * — a trinomial — the NPS as a fraction is p_P − p_D, and
 *   Var(p̂_P − p̂_D) = [p_P(1 − p_P) + p_D(1 − p_D) + 2·p_P·p_D] / n = [p_P + p_D − (p_P − p_D)²] / n
 * (the covariance of two trinomial shares is −p_P·p_D/n). The plain Wald interval plugs the
 * sample shares into that and breaks down near ±100 and in small samples (zero width when
 * everyone is a promoter). The adjustment, like Agresti–Coull's for one proportion, pulls the
 * estimate towards the middle with pseudo-counts before using it:
 *   n' = n + 3,  p'_P = (P + ¾) / n',  p'_D = (D + ¾) / n',  NPS' = p'_P − p'_D
 *   SE' = √([p'_P + p'_D − NPS'²] / n'),  interval = NPS' ± z·SE'   (×100, clamped to [−100, 100])
 * The interval is centred on NPS', not on the observed NPS.
 *
 * One guard of ours. The centre moves from the observed NPS by 3·|NPS|/(n + 3) (in fractions),
 * which can exceed the half-width only when every answer is a promoter (or every one a
 * detractor) and the sample is tiny: at 95% for n = 1 only, at 90% for n ≤ 4, at 99% never
 * (bounding the variance below by its all-one-kind value shows the shift stays inside for
 * larger n; an exhaustive check of every split up to n = 299 agrees). There the interval is
 * widened to include the observed score and `widened` says so. At 80% the shift would escape
 * the interval for all-promoter samples of any size, so 80% is not offered.
 */

import type { ConfidenceLevel } from './npsScale';

export { CONFIDENCE_LEVELS, type ConfidenceLevel } from './npsScale';

/** Confidence levels offered, with their two-sided standard normal quantiles. */
export const Z_FOR_CONFIDENCE = {
  '0.9': 1.6448536269514722,
  '0.95': 1.959963984540054,
  '0.99': 2.5758293035489004,
} as const;

/** An NPS confidence interval, in NPS points (−100…100). */
export interface NpsInterval {
  readonly lower: number;
  readonly upper: number;
  readonly confidence: ConfidenceLevel;
  readonly method: 'adjustedWald';
  /** The numbers a UI needs to write the computation out. */
  readonly steps: {
    readonly z: number;
    /** n + 3 */
    readonly adjustedN: number;
    /** (promoters + ¾) ÷ (n + 3), as a fraction */
    readonly adjustedPromoterShare: number;
    /** (detractors + ¾) ÷ (n + 3), as a fraction */
    readonly adjustedDetractorShare: number;
    /** adjusted NPS, in points */
    readonly adjustedNps: number;
    /** standard error, in points */
    readonly standardError: number;
    /** z × standard error, in points */
    readonly marginOfError: number;
  };
  /** True only when the interval had to be widened to include the observed NPS (tiny all-one-kind samples). */
  readonly widened: boolean;
}

/**
 * Adjusted-Wald interval for an NPS from its promoter and detractor counts out of n (n ≥ 1).
 * `observedNps` (points) is the plain NPS; it is used only for the n = 1 guard.
 */
export function npsInterval(
  promoters: number,
  detractors: number,
  n: number,
  observedNps: number,
  confidence: ConfidenceLevel = 0.95,
): NpsInterval {
  const z = Z_FOR_CONFIDENCE[String(confidence) as keyof typeof Z_FOR_CONFIDENCE];
  const adjustedN = n + 3;
  const pP = (promoters + 0.75) / adjustedN;
  const pD = (detractors + 0.75) / adjustedN;
  const centre = pP - pD;
  // max(0, …) only guards against a last-bit negative; mathematically the term is ≥ 0.
  const standardError = Math.sqrt(Math.max(0, pP + pD - centre * centre) / adjustedN);
  const margin = z * standardError;
  const lower = Math.max(-100, (centre - margin) * 100);
  const upper = Math.min(100, (centre + margin) * 100);
  const widened = observedNps < lower || observedNps > upper;
  return {
    lower: Math.min(lower, observedNps),
    upper: Math.max(upper, observedNps),
    confidence,
    method: 'adjustedWald',
    steps: {
      z,
      adjustedN,
      adjustedPromoterShare: pP,
      adjustedDetractorShare: pD,
      adjustedNps: centre * 100,
      standardError: standardError * 100,
      marginOfError: margin * 100,
    },
    widened,
  };
}
