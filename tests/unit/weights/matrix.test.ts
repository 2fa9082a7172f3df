import {
  consistentMatrix,
  matrixFromUpperTriangle,
  pairCount,
  permuteMatrix,
  upperTriangle,
  upperTrianglePairs,
  validatePairwiseMatrix,
} from '../../../src/domain/weights/matrix';

describe('pairwise matrices', () => {
  it('lists upper-triangle pairs row by row', () => {
    expect(upperTrianglePairs(3)).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
    expect(pairCount(4)).toBe(6);
  });

  it('builds the reciprocal matrix from the upper triangle', () => {
    // Arrange
    const judgements = [3, 5, 1 / 2];
    // Act
    const result = matrixFromUpperTriangle(3, judgements);
    // Assert
    expect(result).toEqual({
      ok: true,
      value: [
        [1, 3, 5],
        [1 / 3, 1, 1 / 2],
        [1 / 5, 2, 1],
      ],
    });
    if (result.ok) expect(upperTriangle(result.value)).toEqual(judgements);
  });

  it.each([
    ['wrong count', 3, [3, 5], [{ field: 'judgements', code: 'wrongLength', params: { expected: 3, actual: 2 } }]],
    ['not a number', 2, ['x'], [{ field: 'judgements.0', code: 'notANumber', params: { row: 1, column: 2 } }]],
    [
      'above 9',
      2,
      [12],
      [{ field: 'judgements.0', code: 'outOfRange', params: { row: 1, column: 2, min: '1/9', max: 9, value: 12 } }],
    ],
    [
      'zero',
      2,
      [0],
      [{ field: 'judgements.0', code: 'outOfRange', params: { row: 1, column: 2, min: '1/9', max: 9, value: 0 } }],
    ],
  ])('rejects an upper triangle with %s', (_label, n, judgements, issues) => {
    expect(matrixFromUpperTriangle(n, judgements)).toEqual({ ok: false, issues });
  });

  it('can require values exactly on Saaty’s scale', () => {
    expect(matrixFromUpperTriangle(2, [2.5], { requireSaatyScale: true })).toEqual({
      ok: false,
      issues: [
        { field: 'judgements.0', code: 'notOnSaatyScale', params: { row: 1, column: 2, value: 2.5, nearest: 3 } },
      ],
    });
  });

  it('accepts a valid reciprocal matrix, with 1/3 written to seven decimals', () => {
    const result = validatePairwiseMatrix([
      [1, 3],
      [0.3333333, 1],
    ]);
    expect(result.ok).toBe(true);
  });

  it.each([
    ['not a matrix', 'abc', { field: 'matrix', code: 'invalidType', params: { expected: 'matrix' } }],
    ['empty', [], { field: 'matrix', code: 'tooFew', params: { min: 1 } }],
    [
      'too large',
      Array.from({ length: 16 }, () => new Array(16).fill(1)),
      { field: 'matrix', code: 'tooMany', params: { max: 15 } },
    ],
    [
      'a short row',
      [[1, 2], [0.5]],
      { field: 'matrix.1', code: 'wrongLength', params: { row: 2, expected: 2, actual: 1 } },
    ],
    [
      'a diagonal other than 1',
      [
        [2, 2],
        [0.5, 1],
      ],
      { field: 'matrix.0.0', code: 'diagonalNotOne', params: { row: 1, column: 1, value: '2' } },
    ],
    [
      'a non-reciprocal pair',
      [
        [1, 3],
        [0.333, 1],
      ],
      { field: 'matrix.1.0', code: 'notReciprocal', params: { row: 2, column: 1, value: 0.333, expected: 1 / 3 } },
    ],
    [
      'a text cell',
      [
        [1, '3'],
        [1 / 3, 1],
      ],
      { field: 'matrix.0.1', code: 'notANumber', params: { row: 1, column: 2 } },
    ],
    [
      'NaN',
      [
        [1, Number.NaN],
        [1, 1],
      ],
      { field: 'matrix.0.1', code: 'notANumber', params: { row: 1, column: 2 } },
    ],
    [
      'a judgement of 10',
      [
        [1, 10],
        [0.1, 1],
      ],
      { field: 'matrix.0.1', code: 'outOfRange', params: { row: 1, column: 2, min: '1/9', max: 9, value: 10 } },
    ],
  ])('names the cell for %s', (_label, input, issue) => {
    const result = validatePairwiseMatrix(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual(issue);
  });

  it('reports a size other than the number of indicators', () => {
    expect(validatePairwiseMatrix([[1]], { expectedSize: 3, field: 'weighting.matrix' })).toEqual({
      ok: false,
      issues: [{ field: 'weighting.matrix', code: 'sizeMismatch', params: { expected: 3, actual: 1 } }],
    });
  });

  it('builds consistent matrices and permutes them', () => {
    const m = consistentMatrix([4, 2, 1]);
    expect(m).toEqual([
      [1, 2, 4],
      [0.5, 1, 2],
      [0.25, 0.5, 1],
    ]);
    expect(permuteMatrix(m, [2, 0, 1])).toEqual([
      [1, 0.25, 0.5],
      [4, 1, 2],
      [2, 0.5, 1],
    ]);
  });
});
