/**
 * One call from a saved system to everything the builder shows: resolved indicators,
 * weights (with consistency or group analysis), the questionnaire, and — when answers are
 * saved — every respondent's scores and segment with the summary statistics.
 */
import type { Validated } from '../result';
import { ok } from '../result';
import type { Questionnaire, QuestionnaireOrder } from './questionnaire';
import { buildQuestionnaire } from './questionnaire';
import type { ResolvedIndicator } from './resolve';
import type { ScoredResponses, ScoringModel } from './score';
import { buildScoringModel, scoreResponses } from './score';
import type { ScoreSummary } from './summary';
import { summariseScores } from './summary';
import type { IndicatorSystem } from './system-schema';
import { checkIndicatorSystem } from './system';
import type { SystemWeights } from './weighting';

/** The builder's view of a system. */
export interface SystemEvaluation {
  readonly indicators: readonly ResolvedIndicator[];
  readonly weights: SystemWeights;
  readonly questionnaire: Questionnaire;
  readonly model: ScoringModel;
  /** Present when the system holds responses. */
  readonly results: (ScoredResponses & { readonly summary: ScoreSummary }) | null;
}

/** Checks and evaluates a system (issues as in `checkIndicatorSystem`). */
export function evaluateIndicatorSystem(
  system: IndicatorSystem,
  order: QuestionnaireOrder = 'as-listed',
): Validated<SystemEvaluation> {
  const checked = checkIndicatorSystem(system);
  if (!checked.ok) return checked;
  const { indicators, weights } = checked.value;
  const questionnaire = buildQuestionnaire({
    indicators,
    weights: weights.weights,
    company: system.company,
    loyalCustomerDefinition: system.loyalCustomerDefinition,
    order,
  });
  const model = buildScoringModel(indicators, weights.weights, {
    thresholds: system.thresholds,
    normalisation: system.normalisation ?? 'range',
  });
  let results: SystemEvaluation['results'] = null;
  if (system.responses) {
    const scored = scoreResponses(model, system.responses);
    if (!scored.ok) return scored;
    results = { ...scored.value, summary: summariseScores(scored.value.respondents) };
  }
  return ok({ indicators, weights, questionnaire, model, results });
}
