import { weightedScaleScore } from '../../../src/domain/indicators/weighted-score';

describe('the textbook weighted-score formula', () => {
  it('reproduces the curriculum’s attitudinal-loyalty example: Σ = 2.4, score 33.6, best possible 49', () => {
    // Arrange: recommend 4 (weight 0.3), repurchase 3 (weight 0.4), 5-point scale, dimension weight 0.7.
    const answers = [
      { answer: 4, weight: 0.3 },
      { answer: 3, weight: 0.4 },
    ];
    // Act
    const result = weightedScaleScore(answers, 5, 0.7);
    // Assert
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.weightedSum).toBeCloseTo(2.4, 10);
    expect(result.value.score).toBeCloseTo(33.6, 10);
    expect(result.value.attainableMaximum).toBeCloseTo(49, 10);
    expect(result.value.shareOfAttainable).toBeCloseTo(0.686, 3);
  });

  it.each([
    [
      'an answer above the scale',
      [{ answer: 6, weight: 0.5 }],
      5,
      1,
      { field: 'answers.0.answer', code: 'outOfRange', params: { min: 0, max: 5, value: 6 } },
    ],
    [
      'a weight above 1',
      [{ answer: 3, weight: 1.5 }],
      5,
      1,
      { field: 'answers.0.weight', code: 'outOfRange', params: { min: 0, max: 1, value: 1.5 } },
    ],
    ['NaN', [{ answer: Number.NaN, weight: 0.5 }], 5, 1, { field: 'answers.0.answer', code: 'notANumber' }],
    [
      'a zero scale',
      [{ answer: 0, weight: 0.5 }],
      0,
      1,
      { field: 'scaleMax', code: 'outOfRange', params: { min: 1, max: 100 } },
    ],
    [
      'a dimension weight of 2',
      [{ answer: 3, weight: 0.5 }],
      5,
      2,
      { field: 'dimensionWeight', code: 'outOfRange', params: { min: 0, max: 1 } },
    ],
  ])('rejects %s', (_label, answers, scaleMax, dimensionWeight, issue) => {
    expect(weightedScaleScore(answers, scaleMax, dimensionWeight)).toEqual({ ok: false, issues: [issue] });
  });
});
