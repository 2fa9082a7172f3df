/**
 * A system's weights from its weighting section, whichever way they were set — direct
 * numbers, one pairwise matrix, or a group of participants' matrices — with the analysis
 * each mode shows (consistency ratio, most inconsistent pair, group dispersion).
 */
import type { Validated } from '../result';
import { fail, ok } from '../result';
import type { PairwiseAnalysis } from '../weights/ahp';
import { analysePairwise } from '../weights/ahp';
import { directWeights, roundedPercentages } from '../weights/direct';
import type { GroupAnalysis } from '../weights/group';
import { aggregateJudgements } from '../weights/group';
import { MAX_PAIRWISE_SIZE } from '../weights/saaty';
import type { SystemWeighting } from './system-schema';

/** The weights a system uses, with what the UI shows about how they were reached. */
export type SystemWeights =
  | { readonly mode: 'direct'; readonly weights: readonly number[]; readonly percentages: readonly number[] }
  | {
      readonly mode: 'pairwise';
      readonly weights: readonly number[];
      readonly percentages: readonly number[];
      readonly analysis: PairwiseAnalysis;
    }
  | {
      readonly mode: 'group';
      readonly weights: readonly number[];
      readonly percentages: readonly number[];
      readonly analysis: GroupAnalysis;
    };

/**
 * Computes the weights for `indicatorCount` indicators. Issues (under `<field>`):
 * direct — `wrongLength` {expected, actual} on `.raw`, then `directWeights` issues on `.raw.<i>`;
 * pairwise / group — `tooManyForPairwise` {max:15} on `<field>` when there are more indicators
 * than pairwise comparison supports, then matrix issues on `.matrix…` or
 * `.matrices.<k>.matrix…` (`sizeMismatch` {expected, actual} when a matrix's order is not the
 * number of indicators).
 */
export function systemWeights(
  weighting: SystemWeighting,
  indicatorCount: number,
  field = 'weighting',
): Validated<SystemWeights> {
  if (weighting.mode === 'direct') {
    if (weighting.raw.length !== indicatorCount) {
      return fail({
        field: `${field}.raw`,
        code: 'wrongLength',
        params: { expected: indicatorCount, actual: weighting.raw.length },
      });
    }
    const direct = directWeights(weighting.raw, `${field}.raw`);
    return direct.ok ? ok({ mode: 'direct', ...direct.value }) : direct;
  }
  if (indicatorCount > MAX_PAIRWISE_SIZE) {
    return fail({ field, code: 'tooManyForPairwise', params: { max: MAX_PAIRWISE_SIZE } });
  }
  if (weighting.mode === 'pairwise') {
    const analysis = analysePairwise(weighting.matrix, { field: `${field}.matrix`, expectedSize: indicatorCount });
    if (!analysis.ok) return analysis;
    return ok({
      mode: 'pairwise',
      weights: analysis.value.weights,
      percentages: roundedPercentages(analysis.value.weights),
      analysis: analysis.value,
    });
  }
  const group = aggregateJudgements(weighting.matrices, { field: `${field}.matrices`, expectedSize: indicatorCount });
  if (!group.ok) return group;
  const weights = group.value.group.weights;
  return ok({ mode: 'group', weights, percentages: roundedPercentages(weights), analysis: group.value });
}
