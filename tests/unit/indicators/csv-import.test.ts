import fc from 'fast-check';
import { importResponsesCsv, normaliseHeader } from '../../../src/domain/indicators/csv-import';
import { questionnaireFor } from './fixtures';

const items = questionnaireFor(
  [
    'repurchase-intention',
    { source: 'library', id: 'recommendation-intention', scale: { min: 0, max: 10 } },
    'selection-time',
  ],
  'Acme',
).items;

describe('CSV import of responses', () => {
  it('reads a comma-separated file with columns matched by indicator id', () => {
    // Arrange
    const csv = 'respondent,repurchase-intention,recommendation-intention,selection-time\nR1,4,5,2\nR2,3,1,5\n';
    // Act
    const result = importResponsesCsv(csv, items);
    // Assert
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.delimiter).toBe(',');
    expect(result.value.responses).toEqual({
      indicatorIds: ['repurchase-intention', 'recommendation-intention', 'selection-time'],
      respondents: [
        { id: 'R1', answers: [4, 5, 2] },
        { id: 'R2', answers: [3, 1, 5] },
      ],
    });
  });

  it('detects semicolons and tabs, matches question texts and labels in either language, and reorders columns', () => {
    const zh = items.map((i) => i.question['zh-cn']);
    const semicolon = `\uFEFF受访者编号;${items[2]!.label.en};${zh[0]};Q2\n001;1;5;3\n`;
    const tab = `ID\t${items[1]!.question.en}\t${items[0]!.label['zh-cn']}\tSELECTION_TIME\n001\t3\t5\t1\n`;
    for (const [csv, delimiter] of [
      [semicolon, ';'],
      [tab, '\t'],
    ] as const) {
      const result = importResponsesCsv(csv, items);
      expect(result.ok && result.value.delimiter).toBe(delimiter);
      expect(result.ok && result.value.responses.respondents).toEqual([{ id: '001', answers: [5, 3, 1] }]);
    }
  });

  it('tolerates blank lines, a trailing delimiter and spreadsheet quoting', () => {
    const csv =
      'respondent,repurchase-intention,recommendation-intention,selection-time,\n\n"R 1","4","10",2,\r\nR2,1,0,5\r\n\r\n';
    const result = importResponsesCsv(csv, items);
    expect(result.ok && result.value.responses.respondents).toEqual([
      { id: 'R 1', answers: [4, 10, 2] },
      { id: 'R2', answers: [1, 0, 5] },
    ]);
  });

  it.each([
    ['an empty file', '', [{ field: 'file', code: 'emptyFile' }]],
    ['a file of blank lines', '\n \n', [{ field: 'file', code: 'emptyFile' }]],
    [
      'a header without rows',
      'respondent,repurchase-intention,recommendation-intention,selection-time\n',
      [{ field: 'file', code: 'noDataRows' }],
    ],
    [
      'an unknown column',
      'respondent,repurchase-intention,recommendation-intention,selection-time,mood\nR1,4,5,2,1\n',
      [{ field: 'column 5', code: 'unknownColumn', params: { column: 'mood', position: 5 } }],
    ],
    [
      'a missing indicator column and no respondent column',
      'repurchase-intention,recommendation-intention\n4,5\n',
      [
        { field: 'header', code: 'missingRespondentColumn' },
        { field: 'header', code: 'missingColumn', params: { indicatorId: 'selection-time' } },
      ],
    ],
    [
      'the same indicator twice',
      'id,repurchase-intention,recommendation-intention,selection-time,q1\nR1,4,5,2,4\n',
      [{ field: 'column 5', code: 'duplicateColumn', params: { column: 'q1', position: 5, firstPosition: 2 } }],
    ],
    [
      'bad cells',
      'respondent,repurchase-intention,recommendation-intention,selection-time\nR1,4,5,2\nR2,four,11,\nR1,1,1,1\n',
      [
        {
          field: 'row 3, column "repurchase-intention"',
          code: 'notANumber',
          params: { row: 3, column: 'repurchase-intention', value: 'four' },
        },
        {
          field: 'row 3, column "recommendation-intention"',
          code: 'outOfRange',
          params: { row: 3, column: 'recommendation-intention', min: 0, max: 10, value: 11 },
        },
        { field: 'row 3, column "selection-time"', code: 'missing', params: { row: 3, column: 'selection-time' } },
        {
          field: 'row 4, column "respondent"',
          code: 'duplicateRespondent',
          params: { row: 4, column: 'respondent', id: 'R1', firstRow: 2 },
        },
      ],
    ],
    [
      'a row with too few cells',
      'respondent,repurchase-intention,recommendation-intention,selection-time\nR1,4,5\n',
      [{ field: 'row 2', code: 'fieldCount', params: { row: 2, expected: 4, actual: 3 } }],
    ],
    [
      'an unterminated quote',
      'respondent,repurchase-intention,recommendation-intention,selection-time\n"R1,4,5,2\n',
      [{ field: 'file', code: 'malformedCsv', params: { row: 2, reason: 'MissingQuotes' } }],
    ],
  ])('rejects %s with precise issues and no data', (_label, csv, issues) => {
    expect(importResponsesCsv(csv, items)).toEqual({ ok: false, issues });
  });

  it('normalises headers for matching', () => {
    expect(normaliseHeader('  Repurchase_Intention? ')).toBe('repurchase intention');
    expect(normaliseHeader('ＩＤ')).toBe('id');
  });

  const validRows = fc.array(
    fc.record({
      a: fc.integer({ min: 1, max: 5 }),
      b: fc.integer({ min: 0, max: 10 }),
      c: fc.integer({ min: 1, max: 5 }),
    }),
    { minLength: 1, maxLength: 30 },
  );
  const toCsv = (
    rows: readonly { a: number; b: number; c: number }[],
    cells?: (r: number, k: number, v: string) => string,
  ) =>
    [
      'respondent,repurchase-intention,recommendation-intention,selection-time',
      ...rows.map((r, i) =>
        [`R${i}`, ...[r.a, r.b, r.c].map((v, k) => (cells ? cells(i, k, String(v)) : String(v)))].join(','),
      ),
    ].join('\n');

  it('property: a valid file imports every row exactly', () => {
    fc.assert(
      fc.property(validRows, (rows) => {
        const result = importResponsesCsv(toCsv(rows), items);
        expect(result.ok).toBe(true);
        if (result.ok)
          expect(result.value.responses.respondents.map((r) => r.answers)).toEqual(rows.map((r) => [r.a, r.b, r.c]));
      }),
      { numRuns: 1000 },
    );
  });

  it('property: a malformed file yields issues and no data', () => {
    const corruption = fc.oneof(
      fc.constantFrom('', 'abc', '12', '-1', 'NaN', '1e2', '5.5.5', '"'),
      fc
        .string({ minLength: 1, maxLength: 6 })
        .filter((s) => !/^\s*[+-]?(\d+([.,]\d*)?|\.\d+)\s*$/.test(s.normalize('NFKC'))),
    );
    const broken = validRows.chain((rows) =>
      fc.record({
        rows: fc.constant(rows),
        row: fc.nat({ max: rows.length - 1 }),
        column: fc.nat({ max: 2 }),
        bad: corruption,
      }),
    );
    fc.assert(
      fc.property(broken, ({ rows, row, column, bad }) => {
        const csv = toCsv(rows, (r, k, v) => (r === row && k === column ? bad : v));
        const result = importResponsesCsv(csv, items);
        expect(result.ok).toBe(false);
        expect('value' in result).toBe(false);
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});
