import fc from 'fast-check';
import { normaliseAnswer, validateAnswerScale } from '../../../src/domain/indicators/scale';

describe('answer scales', () => {
  it.each([
    ['1–5, top answer', 5, { min: 1, max: 5 }, 'higher-is-more-loyal', 'range', 1],
    ['1–5, bottom answer', 1, { min: 1, max: 5 }, 'higher-is-more-loyal', 'range', 0],
    ['1–5, middle', 3, { min: 1, max: 5 }, 'higher-is-more-loyal', 'range', 0.5],
    ['1–5 reversed, bottom answer is most loyal', 1, { min: 1, max: 5 }, 'lower-is-more-loyal', 'range', 1],
    ['1–5 reversed, 2', 2, { min: 1, max: 5 }, 'lower-is-more-loyal', 'range', 0.75],
    ['0–10, 7', 7, { min: 0, max: 10 }, 'higher-is-more-loyal', 'range', 0.7],
    ['share of maximum, 4 of 5', 4, { min: 1, max: 5 }, 'higher-is-more-loyal', 'share-of-maximum', 0.8],
    ['share of maximum, 1 of 5', 1, { min: 1, max: 5 }, 'higher-is-more-loyal', 'share-of-maximum', 0.2],
    ['share of maximum reversed, 1 of 5', 1, { min: 1, max: 5 }, 'lower-is-more-loyal', 'share-of-maximum', 1],
    ['share of maximum reversed, 5 of 5', 5, { min: 1, max: 5 }, 'lower-is-more-loyal', 'share-of-maximum', 0.2],
  ] as const)('normalises %s', (_label, answer, scale, direction, normalisation, expected) => {
    expect(normaliseAnswer(answer, scale, direction, normalisation)).toBeCloseTo(expected, 12);
  });

  it.each([
    ['not an object', 5, [{ field: 'scale', code: 'invalidType', params: { expected: 'scale' } }]],
    ['min not below max', { min: 5, max: 5 }, [{ field: 'scale', code: 'minNotBelowMax', params: { min: 5, max: 5 } }]],
    [
      'a fractional bound',
      { min: 1, max: 4.5 },
      [{ field: 'scale.max', code: 'notAnInteger', params: { value: 4.5 } }],
    ],
    [
      'a negative bound',
      { min: -3, max: 3 },
      [{ field: 'scale.min', code: 'outOfRange', params: { min: 0, max: 100, value: -3 } }],
    ],
    ['a missing bound', { min: 1 }, [{ field: 'scale.max', code: 'notANumber' }]],
  ])('rejects %s', (_label, input, issues) => {
    expect(validateAnswerScale(input)).toEqual({ ok: false, issues });
  });

  it('property: every answer within the scale maps into 0–1, and reversing mirrors it', () => {
    const scaleAndAnswer = fc
      .integer({ min: 0, max: 99 })
      .chain((min) => fc.integer({ min: min + 1, max: 100 }).map((max) => ({ min, max })))
      .chain((scale) =>
        fc.double({ min: scale.min, max: scale.max, noNaN: true }).map((answer) => ({ scale, answer })),
      );
    fc.assert(
      fc.property(
        scaleAndAnswer,
        fc.constantFrom('range' as const, 'share-of-maximum' as const),
        ({ scale, answer }, mode) => {
          const up = normaliseAnswer(answer, scale, 'higher-is-more-loyal', mode);
          const down = normaliseAnswer(scale.min + scale.max - answer, scale, 'lower-is-more-loyal', mode);
          expect(up).toBeGreaterThanOrEqual(0);
          expect(up).toBeLessThanOrEqual(1);
          expect(Math.abs(up - down)).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
