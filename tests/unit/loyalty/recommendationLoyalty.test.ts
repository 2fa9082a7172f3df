import fc from 'fast-check';
import {
  computeRecommendationLoyalty,
  validateRecommendationLoyalty,
} from '../../../src/domain/loyalty/recommendationLoyalty';
import { finiteEverywhere, typed } from './typed-input';

describe('recommendation-based loyalty', () => {
  it.each([
    // score × weight × 100 ÷ scale maximum
    {
      score: '4',
      weight: '0.3',
      scaleMax: '5',
      value: 24,
      maximum: 30,
      percentOfMaximum: 80,
      code: 'highRecommendation',
    },
    {
      score: '2',
      weight: '1',
      scaleMax: '10',
      value: 20,
      maximum: 100,
      percentOfMaximum: 20,
      code: 'lowRecommendation',
    },
    {
      score: '5',
      weight: '0.5',
      scaleMax: '5',
      value: 50,
      maximum: 50,
      percentOfMaximum: 100,
      code: 'highRecommendation',
    },
  ])(
    '$score on a $scaleMax-point scale with weight $weight → $value',
    ({ score, weight, scaleMax, value, maximum, percentOfMaximum, code }) => {
      // Arrange
      const validated = validateRecommendationLoyalty({ score, weight, scaleMax });
      if (!validated.ok) throw new Error('expected valid input');
      // Act
      const result = computeRecommendationLoyalty(validated.value);
      // Assert
      expect(result.value).toBeCloseTo(value, 10);
      expect(result.maximum).toBeCloseTo(maximum, 10);
      expect(result.percentOfMaximum).toBeCloseTo(percentOfMaximum, 10);
      expect(result.interpretation).toBe(code);
    },
  );

  it.each([
    [
      { score: '6', weight: '0.3', scaleMax: '5' },
      [{ field: 'score', code: 'outOfRange', params: { value: 6, min: 0, max: 5 } }],
    ],
    [{ score: '4', weight: '0', scaleMax: '5' }, [{ field: 'weight', code: 'notPositive', params: { value: 0 } }]],
    [
      { score: '4', weight: '0.3', scaleMax: '0' },
      [{ field: 'scaleMax', code: 'outOfRange', params: { value: 0, min: 1, max: 1e12 } }],
    ],
  ])('refuses %j', (raw, issues) => {
    expect(validateRecommendationLoyalty(raw)).toEqual({ ok: false, issues });
  });

  it('stays finite and within its maximum for any valid input', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1e-6, max: 1, noNaN: true }),
        (scaleMax, fraction, weight) => {
          const result = computeRecommendationLoyalty({ score: scaleMax * fraction, weight, scaleMax });
          expect(Number.isFinite(result.value)).toBe(true);
          expect(result.value).toBeGreaterThanOrEqual(0);
          expect(result.value).toBeLessThanOrEqual(result.maximum * (1 + 1e-12));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('whatever is typed', () => {
  it('either refuses it or gives finite numbers', () => {
    fc.assert(
      fc.property(typed, typed, typed, (score, weight, scaleMax) => {
        const validated = validateRecommendationLoyalty({ score, weight, scaleMax });
        if (validated.ok) expect(finiteEverywhere(computeRecommendationLoyalty(validated.value))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
