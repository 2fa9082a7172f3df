import fc from 'fast-check';
import { analysePairwise, analyseValidMatrix } from '../../../src/domain/weights/ahp';
import {
  consistentMatrix,
  matrixFromUpperTriangle,
  pairCount,
  permuteMatrix,
} from '../../../src/domain/weights/matrix';
import { SAATY_SCALE } from '../../../src/domain/weights/saaty';

const F = (d: number) => 1 / d;

/**
 * Saaty, T.L. (1990) "How to make a decision: the analytic hierarchy process",
 * European Journal of Operational Research 48, 9–26: the house-buying example. Criteria:
 * size of house, transportation, neighbourhood, age of house, yard space, modern facilities,
 * general condition, financing. Published: priorities .173 .054 .188 .018 .031 .036 .167
 * .333; λmax = 9.669, C.I. = 0.238, C.R. = 0.169.
 */
const SAATY_1990_HOUSE = [
  [1, 5, 3, 7, 6, 6, F(3), F(4)],
  [F(5), 1, F(3), 5, 3, 3, F(5), F(7)],
  [F(3), 3, 1, 6, 3, 4, 6, F(5)],
  [F(7), F(5), F(6), 1, F(3), F(4), F(7), F(8)],
  [F(6), F(3), F(3), 3, 1, F(2), F(5), F(6)],
  [F(6), F(3), F(4), 4, 2, 1, F(5), F(6)],
  [3, 5, F(6), 7, 5, 5, 1, F(2)],
  [4, 7, 5, 8, 6, 6, 2, 1],
];

/**
 * Saaty, T.L. (2008) "Decision making with the analytic hierarchy process", Int. J. Services
 * Sciences 1(1), 83–98: "which drink is consumed more in the US?" (coffee, wine, tea, beer,
 * sodas, milk, water). Published derived scale: .177 .019 .042 .116 .190 .129 .327; consistency
 * ratio .022 (as reproduced in the AHPy documentation).
 */
const SAATY_2008_DRINKS = [
  [1, 9, 5, 2, 1, 1, F(2)],
  [F(9), 1, F(3), F(9), F(9), F(9), F(9)],
  [F(5), 3, 1, F(3), F(4), F(3), F(9)],
  [F(2), 9, 3, 1, F(2), 1, F(3)],
  [1, 9, 4, 2, 1, 2, F(2)],
  [1, 9, 3, 1, F(2), 1, F(3)],
  [2, 9, 9, 3, 2, 3, 1],
];

