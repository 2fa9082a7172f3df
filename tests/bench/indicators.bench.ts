/**
 * Indicator-system recompute speed. The product's bar: 30 indicators × 1,000 respondents
 * recompute in under 50 ms. "Recompute" here is the whole chain the builder runs when a
 * weight or an answer changes: check the system, weigh, build the questionnaire, score every
 * respondent, summarise. Scoring alone, a CSV import of the same data and the largest AHP
 * matrix are measured too.
 *
 * Vitest 5 benchmarks live in the test context (`test(…, async ({ bench }) => …)`); the
 * full recompute also asserts the 50 ms bar on its mean time, so a regression fails the run.
 *
 * Run: npx vitest bench --run --config tests/vitest.config.ts tests/bench/indicators.bench.ts
 */
import { importResponsesCsv } from '../../src/domain/indicators/csv-import';
import { evaluateIndicatorSystem } from '../../src/domain/indicators/evaluate';
import { INDICATOR_LIBRARY } from '../../src/domain/indicators/library';
import { buildScoringModel, scoreResponses } from '../../src/domain/indicators/score';
import { summariseScores } from '../../src/domain/indicators/summary';
import type { IndicatorSystem } from '../../src/domain/indicators/system-schema';
import { checkIndicatorSystem } from '../../src/domain/indicators/system';
import { analysePairwise } from '../../src/domain/weights/ahp';
import { matrixFromUpperTriangle, pairCount } from '../../src/domain/weights/matrix';
import { SAATY_SCALE } from '../../src/domain/weights/saaty';

const INDICATORS = 30;
const RESPONDENTS = 1000;

// A deterministic pseudo-random sequence, so every run measures the same data.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

// 19 library indicators + 11 custom ones = 30, alternating kinds, on a 1–5 scale.
const custom = Array.from({ length: INDICATORS - INDICATOR_LIBRARY.length }, (_, k) => ({
  source: 'custom' as const,
  id: `custom-extra-${k + 1}`,
  name: `Extra ${k + 1}`,
  kind: k % 2 === 0 ? ('behavioural' as const) : ('attitudinal' as const),
  direction: 'higher-is-more-loyal' as const,
  scale: { min: 1, max: 5 },
}));
const indicators = [...INDICATOR_LIBRARY.map((i) => ({ source: 'library' as const, id: i.id })), ...custom];
const ids = indicators.map((i) => i.id);
const respondents = Array.from({ length: RESPONDENTS }, (_, r) => ({
  id: `R${r + 1}`,
  answers: ids.map(() => 1 + Math.floor(random() * 5)),
}));

const system: IndicatorSystem = {
  format: 'indicator-system',
  formatVersion: 1,
  id: 'bench',
  name: 'Benchmark system',
  company: 'Acme',
  loyalCustomerDefinition: '',
  method: 'combined',
  indicators,
  weighting: { mode: 'direct', raw: ids.map(() => 1 + Math.floor(random() * 10)) },
  scale: { min: 1, max: 5 },
  thresholds: { attitude: 0.5, behaviour: 0.5 },
  responses: { indicatorIds: ids, respondents },
};

const checked = checkIndicatorSystem(system);
if (!checked.ok) throw new Error(`benchmark system is invalid: ${JSON.stringify(checked.issues.slice(0, 3))}`);
const model = buildScoringModel(checked.value.indicators, checked.value.weights.weights);
const evaluated = evaluateIndicatorSystem(system);
if (!evaluated.ok) throw new Error('benchmark system does not evaluate');
const items = evaluated.value.questionnaire.items;
const csv = ['respondent,' + ids.join(','), ...respondents.map((r) => `${r.id},${r.answers.join(',')}`)].join('\n');
// An inconsistent 15 × 15 matrix of random scale values: the slowest case, since the most
// inconsistent judgement is named and all 17 revisions of it are tried.
const built = matrixFromUpperTriangle(
  15,
  Array.from({ length: pairCount(15) }, () => SAATY_SCALE[Math.floor(random() * SAATY_SCALE.length)]!),
);
if (!built.ok) throw new Error('benchmark matrix is invalid');
const fifteen = built.value;

const BAR_MS = 50;

describe(`indicator system, ${INDICATORS} indicators × ${RESPONDENTS} respondents`, () => {
  test('full recompute stays under the 50 ms bar', async ({ bench }) => {
    const result = await bench('full recompute: check, weigh, questionnaire, score, summarise', () => {
      const evaluation = evaluateIndicatorSystem(system);
      if (!evaluation.ok || evaluation.value.results?.summary.n !== RESPONDENTS) throw new Error('unexpected result');
    }).run();
    expect(result.latency.mean).toBeLessThan(BAR_MS);
  });

  test('parts of the recompute', async ({ bench }) => {
    await bench.compare(
      bench('scoring and summary only (precomputed model)', () => {
        const scored = scoreResponses(model, system.responses!);
        if (!scored.ok) throw new Error('unexpected result');
        summariseScores(scored.value.respondents);
      }),
      bench('CSV import of the same answers', () => {
        if (!importResponsesCsv(csv, items).ok) throw new Error('unexpected result');
      }),
      bench('AHP analysis of an inconsistent 15 × 15 matrix (largest pairwise size)', () => {
        if (!analysePairwise(fifteen).ok) throw new Error('unexpected result');
      }),
    );
  });
});
