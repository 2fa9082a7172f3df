import fc from 'fast-check';
import { analyseValidMatrix } from '../../../src/domain/weights/ahp';
import { aggregateJudgements, geometricMeanMatrix } from '../../../src/domain/weights/group';
import { matrixFromUpperTriangle, pairCount } from '../../../src/domain/weights/matrix';
import { SAATY_SCALE } from '../../../src/domain/weights/saaty';

const build = (n: number, upper: number[]) => {
  const m = matrixFromUpperTriangle(n, upper);
  if (!m.ok) throw new Error('bad test matrix');
  return m.value;
};

describe('group judgements (AIJ, geometric mean)', () => {
  it('takes the element-wise geometric mean and keeps the matrix reciprocal', () => {
    // Arrange: two participants judge one pair 2 and 8; the geometric mean is 4.
    const a = build(2, [2]);
    const b = build(2, [8]);
    // Act
    const result = aggregateJudgements([
      { participant: 'Li', matrix: a },
      { participant: 'Sam', matrix: b },
    ]);
    // Assert
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.matrix[0]![1]).toBeCloseTo(4, 12);
    expect(result.value.matrix[1]![0]).toBeCloseTo(0.25, 12);
    expect(result.value.group.weights[0]).toBeCloseTo(0.8, 12);
    // ln 2 and ln 8 lie ln 2 either side of ln 4: geometric SD = 2.
    expect(result.value.dispersion[0]).toMatchObject({ row: 0, column: 1, min: 2, max: 8 });
    expect(result.value.dispersion[0]!.geometricSd).toBeCloseTo(2, 12);
    expect(result.value.participantReports.map((p) => p.distanceFromGroup)).toEqual([
      expect.closeTo(Math.log(2), 12),
      expect.closeTo(Math.log(2), 12),
    ]);
  });

  it('reports each participant’s own CR', () => {
    const consistent = build(3, [2, 4, 2]);
    const inconsistent = build(3, [2, 1 / 4, 2]);
    const result = aggregateJudgements([
      { participant: 'A', matrix: consistent },
      { participant: 'B', matrix: inconsistent },
    ]);
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.participantReports[0]!.acceptable).toBe(true);
    expect(result.value.participantReports[1]!.acceptable).toBe(false);
  });

  it.each([
    ['no participants', [], [{ field: 'participants', code: 'tooFew', params: { min: 1 } }]],
    ['not a list', 'x', [{ field: 'participants', code: 'invalidType', params: { expected: 'list' } }]],
    [
      'a blank name',
      [{ participant: ' ', matrix: [[1]] }],
      [{ field: 'participants.0.participant', code: 'required' }],
    ],
    [
      'the same name twice',
      [
        { participant: 'A', matrix: [[1]] },
        { participant: 'A', matrix: [[1]] },
      ],
      [{ field: 'participants.1.participant', code: 'duplicate', params: { value: 'A', first: 1 } }],
    ],
    [
      'matrices of different sizes',
      [
        { participant: 'A', matrix: [[1]] },
        {
          participant: 'B',
          matrix: [
            [1, 2],
            [0.5, 1],
          ],
        },
      ],
      [{ field: 'participants.1.matrix', code: 'sizeMismatch', params: { expected: 1, actual: 2 } }],
    ],
    [
      'a non-reciprocal matrix',
      [
        {
          participant: 'A',
          matrix: [
            [1, 2],
            [2, 1],
          ],
        },
      ],
      [
        {
          field: 'participants.0.matrix.1.0',
          code: 'notReciprocal',
          params: { row: 2, column: 1, value: 2, expected: 0.5 },
        },
      ],
    ],
  ])('rejects %s', (_label, input, issues) => {
    expect(aggregateJudgements(input)).toEqual({ ok: false, issues });
  });

  const matrix = (n: number) =>
    fc
      .array(fc.constantFrom(...SAATY_SCALE), { minLength: pairCount(n), maxLength: pairCount(n) })
      .map((u) => build(n, u));

  it('property: a group of one participant equals that participant', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }).chain(matrix), (m) => {
        const result = aggregateJudgements([{ participant: 'Solo', matrix: m }]);
        if (!result.ok) throw new Error('expected ok');
        expect(result.value.matrix).toEqual(m);
        const own = analyseValidMatrix(m);
        own.weights.forEach((w, i) => expect(result.value.group.weights[i]).toBe(w));
        expect(result.value.group.consistencyRatio).toBe(own.consistencyRatio);
        expect(result.value.participantReports[0]!.distanceFromGroup).toBe(0);
        for (const d of result.value.dispersion) expect(d.geometricSd).toBe(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: the group matrix is reciprocal, within the judgements’ range, and order-independent', () => {
    const group = fc.integer({ min: 2, max: 6 }).chain((n) => fc.array(matrix(n), { minLength: 2, maxLength: 6 }));
    fc.assert(
      fc.property(group, (matrices) => {
        const g = geometricMeanMatrix(matrices);
        const reversed = geometricMeanMatrix([...matrices].reverse());
        const n = g.length;
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            expect(Math.abs(g[i]![j]! * g[j]![i]! - 1)).toBeLessThan(1e-12);
            const values = matrices.map((m) => m[i]![j]!);
            expect(g[i]![j]!).toBeGreaterThanOrEqual(Math.min(...values) * (1 - 1e-12));
            expect(g[i]![j]!).toBeLessThanOrEqual(Math.max(...values) * (1 + 1e-12));
            expect(Math.abs(Math.log(g[i]![j]! / reversed[i]![j]!))).toBeLessThan(1e-12);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
