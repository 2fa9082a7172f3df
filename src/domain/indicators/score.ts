/**
 * Scoring respondents: composite loyalty score, attitudinal and behavioural sub-scores, and
 * the loyalty segment (curriculum module E: composite = Σ indicator score × weight).
 *
 * Per respondent:
 * - each answer becomes a 0–1 loyalty share on its scale, mirrored where lower is more loyal
 *   (see `scale.ts`);
 * - composite = 100 × Σ w_i · share_i, with the system's weights (summing to 1): 0–100;
 * - attitudinal / behavioural sub-score = the same with the weights of that kind only,
 *   renormalised to sum 1 within the kind. A sub-score is `null` (absent) when the system
 *   has no indicator of that kind with a positive weight — a purely behavioural system
 *   has no attitude score, and vice versa;
 * - segment = loyaltySegment(attitude share, behaviour share, thresholds): true / latent /
 *   spurious / disloyal. Where a sub-score is absent, the composite stands in for that axis,
 *   so a single-kind system still places everyone (on the diagonal: true or disloyal);
 * - strategyId = the segment: the retention strategy for it is looked up by the UI.
 *
 * The model is precomputed once (typed arrays, one offset and factor per indicator) so that
 * a whole survey rescoring stays fast (measured in tests/bench/indicators.bench.ts).
 */
import type { Validated } from '../result';
import { fail, ok } from '../result';
import type { LoyaltySegment, SegmentThresholds } from '../loyalty/segment';
import { DEFAULT_THRESHOLDS, loyaltySegment } from '../loyalty/segment';
import type { ResolvedIndicator } from './resolve';
import type { ResponseSet } from './responses';
import { IssueList } from './responses';
import type { Normalisation } from './scale';
import { answerTransform } from './scale';

/** One respondent's result. Scores are 0–100. */
export interface RespondentScore {
  readonly id: string;
  readonly composite: number;
  /** Null when the system has no (positively weighted) attitudinal indicator. */
  readonly attitudinal: number | null;
  /** Null when the system has no (positively weighted) behavioural indicator. */
  readonly behavioural: number | null;
  readonly segment: LoyaltySegment;
  /** Which retention strategy applies: the segment's id. */
  readonly strategyId: LoyaltySegment;
}

/** Everything needed to score answers, precomputed from a system. */
export interface ScoringModel {
  readonly indicatorIds: readonly string[];
  readonly offsets: Float64Array;
  readonly factors: Float64Array;
  /** Composite weights ×100. */
  readonly compositeWeights: Float64Array;
  /** Within-kind weights ×100, zero for the other kind; null when the kind is absent. */
  readonly attitudinalWeights: Float64Array | null;
  readonly behaviouralWeights: Float64Array | null;
  readonly thresholds: SegmentThresholds;
}

/** Options for `buildScoringModel`. */
export interface ScoringOptions {
  readonly thresholds?: SegmentThresholds;
  readonly normalisation?: Normalisation;
}

function kindWeights(
  indicators: readonly ResolvedIndicator[],
  weights: readonly number[],
  kind: ResolvedIndicator['kind'],
): Float64Array | null {
  const total = indicators.reduce((s, ind, i) => (ind.kind === kind ? s + (weights[i] ?? 0) : s), 0);
  if (!(total > 0)) return null;
  return Float64Array.from(indicators, (ind, i) => (ind.kind === kind ? ((weights[i] ?? 0) / total) * 100 : 0));
}

/**
 * Precomputes the scoring of a system's indicators with their weights (one per indicator,
 * non-negative, summing to 1 — as every weighting mode produces).
 */
export function buildScoringModel(
  indicators: readonly ResolvedIndicator[],
  weights: readonly number[],
  options: ScoringOptions = {},
): ScoringModel {
  const transforms = indicators.map((ind) =>
    answerTransform(ind.scale, ind.direction, options.normalisation ?? 'range'),
  );
  const total = weights.reduce((a, b) => a + b, 0);
  return {
    indicatorIds: indicators.map((i) => i.id),
    offsets: Float64Array.from(transforms, (t) => t.offset),
    factors: Float64Array.from(transforms, (t) => t.factor),
    compositeWeights: Float64Array.from(indicators, (_, i) => (total > 0 ? ((weights[i] ?? 0) / total) * 100 : 0)),
    attitudinalWeights: kindWeights(indicators, weights, 'attitudinal'),
    behaviouralWeights: kindWeights(indicators, weights, 'behavioural'),
    thresholds: options.thresholds ?? DEFAULT_THRESHOLDS,
  };
}

