import fc from 'fast-check';
import Papa from 'papaparse';
import { csvField, toCsv } from '../../src/domain/csv';

describe('toCsv', () => {
  it('writes RFC 4180: commas, CRLF after every record, quotes only when needed', () => {
    // Arrange
    const rows = [
      ['name', 'score', 'note'],
      ['Li, Wei', 9, 'said "great"'],
      ['two\nlines', null, ''],
    ];
    // Act
    const csv = toCsv(rows);
    // Assert
    expect(csv).toBe('name,score,note\r\n"Li, Wei",9,"said ""great"""\r\n"two\nlines",,\r\n');
  });

  it('adds a UTF-8 byte-order mark only when asked', () => {
    expect(toCsv([['钱包份额']], { bom: true })).toBe('\uFEFF钱包份额\r\n');
    expect(toCsv([['钱包份额']])).toBe('钱包份额\r\n');
  });

  it.each([
    ['=1+2', "'=1+2"],
    ['=HYPERLINK("http://x.test","click")', `"'=HYPERLINK(""http://x.test"",""click"")"`],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['  =1+1', "'  =1+1"],
    ['＝1+1', "'＝1+1"],
  ])('neutralises the injection payload %j', (payload, expected) => {
    expect(csvField(payload)).toBe(expected);
  });

  it.each([
    [-12.5, '-12.5'],
    [0, '0'],
    [1e21, '1e+21'],
    ['-12.5', '-12.5'],
    ['+3', '+3'],
    ['a=b', 'a=b'],
    [Number.NaN, ''],
  ])('leaves %j alone as %j', (cell, expected) => {
    expect(csvField(cell)).toBe(expected);
  });

  it('round-trips through a CSV parser and never lets a cell start a formula', () => {
    const risky = fc
      .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', ' =', '\uff1d', '"', ','), fc.string())
      .map(([start, rest]) => start + rest);
    const cell = fc.oneof(fc.string(), risky, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        // Act
        const parsed = Papa.parse<string[]>(toCsv(rows), { newline: '\r\n', delimiter: ',' }).data;
        // Assert: same shape, and every text cell either unchanged or apostrophe-prefixed and safe
        expect(parsed.slice(0, rows.length).map((r) => r.length)).toEqual(rows.map((r) => r.length));
        rows.forEach((row, i) =>
          row.forEach((original, j) => {
            const written = parsed[i]?.[j];
            if (typeof original === 'string') {
              expect([original, `'${original}`]).toContain(written);
              if (written !== undefined && written !== original) expect(written.startsWith("'")).toBe(true);
              // Text left as it was may start like a formula only if it is a plain signed number.
              if (written === original && /^\s*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/.test(original)) {
                expect(original).toMatch(/^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/);
              }
            }
          }),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
