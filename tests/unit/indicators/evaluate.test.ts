import { importResponsesCsv } from '../../../src/domain/indicators/csv-import';
import { evaluateIndicatorSystem } from '../../../src/domain/indicators/evaluate';
import type { IndicatorSystem } from '../../../src/domain/indicators/system-schema';
import {
  newIndicatorSystem,
  parseIndicatorSystemJson,
  serialiseIndicatorSystem,
} from '../../../src/domain/indicators/system';

describe('evaluating a system end to end', () => {
  it('goes from a system to a questionnaire, imported answers, scores and a summary', () => {
    // Arrange: two attitudinal and one behavioural indicator, weighted by pairwise comparison.
    const system: IndicatorSystem = {
      ...newIndicatorSystem('s', 'Supermarket', 'FreshMart'),
      indicators: [
        { source: 'library', id: 'repurchase-intention' },
        { source: 'library', id: 'recommendation-intention' },
        { source: 'library', id: 'share-of-need' },
      ],
      weighting: {
        mode: 'pairwise',
        matrix: [
          [1, 1, 2],
          [1, 1, 2],
          [1 / 2, 1 / 2, 1],
        ],
      },
    };
    const first = evaluateIndicatorSystem(system);
    if (!first.ok) throw new Error(JSON.stringify(first.issues));
    expect(first.value.results).toBeNull();
    expect(first.value.questionnaire.items.map((i) => i.question.en)).toEqual([
      'How likely are you to buy from FreshMart again?',
      'How likely are you to recommend FreshMart to a friend or colleague?',
      'Of everything you need in this kind of product, how much do you buy from FreshMart?',
    ]);
    // Act: answers come back as a CSV keyed by item id, saved into the system and re-imported.
    const csv = 'id,q1,q2,q3\nA,5,5,5\nB,5,5,1\nC,1,1,5\nD,1,1,1\n';
    const imported = importResponsesCsv(csv, first.value.questionnaire.items);
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
    const saved = parseIndicatorSystemJson(
      serialiseIndicatorSystem({ ...system, responses: imported.value.responses }),
    );
    if (!saved.ok) throw new Error(JSON.stringify(saved.issues));
    const result = evaluateIndicatorSystem(saved.value);
    // Assert: weights 0.4 / 0.4 / 0.2; the four corners of attitude × behaviour.
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.weights.percentages).toEqual([40, 40, 20]);
    const results = result.value.results!;
    expect(results.respondents.map((r) => [r.id, r.composite, r.segment])).toEqual([
      ['A', 100, 'true'],
      ['B', expect.closeTo(80, 9), 'latent'],
      ['C', expect.closeTo(20, 9), 'spurious'],
      ['D', 0, 'disloyal'],
    ]);
    expect(results.summary.segmentCounts).toEqual({ true: 1, latent: 1, spurious: 1, disloyal: 1 });
    expect(results.summary.mean).toBeCloseTo(50, 9);
    expect(results.summary.histogram.map((b) => b.count)).toEqual([1, 0, 1, 0, 0, 0, 0, 0, 1, 1]);
  });

  it('returns the system’s issues instead of results when it is inconsistent', () => {
    const system = { ...newIndicatorSystem('s', 'x'), weighting: { mode: 'direct' as const, raw: [1] } };
    expect(evaluateIndicatorSystem(system)).toEqual({
      ok: false,
      issues: [{ field: 'weighting.raw', code: 'wrongLength', params: { expected: 9, actual: 1 } }],
    });
  });
});
