import fc from 'fast-check';
import {
  isSaatyValue,
  nearestSaatyValue,
  RANDOM_INDEX,
  randomIndex,
  SAATY_SCALE,
  saatyNotation,
} from '../../../src/domain/weights/saaty';

describe('Saaty scale', () => {
  it('has the 17 values 1/9 … 9', () => {
    expect(SAATY_SCALE).toHaveLength(17);
    expect(SAATY_SCALE[0]).toBeCloseTo(1 / 9, 15);
    expect(SAATY_SCALE[8]).toBe(1);
    expect(SAATY_SCALE[16]).toBe(9);
  });

  it('uses Saaty’s random index table for n = 1…15 (Saaty 1980)', () => {
    // Arrange / Act / Assert: the published table, value by value.
    expect(RANDOM_INDEX).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]);
    expect(randomIndex(3)).toBe(0.58);
    expect(randomIndex(15)).toBe(1.59);
    expect(randomIndex(16)).toBeUndefined();
    expect(randomIndex(0)).toBeUndefined();
  });

  it.each([
    [1, 1],
    [2.9, 3],
    [3.6, 4],
    [0.3, 1 / 3],
    [0.34, 1 / 3],
    [100, 9],
    [0.001, 1 / 9],
    [0, 1],
    [Number.NaN, 1],
  ])('nearest scale value to %s is %s', (ratio, expected) => {
    expect(nearestSaatyValue(ratio)).toBeCloseTo(expected, 12);
  });

  it.each([
    [3, '3'],
    [1 / 3, '1/3'],
    [1, '1'],
    [2.4678, '2.468'],
    [1 / 2.5, '1/2.5'],
  ])('writes %s as %s', (value, text) => {
    expect(saatyNotation(value)).toBe(text);
  });

  it('recognises scale values and rejects others', () => {
    expect(isSaatyValue(1 / 7)).toBe(true);
    expect(isSaatyValue(0.1428571)).toBe(true);
    expect(isSaatyValue(2.5)).toBe(false);
  });

  it('property: nearest(1/x) = 1/nearest(x), and the result is on the scale', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (x) => {
        const a = nearestSaatyValue(x);
        const b = nearestSaatyValue(1 / x);
        expect(isSaatyValue(a)).toBe(true);
        expect(a * b).toBeCloseTo(1, 9);
      }),
      { numRuns: 1000 },
    );
  });
});
