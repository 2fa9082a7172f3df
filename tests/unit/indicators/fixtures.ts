/** Shared test data for the indicator tests: small systems built from the library. */
import { buildQuestionnaire } from '../../../src/domain/indicators/questionnaire';
import type { ResolvedIndicator } from '../../../src/domain/indicators/resolve';
import { resolveIndicators } from '../../../src/domain/indicators/resolve';
import type { AnswerScale } from '../../../src/domain/indicators/scale';

/** Resolves library ids (and custom entries) on a scale, failing the test if they do not resolve. */
export function resolved(
  ids: readonly (string | object)[],
  scale: AnswerScale = { min: 1, max: 5 },
): ResolvedIndicator[] {
  const result = resolveIndicators(
    ids.map((id) => (typeof id === 'string' ? { source: 'library', id } : id)),
    scale,
  );
  if (!result.ok) throw new Error(`fixture did not resolve: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** A questionnaire over library ids with equal weights. */
export function questionnaireFor(
  ids: readonly (string | object)[],
  company = 'Acme',
  scale: AnswerScale = { min: 1, max: 5 },
) {
  const indicators = resolved(ids, scale);
  return buildQuestionnaire({ indicators, weights: indicators.map(() => 1 / indicators.length), company });
}
