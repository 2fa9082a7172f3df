import { parseAnswerCell, validateResponseSet, validateTypedResponses } from '../../../src/domain/indicators/responses';

const columns = [
  { indicatorId: 'repurchase-intention', scale: { min: 1, max: 5 } },
  { indicatorId: 'recommendation-intention', scale: { min: 0, max: 10 } },
];

describe('answer cells', () => {
  it.each([
    ['4', 4],
    [' 3.5 ', 3.5],
    ['3,5', 3.5],
    ['４', 4],
    [7, 7],
  ] as const)('reads %j as %s', (cell, value) => {
    expect(parseAnswerCell(cell)).toEqual({ kind: 'value', value });
  });

  it.each([[''], ['  '], [null], [undefined]])('treats %j as missing', (cell) => {
    expect(parseAnswerCell(cell)).toEqual({ kind: 'missing' });
  });

  it.each([['four'], ['0x4'], ['1e3'], ['Infinity'], ['3..5'], [Number.NaN], ['1,2,3']])('rejects %j', (cell) => {
    expect(parseAnswerCell(cell)).toEqual({ kind: 'notANumber' });
  });
});

describe('typed-in responses', () => {
  it('accepts a complete table', () => {
    const result = validateTypedResponses(
      [
        { respondentId: 'R1', answers: ['4', '9'] },
        { respondentId: 'R2', answers: [2, 0] },
      ],
      columns,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        indicatorIds: ['repurchase-intention', 'recommendation-intention'],
        respondents: [
          { id: 'R1', answers: [4, 9] },
          { id: 'R2', answers: [2, 0] },
        ],
      },
    });
  });

  it('reports every bad cell by row and column, and returns no data', () => {
    const result = validateTypedResponses(
      [
        { respondentId: 'R1', answers: ['4', 'nine'] },
        { respondentId: 'R1', answers: ['6', ''] },
        { respondentId: '', answers: ['1', '1'] },
      ],
      columns,
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          field: 'row 1, column "recommendation-intention"',
          code: 'notANumber',
          params: { row: 1, column: 'recommendation-intention', value: 'nine' },
        },
        {
          field: 'row 2, column "respondent"',
          code: 'duplicateRespondent',
          params: { row: 2, column: 'respondent', id: 'R1', firstRow: 1 },
        },
        {
          field: 'row 2, column "repurchase-intention"',
          code: 'outOfRange',
          params: { row: 2, column: 'repurchase-intention', min: 1, max: 5, value: 6 },
        },
        {
          field: 'row 2, column "recommendation-intention"',
          code: 'missing',
          params: { row: 2, column: 'recommendation-intention' },
        },
        { field: 'row 3, column "respondent"', code: 'missing', params: { row: 3, column: 'respondent' } },
      ],
    });
  });

  it('lists the first 50 issues and counts the rest', () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ respondentId: `R${i}`, answers: ['x', '1'] }));
    const result = validateTypedResponses(rows, columns);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(51);
    expect(result.issues[50]).toEqual({ field: 'table', code: 'moreIssues', params: { shown: 50, omitted: 10 } });
  });

  it('rejects an empty table', () => {
    expect(validateTypedResponses([], columns)).toEqual({
      ok: false,
      issues: [{ field: 'table', code: 'tooFew', params: { min: 1 } }],
    });
  });
});

describe('saved response sets', () => {
  it('accepts columns in another order', () => {
    const set = {
      indicatorIds: ['recommendation-intention', 'repurchase-intention'],
      respondents: [{ id: 'A', answers: [10, 5] }],
    };
    expect(validateResponseSet(set, columns)).toEqual({ ok: true, value: set });
  });

  it('names missing and unknown columns and out-of-scale answers', () => {
    expect(validateResponseSet({ indicatorIds: ['repurchase-intention', 'mood'], respondents: [] }, columns)).toEqual({
      ok: false,
      issues: [
        { field: 'responses.indicatorIds.1', code: 'unknownIndicator', params: { id: 'mood' } },
        { field: 'responses.indicatorIds', code: 'missingIndicator', params: { id: 'recommendation-intention' } },
      ],
    });
    const set = {
      indicatorIds: ['repurchase-intention', 'recommendation-intention'],
      respondents: [
        { id: 'A', answers: [5, 11] },
        { id: 'A', answers: [5] },
      ],
    };
    expect(validateResponseSet(set, columns)).toEqual({
      ok: false,
      issues: [
        { field: 'responses.respondents.0.answers.1', code: 'outOfRange', params: { min: 0, max: 10, value: 11 } },
        { field: 'responses.respondents.1.id', code: 'duplicate', params: { value: 'A', first: 1 } },
        { field: 'responses.respondents.1.answers', code: 'wrongLength', params: { expected: 2, actual: 1 } },
      ],
    });
  });
});