const clamp100 = (x: number) => (x < 0 ? 0 : x > 100 ? 100 : x);

/** Scores one respondent whose answers follow `model.indicatorIds` (assumed validated). */
export function scoreRespondent(model: ScoringModel, id: string, answers: ArrayLike<number>): RespondentScore {
  const { offsets, factors, compositeWeights: wc, attitudinalWeights: wa, behaviouralWeights: wb } = model;
  let composite = 0;
  let attitude = 0;
  let behaviour = 0;
  for (let k = 0; k < offsets.length; k++) {
    let share = offsets[k]! + factors[k]! * answers[k]!;
    // `!(share > 0)` also catches NaN from a malformed row: a score is never NaN.
    share = !(share > 0) ? 0 : share > 1 ? 1 : share;
    composite += wc[k]! * share;
    if (wa) attitude += wa[k]! * share;
    if (wb) behaviour += wb[k]! * share;
  }
  composite = clamp100(composite);
  const attitudinal = wa ? clamp100(attitude) : null;
  const behavioural = wb ? clamp100(behaviour) : null;
  const segment = loyaltySegment((attitudinal ?? composite) / 100, (behavioural ?? composite) / 100, model.thresholds);
  return { id, composite, attitudinal, behavioural, segment, strategyId: segment };
}

/** All respondents' scores plus each indicator's mean loyalty share (0–100). */
export interface ScoredResponses {
  readonly respondents: readonly RespondentScore[];
  /** Per indicator, in model order: mean normalised score ×100 (null with no respondents). */
  readonly indicatorMeans: readonly { readonly indicatorId: string; readonly mean: number | null }[];
}

/**
 * Scores a validated response set. Its columns may come in any order; they are matched to the
 * model by indicator id. Nothing is scored if the set does not fit the model. Issues:
 * `missingIndicator` {id}, `unknownIndicator` {id}, `duplicate` {value} on
 * `responses.indicatorIds`; `wrongLength` {expected, actual} on `responses.respondents.<i>.answers`;
 * `notANumber` on `responses.respondents.<i>.answers.<k>` (answers outside the scale are
 * clamped to it — range is checked when answers are typed, imported or loaded).
 */
export function scoreResponses(model: ScoringModel, responses: ResponseSet): Validated<ScoredResponses> {
  const field = 'responses.indicatorIds';
  const position = new Map<string, number>();
  const issues = new IssueList();
  responses.indicatorIds.forEach((id, k) => {
    if (position.has(id)) issues.add({ field, code: 'duplicate', params: { value: id } });
    else position.set(id, k);
  });
  const known = new Set(model.indicatorIds);
  for (const id of model.indicatorIds)
    if (!position.has(id)) issues.add({ field, code: 'missingIndicator', params: { id } });
  for (const id of position.keys()) if (!known.has(id)) issues.add({ field, code: 'unknownIndicator', params: { id } });
  if (issues.count > 0) return fail(...issues.result(field));

  const width = responses.indicatorIds.length;
  responses.respondents.forEach((r, i) => {
    const at = `responses.respondents.${i}.answers`;
    if (r.answers.length !== width) {
      issues.add({ field: at, code: 'wrongLength', params: { expected: width, actual: r.answers.length } });
      return;
    }
    r.answers.forEach((a, k) => {
      if (typeof a !== 'number' || !Number.isFinite(a)) issues.add({ field: `${at}.${k}`, code: 'notANumber' });
    });
  });
  if (issues.count > 0) return fail(...issues.result('responses'));

  const columns = model.indicatorIds.map((id) => position.get(id)!);
  const inOrder = columns.every((c, k) => c === k);
  const n = columns.length;
  const buffer = new Float64Array(n);
  const sums = new Float64Array(n);
  const respondents = responses.respondents.map((r) => {
    let answers: ArrayLike<number> = r.answers;
    if (!inOrder) {
      for (let k = 0; k < n; k++) buffer[k] = r.answers[columns[k]!]!;
      answers = buffer;
    }
    for (let k = 0; k < n; k++) {
      const share = model.offsets[k]! + model.factors[k]! * answers[k]!;
      sums[k]! += share < 0 ? 0 : share > 1 ? 1 : share;
    }
    return scoreRespondent(model, r.id, answers);
  });
  const count = respondents.length;
  const indicatorMeans = model.indicatorIds.map((indicatorId, k) => ({
    indicatorId,
    mean: count > 0 ? (sums[k]! / count) * 100 : null,
  }));
  return ok({ respondents, indicatorMeans });
}