describe('AHP eigenvector weights and consistency', () => {
  it('gives CR 0 and weights proportional to the generating vector for a consistent matrix', () => {
    // Arrange: a_ij = v_i / v_j for v = (4, 2, 1)
    const matrix = consistentMatrix([4, 2, 1]);
    // Act
    const result = analysePairwise(matrix);
    // Assert
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.weights[0]).toBeCloseTo(0.5714285714, 10);
    expect(result.value.weights[1]).toBeCloseTo(0.2857142857, 10);
    expect(result.value.weights[2]).toBeCloseTo(0.1428571429, 10);
    expect(result.value.lambdaMax).toBeCloseTo(3, 10);
    expect(result.value.consistencyIndex).toBeCloseTo(0, 10);
    expect(result.value.consistencyRatio).toBeCloseTo(0, 10);
    expect(result.value.acceptable).toBe(true);
    expect(result.value.mostInconsistent).toBeNull();
  });

  it('reproduces Saaty’s (1990) house example: priorities, λmax, CI and CR as published', () => {
    const result = analysePairwise(SAATY_1990_HOUSE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const published = [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333];
    published.forEach((w, i) => expect(result.value.weights[i]).toBeCloseTo(w, 3));
    expect(result.value.lambdaMax).toBeCloseTo(9.669, 3);
    expect(result.value.consistencyIndex).toBeCloseTo(0.238, 3);
    expect(result.value.randomIndex).toBe(1.41);
    expect(result.value.consistencyRatio).toBeCloseTo(0.169, 3);
    expect(result.value.acceptable).toBe(false);
    expect(result.value.converged).toBe(true);
  });

  it('reproduces Saaty’s (2008) drinks example: derived scale and CR as published', () => {
    const result = analysePairwise(SAATY_2008_DRINKS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const published = [0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327];
    published.forEach((w, i) => expect(result.value.weights[i]).toBeCloseTo(w, 3));
    expect(result.value.consistencyRatio).toBeCloseTo(0.022, 3);
    expect(result.value.acceptable).toBe(true);
  });

  it('names the most inconsistent judgement of the house example and a revision that lowers CR', () => {
    const result = analysePairwise(SAATY_1990_HOUSE);
    if (!result.ok) throw new Error('expected ok');
    const worst = result.value.mostInconsistent;
    expect(worst).not.toBeNull();
    if (!worst) return;
    // Neighbourhood (row 3) vs general condition (column 7) was judged 6, yet the weights
    // say general condition matters about as much as the neighbourhood.
    expect([worst.row, worst.column]).toEqual([2, 6]);
    expect(worst.judgement).toBe(6);
    expect(worst.suggested).toBe(1);
    expect(worst.consistencyRatioIfFixed).toBeLessThan(result.value.consistencyRatio);
    expect(worst.consistencyRatioIfFixed).toBeLessThan(0.1);
    expect(worst.bestRevision.consistencyRatio).toBeLessThanOrEqual(worst.consistencyRatioIfFixed);
  });

  it('finds a single reversed judgement and the revision that restores consistency', () => {
    // Arrange: v = (8, 4, 2, 1) gives a12 = 2, a13 = 4, a14 = 8, a23 = 2, a24 = 4, a34 = 2;
    // the analyst entered a14 the wrong way round, as 1/8.
    const built = matrixFromUpperTriangle(4, [2, 4, 1 / 8, 2, 4, 2]);
    if (!built.ok) throw new Error('expected ok');
    // Act
    const result = analyseValidMatrix(built.value);
    // Assert
    expect(result.acceptable).toBe(false);
    expect(result.mostInconsistent).toMatchObject({ row: 0, column: 3, judgement: 0.125 });
    expect(result.mostInconsistent?.bestRevision.value).toBe(8);
    expect(result.mostInconsistent?.bestRevision.consistencyRatio).toBeCloseTo(0, 9);
  });

  it('treats 1×1 and 2×2 matrices as consistent', () => {
    for (const m of [
      [[1]],
      [
        [1, 7],
        [1 / 7, 1],
      ],
    ]) {
      const result = analysePairwise(m);
      expect(result.ok && result.value.consistencyRatio).toBe(0);
      expect(result.ok && result.value.mostInconsistent).toBeNull();
    }
    const two = analysePairwise([
      [1, 3],
      [1 / 3, 1],
    ]);
    expect(two.ok && two.value.weights[0]).toBeCloseTo(0.75, 12);
  });

  it('returns the validation issues of a bad matrix', () => {
    expect(
      analysePairwise([
        [1, 3],
        [3, 1],
      ]).ok,
    ).toBe(false);
  });

  const reciprocalMatrix = fc.integer({ min: 1, max: 9 }).chain((n) =>
    fc
      .array(fc.constantFrom(...SAATY_SCALE), { minLength: pairCount(n), maxLength: pairCount(n) })
      .map((judgements) => {
        const built = matrixFromUpperTriangle(n, judgements);
        if (!built.ok) throw new Error('generator produced an invalid matrix');
        return built.value;
      }),
  );

  it('property: weights are positive and sum to 1; CR is finite and non-negative', () => {
    fc.assert(
      fc.property(reciprocalMatrix, (matrix) => {
        const result = analyseValidMatrix(matrix);
        const sum = result.weights.reduce((a, b) => a + b, 0);
        expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
        for (const w of result.weights) expect(w).toBeGreaterThan(0);
        expect(Number.isFinite(result.consistencyRatio)).toBe(true);
        expect(result.consistencyRatio).toBeGreaterThanOrEqual(0);
        expect(result.lambdaMax).toBeGreaterThan(matrix.length - 1e-9);
        expect(result.converged).toBe(true);
        if (result.mostInconsistent) {
          expect(Number.isFinite(result.mostInconsistent.consistencyRatioIfFixed)).toBe(true);
          expect(result.mostInconsistent.row).toBeLessThan(result.mostInconsistent.column);
          expect(result.mostInconsistent.bestRevision.consistencyRatio).toBeLessThanOrEqual(
            result.mostInconsistent.consistencyRatioIfFixed,
          );
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('property: permuting the indicators permutes the weights', () => {
    const withOrder = reciprocalMatrix.chain((matrix) =>
      fc
        .shuffledSubarray([...matrix.keys()], { minLength: matrix.length, maxLength: matrix.length })
        .map((order) => ({ matrix, order })),
    );
    fc.assert(
      fc.property(withOrder, ({ matrix, order }) => {
        const original = analyseValidMatrix(matrix);
        const permuted = analyseValidMatrix(permuteMatrix(matrix, order));
        order.forEach((from, to) =>
          expect(Math.abs(permuted.weights[to]! - original.weights[from]!)).toBeLessThan(1e-9),
        );
        expect(Math.abs(permuted.consistencyRatio - original.consistencyRatio)).toBeLessThan(1e-9);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: a matrix built from any positive vector is consistent and returns that vector normalised', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.2, max: 5, noNaN: true }), { minLength: 1, maxLength: 12 }), (vector) => {
        const result = analyseValidMatrix(consistentMatrix(vector));
        const total = vector.reduce((a, b) => a + b, 0);
        vector.forEach((v, i) => expect(Math.abs(result.weights[i]! - v / total)).toBeLessThan(1e-9));
        expect(result.consistencyRatio).toBeLessThan(1e-9);
      }),
      { numRuns: 1000 },
    );
  });
});
