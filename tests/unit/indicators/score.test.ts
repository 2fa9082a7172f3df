import fc from 'fast-check';
import { INDICATOR_LIBRARY } from '../../../src/domain/indicators/library';
import { buildScoringModel, scoreRespondent, scoreResponses } from '../../../src/domain/indicators/score';
import { resolved } from './fixtures';

describe('scoring respondents', () => {
  it('gives the curriculum’s 68.6% of the attainable maximum as the composite (share-of-maximum normalisation)', () => {
    // Arrange: recommend (weight 0.3) answered 4 and repurchase (weight 0.4) answered 3 on a
    // 5-point scale; the weights renormalise to 3/7 and 4/7. The curriculum: 33.6 is 68.6% of 49.
    const indicators = resolved(['recommendation-intention', 'repurchase-intention']);
    const model = buildScoringModel(indicators, [0.3, 0.4], { normalisation: 'share-of-maximum' });
    // Act
    const score = scoreRespondent(model, 'R1', [4, 3]);
    // Assert
    expect(score.composite).toBeCloseTo(68.6, 1);
    expect(score.attitudinal).toBeCloseTo(68.6, 1);
    expect(score.behavioural).toBeNull();
    expect(score.segment).toBe('true');
    expect(score.strategyId).toBe('true');
  });

  it('scores a range-normalised system with a reverse-scored indicator', () => {
    // Arrange: repurchase intention (attitudinal) and selection time (behavioural, lower = more loyal), equal weights.
    const indicators = resolved(['repurchase-intention', 'selection-time']);
    const model = buildScoringModel(indicators, [0.5, 0.5]);
    // Act / Assert: 5 → 1.0 and a selection time of 2 → 0.75.
    expect(scoreRespondent(model, 'R', [5, 2])).toEqual({
      id: 'R',
      composite: 87.5,
      attitudinal: 100,
      behavioural: 75,
      segment: 'true',
      strategyId: 'true',
    });
    expect(scoreRespondent(model, 'R', [1, 5])).toEqual({
      id: 'R',
      composite: 0,
      attitudinal: 0,
      behavioural: 0,
      segment: 'disloyal',
      strategyId: 'disloyal',
    });
  });

  it.each([
    ['high attitude, high behaviour', [5, 5], 'true'],
    ['high attitude, low behaviour', [5, 1], 'latent'],
    ['low attitude, high behaviour', [1, 5], 'spurious'],
    ['low attitude, low behaviour', [1, 1], 'disloyal'],
    ['both exactly at the 50% line', [3, 3], 'true'],
  ] as const)('places %s in the %s segment', (_label, answers, segment) => {
    const model = buildScoringModel(resolved(['repurchase-intention', 'share-of-need']), [0.5, 0.5]);
    expect(scoreRespondent(model, 'R', answers).segment).toBe(segment);
  });

  it('uses the system’s thresholds', () => {
    const model = buildScoringModel(resolved(['repurchase-intention', 'share-of-need']), [0.5, 0.5], {
      thresholds: { attitude: 0.8, behaviour: 0.2 },
    });
    expect(scoreRespondent(model, 'R', [4, 2]).segment).toBe('spurious');
  });

  it('uses the composite for an axis with no indicators: a behavioural-only system', () => {
    const model = buildScoringModel(resolved(['share-of-need', 'brand-attention']), [0.5, 0.5]);
    const high = scoreRespondent(model, 'R', [5, 4]);
    expect(high.attitudinal).toBeNull();
    expect(high.behavioural).toBe(87.5);
    expect(high.segment).toBe('true');
    expect(scoreRespondent(model, 'R', [1, 2]).segment).toBe('disloyal');
  });

  it('treats a kind whose weights are all zero as absent', () => {
    const model = buildScoringModel(resolved(['repurchase-intention', 'share-of-need']), [1, 0]);
    expect(scoreRespondent(model, 'R', [5, 1])).toMatchObject({
      composite: 100,
      attitudinal: 100,
      behavioural: null,
      segment: 'true',
    });
  });

  it('matches response columns by indicator id, in any order, and reports indicator means', () => {
    const model = buildScoringModel(resolved(['repurchase-intention', 'share-of-need']), [0.5, 0.5]);
    const result = scoreResponses(model, {
      indicatorIds: ['share-of-need', 'repurchase-intention'],
      respondents: [
        { id: 'A', answers: [1, 5] },
        { id: 'B', answers: [3, 3] },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.respondents.map((r) => [r.id, r.attitudinal, r.behavioural, r.segment])).toEqual([
      ['A', 100, 0, 'latent'],
      ['B', 50, 50, 'true'],
    ]);
    expect(result.value.indicatorMeans).toEqual([
      { indicatorId: 'repurchase-intention', mean: 75 },
      { indicatorId: 'share-of-need', mean: 25 },
    ]);
  });

  it('reports response columns that do not match the system', () => {
    const model = buildScoringModel(resolved(['repurchase-intention', 'share-of-need']), [0.5, 0.5]);
    expect(scoreResponses(model, { indicatorIds: ['repurchase-intention', 'mood'], respondents: [] })).toEqual({
      ok: false,
      issues: [
        { field: 'responses.indicatorIds', code: 'missingIndicator', params: { id: 'share-of-need' } },
        { field: 'responses.indicatorIds', code: 'unknownIndicator', params: { id: 'mood' } },
      ],
    });
  });

  it('refuses rows that do not fit rather than scoring them as NaN', () => {
    const model = buildScoringModel(resolved(['repurchase-intention', 'share-of-need']), [0.5, 0.5]);
    expect(
      scoreResponses(model, {
        indicatorIds: ['repurchase-intention', 'share-of-need'],
        respondents: [
          { id: 'A', answers: [5] },
          { id: 'B', answers: [5, Number.NaN] },
        ],
      }),
    ).toEqual({
      ok: false,
      issues: [
        { field: 'responses.respondents.0.answers', code: 'wrongLength', params: { expected: 2, actual: 1 } },
        { field: 'responses.respondents.1.answers.1', code: 'notANumber' },
      ],
    });
    expect(scoreRespondent(model, 'C', [Number.NaN, 5]).composite).toBe(50);
  });

  // A random system: a subset of the library on random scales with random weights, and answers within scale.
  const system = fc
    .subarray(
      INDICATOR_LIBRARY.map((i) => i.id),
      { minLength: 1, maxLength: 19 },
    )
    .chain((ids) =>
      fc.record({
        ids: fc.constant(ids),
        scales: fc.array(fc.constantFrom({ min: 1, max: 5 }, { min: 1, max: 7 }, { min: 0, max: 10 }), {
          minLength: ids.length,
          maxLength: ids.length,
        }),
        weights: fc
          .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: ids.length, maxLength: ids.length })
          .filter((w) => w.some((x) => x > 0)),
        normalisation: fc.constantFrom('range' as const, 'share-of-maximum' as const),
        unit: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: ids.length, maxLength: ids.length }),
      }),
    )
    .map(({ ids, scales, weights, normalisation, unit }) => {
      const indicators = resolved(ids.map((id, k) => ({ source: 'library', id, scale: scales[k] })));
      const total = weights.reduce((a, b) => a + b, 0);
      const model = buildScoringModel(
        indicators,
        weights.map((w) => w / total),
        { normalisation },
      );
      const answers = indicators.map((ind, k) =>
        Math.round(ind.scale.min + unit[k]! * (ind.scale.max - ind.scale.min)),
      );
      return { indicators, model, answers };
    });

  it('property: composite and sub-scores are finite and stay within 0–100', () => {
    fc.assert(
      fc.property(system, ({ model, answers }) => {
        const score = scoreRespondent(model, 'R', answers);
        for (const value of [score.composite, score.attitudinal, score.behavioural]) {
          if (value === null) continue;
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
        expect(score.attitudinal === null && score.behavioural === null).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: a more loyal answer never lowers the composite', () => {
    fc.assert(
      fc.property(system, fc.nat(), ({ indicators, model, answers }, pick) => {
        const k = pick % indicators.length;
        const { scale, direction } = indicators[k]!;
        const step = direction === 'higher-is-more-loyal' ? 1 : -1;
        const moved = answers[k]! + step;
        if (moved < scale.min || moved > scale.max) return;
        const better = [...answers];
        better[k] = moved;
        expect(scoreRespondent(model, 'R', better).composite).toBeGreaterThanOrEqual(
          scoreRespondent(model, 'R', answers).composite - 1e-9,
        );
      }),
      { numRuns: 1000 },
    );
  });
});
