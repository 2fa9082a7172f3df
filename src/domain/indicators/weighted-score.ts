/**
 * The textbook's weighted-score formula, exactly as the curriculum teaches it (`004`, step 6):
 *
 *   score = (Σ answer_i × weight_i) × dimension weight × 100 ÷ highest score on the scale
 *
 * e.g. recommend 4 (weight 0.3) and repurchase 3 (weight 0.4) on a 5-point scale with the
 * attitudinal dimension weighted 0.7: (4×0.3 + 3×0.4) × 0.7 × 100 ÷ 5 = 33.6. With a single
 * question and no dimension weight it is the source's recommendation-based loyalty,
 * score × weight × 100 ÷ highest score.
 *
 * The weights need not sum to 1, so the best attainable result is not 100: we also return
 * it, (Σ weight_i) × dimension weight × 100 (49 in the example), and the share of it
 * reached (33.6 is 68.6% of 49) — the point the curriculum asks learners to see.
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';

/** One answered question with its weight. */
export interface WeightedAnswer {
  readonly answer: number;
  readonly weight: number;
}

/** The formula's parts. */
export interface WeightedScaleScore {
  /** Σ answer × weight (2.4 in the example). */
  readonly weightedSum: number;
  /** The score as the formula gives it (33.6 in the example). */
  readonly score: number;
  /** The score if every answer were the scale's highest (49 in the example). */
  readonly attainableMaximum: number;
  /** score ÷ attainableMaximum (0.686 in the example); null when nothing is weighted. */
  readonly shareOfAttainable: number | null;
}

/**
 * Applies the formula. Issues: `notANumber` / `outOfRange` {min:0, max:scaleMax, value} on
 * `answers.<i>.answer`; `notANumber` / `outOfRange` {min:0, max:1} on `answers.<i>.weight`;
 * `outOfRange` {min:1, max:100} on `scaleMax`; `outOfRange` {min:0, max:1} on
 * `dimensionWeight`; `tooFew` {min:1} on `answers`.
 */
export function weightedScaleScore(
  answers: readonly WeightedAnswer[],
  scaleMax: number,
  dimensionWeight = 1,
): Validated<WeightedScaleScore> {
  const issues: FieldIssue[] = [];
  const finite = (x: number) => typeof x === 'number' && Number.isFinite(x);
  if (!finite(scaleMax) || scaleMax < 1 || scaleMax > 100)
    issues.push({ field: 'scaleMax', code: 'outOfRange', params: { min: 1, max: 100 } });
  if (!finite(dimensionWeight) || dimensionWeight < 0 || dimensionWeight > 1) {
    issues.push({ field: 'dimensionWeight', code: 'outOfRange', params: { min: 0, max: 1 } });
  }
  if (answers.length === 0) issues.push({ field: 'answers', code: 'tooFew', params: { min: 1 } });
  answers.forEach(({ answer, weight }, i) => {
    if (!finite(answer)) issues.push({ field: `answers.${i}.answer`, code: 'notANumber' });
    else if (answer < 0 || (finite(scaleMax) && answer > scaleMax)) {
      issues.push({
        field: `answers.${i}.answer`,
        code: 'outOfRange',
        params: { min: 0, max: scaleMax, value: answer },
      });
    }
    if (!finite(weight)) issues.push({ field: `answers.${i}.weight`, code: 'notANumber' });
    else if (weight < 0 || weight > 1)
      issues.push({ field: `answers.${i}.weight`, code: 'outOfRange', params: { min: 0, max: 1, value: weight } });
  });
  if (issues.length > 0) return fail(...issues);
  const weightedSum = answers.reduce((s, a) => s + a.answer * a.weight, 0);
  const totalWeight = answers.reduce((s, a) => s + a.weight, 0);
  const score = (weightedSum * dimensionWeight * 100) / scaleMax;
  const attainableMaximum = totalWeight * dimensionWeight * 100;
  return ok({
    weightedSum,
    score,
    attainableMaximum,
    shareOfAttainable: attainableMaximum > 0 ? score / attainableMaximum : null,
  });
}
