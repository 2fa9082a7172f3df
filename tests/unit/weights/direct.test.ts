import fc from 'fast-check';
import { directWeights, equalWeights, roundedPercentages } from '../../../src/domain/weights/direct';

describe('direct weights', () => {
  it.each([
    ['points', [3, 4], [3 / 7, 4 / 7], [42.9, 57.1]],
    ['percentages', [30, 40, 30], [0.3, 0.4, 0.3], [30, 40, 30]],
    ['a zero among positives', [0, 5], [0, 1], [0, 100]],
  ])('normalises %s to sum 1', (_label, raw, weights, percentages) => {
    // Act
    const result = directWeights(raw);
    // Assert
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    weights.forEach((w, i) => expect(result.value.weights[i]).toBeCloseTo(w, 12));
    expect(result.value.percentages).toEqual(percentages);
  });

  it.each([
    ['no weights', [], [{ field: 'weights', code: 'tooFew', params: { min: 1 } }]],
    ['all zero', [0, 0], [{ field: 'weights', code: 'allZero' }]],
    [
      'a negative weight',
      [1, -2],
      [{ field: 'weights.1', code: 'outOfRange', params: { position: 2, min: 0, max: 1_000_000_000, value: -2 } }],
    ],
    ['NaN', [Number.NaN], [{ field: 'weights.0', code: 'notANumber', params: { position: 1 } }]],
    ['Infinity', [1, Number.POSITIVE_INFINITY], [{ field: 'weights.1', code: 'notANumber', params: { position: 2 } }]],
    ['text', ['3'], [{ field: 'weights.0', code: 'notANumber', params: { position: 1 } }]],
  ])('rejects %s', (_label, raw, issues) => {
    expect(directWeights(raw)).toEqual({ ok: false, issues });
  });

  it('shows thirds as 33.3 / 33.3 / 33.4 so the percentages add to 100', () => {
    expect(roundedPercentages(equalWeights(3))).toEqual([33.4, 33.3, 33.3]);
  });

  it('the oil-company lesson: rating everything 9 or 10 on importance barely separates the items', () => {
    // Every item rated 9 or 10 on a 10-level scale (curriculum, module C).
    const result = directWeights([10, 9, 10, 9, 10, 9]);
    if (!result.ok) throw new Error('expected ok');
    const spread = Math.max(...result.value.weights) / Math.min(...result.value.weights);
    expect(spread).toBeLessThanOrEqual(10 / 9 + 1e-12);
  });

  const raw = fc
    .array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 })
    .filter((xs) => xs.some((x) => x > 0));

  it('property: weights are non-negative, sum to 1 and percentages add to exactly 100', () => {
    fc.assert(
      fc.property(raw, (xs) => {
        const result = directWeights(xs);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const sum = result.value.weights.reduce((a, b) => a + b, 0);
        expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
        for (const w of result.value.weights) expect(w).toBeGreaterThanOrEqual(0);
        const percentSum = result.value.percentages.reduce((a, b) => a + b, 0);
        expect(Math.abs(percentSum - 100)).toBeLessThan(1e-9);
        result.value.percentages.forEach((p, i) =>
          expect(Math.abs(p - result.value.weights[i]! * 100)).toBeLessThanOrEqual(0.1 + 1e-9),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('property: permuting the raw numbers permutes the weights', () => {
    const withOrder = raw.chain((xs) =>
      fc
        .shuffledSubarray([...xs.keys()], { minLength: xs.length, maxLength: xs.length })
        .map((order) => ({ xs, order })),
    );
    fc.assert(
      fc.property(withOrder, ({ xs, order }) => {
        const a = directWeights(xs);
        const b = directWeights(order.map((i) => xs[i]!));
        if (!a.ok || !b.ok) throw new Error('expected ok');
        order.forEach((from, to) =>
          expect(Math.abs(b.value.weights[to]! - a.value.weights[from]!)).toBeLessThan(1e-12),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
