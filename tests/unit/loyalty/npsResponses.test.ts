import fc from 'fast-check';
import { classify, detectShape, parseNpsResponses } from '../../../src/domain/loyalty/npsResponses';

function parsed(text: string, options = {}) {
  const result = parseNpsResponses(text, options);
  if (!result.ok) throw new Error(`expected a parse, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

describe('parseNpsResponses: shapes', () => {
  it.each([
    ['one per line', '9\n10\n7\n0\n6\n'],
    ['comma-separated', '9,10,7,0,6'],
    ['tab-separated', '9\t10\t7\t0\t6'],
    ['semicolon-separated', '9;10;7;0;6'],
    ['Windows line ends with a byte-order mark', '\uFEFF9\r\n10\r\n7\r\n0\r\n6\r\n'],
    ['a header row over one column', 'score\n9\n10\n7\n0\n6'],
    ['a grid with no header', '9,10\n7,0\n6,'],
    ['full-width digits', '９\n１０\n７\n０\n６'],
  ])('reads %s', (_shape, text) => {
    // Act
    const result = parsed(text);
    // Assert
    expect(result.n).toBe(5);
    expect(result.distribution).toEqual([1, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1]);
    expect(result.ignoredTotal).toBe(0);
  });

  it('picks the first column that mostly holds 0–10 answers in a table with a header', () => {
    const text = 'id,name,likely to recommend,comment\n1001,Ann,9,great\n1002,Bo,6,slow\n1003,Cy,10,"ok, fine"\n';
    const result = parsed(text);
    expect(result.layout).toBe('column');
    expect(result.column).toEqual({ number: 3, name: 'likely to recommend' });
    expect(result.hasHeader).toBe(true);
    expect(result.n).toBe(3);
    expect(result.dataRows).toBe(3);
  });

  it('picks the answer column in a table without a header, skipping an id column', () => {
    const result = parsed('1001,9\n1002,6\n1003,10\n');
    expect(result.column).toEqual({ number: 2, name: null });
    expect(result.n).toBe(3);
  });

  it.each([
    [{ columnName: ' Q2 ' }, 2, [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1]],
    [{ columnNumber: 1 }, 1, [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]],
  ])('lets the caller choose the column: %j', (options, number, distribution) => {
    const result = parsed('Q1;q2\n9;8\n10;10\n', options);
    expect(result.column?.number).toBe(number);
    expect(result.distribution).toEqual(distribution);
  });
});

describe('parseNpsResponses: ignored values', () => {
  it('groups what it ignores by reason, with locations counted from 1', () => {
    // Arrange: row 1 is the header; column 2 holds the answers
    const text = ['id,score', 'a,9', 'b,', 'c,n/a', 'd,7.5', 'e,11', 'f,-1', 'g,10', 'h,seven'].join('\n');
    // Act
    const result = parsed(text, { columnName: 'score', maxExamples: 1 });
    // Assert: the empty cell of row 3 is neither an answer nor reported
    expect(result.n).toBe(2);
    expect(result.ignoredTotal).toBe(5);
    expect(result.ignored).toEqual({
      notANumber: { count: 2, examples: [{ row: 4, column: 2, value: 'n/a' }] },
      notAnInteger: { count: 1, examples: [{ row: 5, column: 2, value: '7.5' }] },
      outOfRange: { count: 2, examples: [{ row: 6, column: 2, value: '11' }] },
    });
  });

  it.each([
    ['q;r\n7,5;8\n9;10', 'column', ';'],
    ['a\tb,c\n1\t2', 'column', '\t'],
    ['9\n10', 'list', null],
    ['1|2\n3|4', 'list', '|'],
    ['9,10,8\n7\n6;5', 'list', null],
  ])('reads %j as a %s (delimiter %j)', (text, layout, delimiter) => {
    const shape = detectShape(text);
    expect(shape.layout).toBe(layout);
    expect(shape.delimiter).toBe(delimiter);
  });

  it('skips blank lines and trailing blank cells without counting them', () => {
    const result = parsed('9,10,\n\n   \n7,');
    expect(result.n).toBe(3);
    expect(result.ignoredTotal).toBe(0);
  });

  it.each([
    ['', {}, { field: 'responses', code: 'required' }],
    ['score\nabc\nxyz', {}, { field: 'responses', code: 'noValidResponses', params: { ignored: 2 } }],
    ['a,b\nx,y\nz,w', {}, { field: 'column', code: 'noScoreColumn', params: { columns: 2 } }],
    ['q1,q2\n9,8', { columnName: 'nps' }, { field: 'column', code: 'columnNotFound', params: { column: 'nps' } }],
    ['9,8\n7,6', { columnNumber: 3 }, { field: 'column', code: 'columnNotFound', params: { column: 3, columns: 2 } }],
  ])('fails on %j %j', (text, options, issue) => {
    expect(parseNpsResponses(text, options)).toEqual({ ok: false, issues: [issue] });
  });
});

describe('parseNpsResponses: properties', () => {
  it('finds every answer written one per line, in any order, and counts every junk value once', () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 10 }).map(String), fc.constantFrom('x', '11', '-3', '4.5', 'N/A'));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 200 }), (values) => {
        // Arrange
        const valid = values.filter((v) => typeof classify(v) === 'number').length;
        fc.pre(valid > 0 && !/^[a-z/]/i.test(values[0] ?? '')); // a text first line would be a header
        // Act
        const result = parsed(values.join('\n'));
        // Assert
        expect(result.n).toBe(valid);
        expect(result.n + result.ignoredTotal).toBe(values.length);
        expect(result.distribution.reduce((a, b) => a + b, 0)).toBe(valid);
      }),
      { numRuns: 1000 },
    );
  });
});
