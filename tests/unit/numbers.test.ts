import fc from 'fast-check';
import type { FieldIssue } from '../../src/domain/result';
import { isAtLeast, parseUserNumber, readNumber, readOptionalNumber } from '../../src/domain/numbers';

describe('parseUserNumber', () => {
  it.each([
    ['62.5', 62.5],
    [' 62 ', 62],
    ['.5', 0.5],
    ['-3', -3],
    ['+3', 3],
    ['\u22123', -3],
    ['63,590', 63590],
    ['1,234.5', 1234.5],
    ['1 234.5', 1234.5],
    ['63\u00a0590', 63590],
    ['83%', 83],
    ['83 %', 83],
    ['６３，５９０．５', 63590.5],
    ['８３％', 83],
    ['62。5', 62.5],
    ['-0', 0],
    // Decimal comma: one comma that cannot be a thousands separator.
    ['62,5', 62.5],
    ['7,5', 7.5],
    ['1234,56', 1234.56],
    ['1,23', 1.23],
    ['0,125', 0.125],
    [',5', 0.5],
    ['６２，５', 62.5],
    // A comma before exactly three digits after a first group of one to three is a thousands separator.
    ['1,500', 1500],
  ])('reads %j as %d', (raw, expected) => {
    // Act
    const result = parseUserNumber(raw);
    // Assert
    expect(result).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    [null, 'required'],
    [undefined, 'required'],
    ['abc', 'notANumber'],
    ['5/8', 'notANumber'],
    ['6.25e1', 'notANumber'],
    ['7 5', 'notANumber'],
    ['1,2,3', 'notANumber'],
    ['62,5.1', 'notANumber'],
    ['NaN', 'notANumber'],
    ['Infinity', 'notANumber'],
    ['9'.repeat(400), 'notANumber'],
    [Number.NaN, 'notANumber'],
    [Number.POSITIVE_INFINITY, 'notANumber'],
  ] as const)('refuses %j with %s', (raw, code) => {
    expect(parseUserNumber(raw)).toEqual({ ok: false, code });
  });

  it('reads a decimal written with a comma as the same number written with a point', () => {
    fc.assert(
      fc.property(fc.nat({ max: 99_999 }), fc.stringMatching(/^\d{1,2}$|^\d{4,6}$/), (whole, fraction) => {
        const withPoint = parseUserNumber(`${whole}.${fraction}`);
        expect(parseUserNumber(`${whole},${fraction}`)).toEqual(withPoint);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a percent sign when the caller says the field takes none', () => {
    expect(parseUserNumber('83%', { percentSign: false })).toEqual({ ok: false, code: 'notANumber' });
  });

  it('passes finite numbers through unchanged', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const result = parseUserNumber(value);
        expect(result.ok && (result.value === value || (value === 0 && result.value === 0))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back what a number prints as, and never returns a non-finite value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }).map(String)), (text) => {
        const result = parseUserNumber(text);
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('readNumber', () => {
  it.each([
    ['abc', {}, { field: 'f', code: 'notANumber', params: { value: 'abc' } }],
    ['', {}, { field: 'f', code: 'required' }],
    ['2.5', { integer: true }, { field: 'f', code: 'notAnInteger', params: { value: 2.5 } }],
    ['0', { positive: true }, { field: 'f', code: 'notPositive', params: { value: 0 } }],
    ['101', { min: 0, max: 100 }, { field: 'f', code: 'outOfRange', params: { value: 101, min: 0, max: 100 } }],
    ['-1', { min: 0 }, { field: 'f', code: 'outOfRange', params: { value: -1, min: 0 } }],
  ] as const)('reports %j under %j as one issue', (raw, rule, issue) => {
    // Arrange
    const issues: FieldIssue[] = [];
    // Act
    const value = readNumber(raw, 'f', rule, issues);
    // Assert
    expect(value).toBeUndefined();
    expect(issues).toEqual([issue]);
  });

  it('returns the value and no issue when the rule holds', () => {
    const issues: FieldIssue[] = [];
    expect(readNumber('1,000', 'f', { min: 0, max: 1000, integer: true }, issues)).toBe(1000);
    expect(issues).toEqual([]);
  });

  it('lets a blank optional field fall back without an issue', () => {
    const issues: FieldIssue[] = [];
    expect(readOptionalNumber(' ', 'f', { min: 0 }, issues, 50)).toBe(50);
    expect(readOptionalNumber('7', 'f', { min: 0 }, issues, 50)).toBe(7);
    expect(issues).toEqual([]);
  });
});

describe('isAtLeast', () => {
  it('forgives last-bit error but not real shortfalls', () => {
    expect(isAtLeast(0.1 + 0.2, 0.3)).toBe(true);
    expect(isAtLeast((0.35 / 0.7) * 100, 50)).toBe(true);
    expect(isAtLeast(49.99, 50)).toBe(false);
  });
});
