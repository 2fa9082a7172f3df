import fc from 'fast-check';
import {
  ATTITUDINAL_LOYALTY_EXAMPLE,
  computeAttitudinalLoyalty,
  validateAttitudinalLoyalty,
} from '../../../src/domain/loyalty/attitudinalLoyalty';
import { finiteEverywhere, typed } from './typed-input';

describe('weighted attitudinal loyalty', () => {
  it("reproduces the textbook's worked example: 33.6 of an attainable 49, i.e. 68.6%", () => {
    // Arrange: recommend 4 (weight 0.3), repurchase 3 (weight 0.4), dimension weight 0.7, 5-point scale
    const validated = validateAttitudinalLoyalty({
      items: [
        { score: '4', weight: '0.3' },
        { score: '3', weight: '0.4' },
      ],
      dimensionWeight: '0.7',
      scaleMax: '5',
    });
    if (!validated.ok) throw new Error('expected valid input');
    // Act
    const result = computeAttitudinalLoyalty(validated.value);
    // Assert
    expect(validated.value).toEqual(ATTITUDINAL_LOYALTY_EXAMPLE);
    expect(result.score).toBeCloseTo(33.6, 10);
    expect(result.maximum).toBeCloseTo(49, 10);
    expect(Math.round(result.percentOfMaximum * 10) / 10).toBe(68.6);
    expect(result.terms.weightedSum).toBeCloseTo(2.4, 10);
    expect(result.terms.maximumWeightedSum).toBeCloseTo(3.5, 10);
    expect(result.terms.items.map((i) => i.product)).toEqual([expect.closeTo(1.2, 10), expect.closeTo(1.2, 10)]);
    expect(result.interpretation).toBe('highAttitude');
  });

  it.each([
    [
      { items: [], dimensionWeight: '0.7', scaleMax: '5' },
      [{ field: 'items', code: 'tooFewItems', params: { min: 1, max: 20, count: 0 } }],
    ],
    [
      { items: [{ score: '6', weight: '0.3' }], dimensionWeight: '0.7', scaleMax: '5' },
      [{ field: 'items.0.score', code: 'outOfRange', params: { value: 6, min: 0, max: 5 } }],
    ],
    [
      { items: [{ score: '4', weight: '0' }], dimensionWeight: '0.7', scaleMax: '5' },
      [{ field: 'items', code: 'weightsSumZero' }],
    ],
    [
      { items: [{ score: '4', weight: '0.3' }], dimensionWeight: '0', scaleMax: '5' },
      [{ field: 'dimensionWeight', code: 'notPositive', params: { value: 0 } }],
    ],
    [
      { items: [{ score: '4', weight: '1.5' }], dimensionWeight: '0.7', scaleMax: '5' },
      [{ field: 'items.0.weight', code: 'outOfRange', params: { value: 1.5, min: 0, max: 1 } }],
    ],
  ])('refuses %j', (raw, issues) => {
    expect(validateAttitudinalLoyalty(raw)).toEqual({ ok: false, issues });
  });

  it('stays finite, between 0 and its maximum, and never falls when an answer rises', () => {
    const item = fc.record({
      score: fc.integer({ min: 0, max: 10 }),
      weight: fc.double({ min: 0.01, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 1, maxLength: 20 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (items, dimensionWeight) => {
          // Act
          const result = computeAttitudinalLoyalty({ items, dimensionWeight, scaleMax: 10 });
          const raised = computeAttitudinalLoyalty({
            items: items.map((it, i) => (i === 0 ? { ...it, score: Math.min(10, it.score + 1) } : it)),
            dimensionWeight,
            scaleMax: 10,
          });
          // Assert
          for (const v of [result.score, result.maximum, result.percentOfMaximum])
            expect(Number.isFinite(v)).toBe(true);
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(result.maximum * (1 + 1e-12));
          expect(result.percentOfMaximum).toBeLessThanOrEqual(100);
          expect(raised.score).toBeGreaterThanOrEqual(result.score);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('whatever is typed', () => {
  it('either refuses it or gives finite numbers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ score: typed, weight: typed }), { maxLength: 4 }),
        typed,
        typed,
        (items, dimensionWeight, scaleMax) => {
          const validated = validateAttitudinalLoyalty({ items, dimensionWeight, scaleMax });
          if (validated.ok) expect(finiteEverywhere(computeAttitudinalLoyalty(validated.value))).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
