import { buildWorksheetFile, parseWorksheetFile, worksheetSlot } from '../../../src/domain/worksheet';
import { jsonSyntaxError } from '../../../src/domain/files/json';
import { filledWorksheet } from './fixtures';

const NOW = new Date('2026-11-24T10:00:00Z');

describe('worksheet files', () => {
  it('export → import gives back exactly the worksheet', () => {
    const text = buildWorksheetFile(filledWorksheet(), worksheetSlot.version, NOW);
    expect(JSON.parse(text)).toMatchObject({
      format: 'ccl-care-plan',
      formatVersion: 1,
      exportedAt: '2026-11-24T10:00:00.000Z',
    });
    expect(parseWorksheetFile(text, worksheetSlot)).toEqual({ ok: true, value: filledWorksheet() });
  });

  it('names the line and column of a JSON syntax error', () => {
    const text = '{\n  "format": "ccl-care-plan",\n  "formatVersion": 1,\n  "worksheet": { "plan": [1 2] }\n}';
    expect(parseWorksheetFile(text, worksheetSlot)).toEqual({
      ok: false,
      issues: [{ field: 'file', code: 'notJson', params: { line: 4, column: 29 } }],
    });
  });

  it('says so when the file is empty or cut short', () => {
    expect(parseWorksheetFile('', worksheetSlot)).toEqual({
      ok: false,
      issues: [{ field: 'file', code: 'notJsonEnd' }],
    });
    expect(parseWorksheetFile('{"format": "ccl-care-plan", "work', worksheetSlot)).toEqual({
      ok: false,
      issues: [{ field: 'file', code: 'notJsonEnd' }],
    });
  });

  it.each([
    ['another JSON file', '{"hello": 1}', { field: 'file', code: 'notWorksheetFile' }],
    [
      'a site backup',
      '{"format": "ccl-backup", "formatVersion": 1, "slots": {}}',
      { field: 'file', code: 'notWorksheetFile' },
    ],
    [
      'a newer format',
      '{"format": "ccl-care-plan", "formatVersion": 9, "worksheet": {}}',
      { field: 'file', code: 'newerFormat', params: { version: 9 } },
    ],
    ['a list', '[1, 2]', { field: 'file', code: 'notWorksheetFile' }],
  ])('refuses %s', (_name, text, issue) => {
    expect(parseWorksheetFile(text, worksheetSlot)).toEqual({ ok: false, issues: [issue] });
  });

  it('passes on the precise issues of a well-formed file with bad fields', () => {
    const file = JSON.parse(buildWorksheetFile(filledWorksheet(), 1, NOW));
    file.worksheet.plan[1].cost = 'a lot';
    expect(parseWorksheetFile(JSON.stringify(file), worksheetSlot)).toEqual({
      ok: false,
      issues: [{ field: 'plan.1.cost', code: 'notANumber', params: { value: 'a lot' } }],
    });
  });

  it('refuses a file over 1 MB before reading it', () => {
    expect(parseWorksheetFile(' '.repeat(1024 * 1024 + 1), worksheetSlot)).toEqual({
      ok: false,
      issues: [{ field: 'file', code: 'tooLarge', params: { max: 1024 } }],
    });
  });

  it('runs migrations from an older format version', () => {
    const slot = { version: 2, migrations: { 1: (data: unknown) => ({ ...(data as object), checklist: [] }) } };
    const file = JSON.stringify({
      format: 'ccl-care-plan',
      formatVersion: 1,
      worksheet: { ...filledWorksheet(), checklist: 'old' },
    });
    const result = parseWorksheetFile(file, slot);
    expect(result.ok && result.value.checklist).toEqual([]);
    expect(parseWorksheetFile(file, { version: 2 })).toEqual({
      ok: false,
      issues: [{ field: 'file', code: 'noMigration', params: { version: 1 } }],
    });
  });
});

describe('jsonSyntaxError', () => {
  it.each([
    ['{"a": 1}', null],
    [' [1, 2.5e3, -0, "x\\u00e9", true, false, null] ', null],
    ['{"a": 1,}', { offset: 8, line: 1, column: 9 }],
    ['{"a": x}', { offset: 6, line: 1, column: 7 }],
    ['[1,\n 2,\n oops]', { offset: 9, line: 3, column: 2 }],
    ['{"a": "b\nc"}', { offset: 8, line: 1, column: 9 }],
    ['{"a": 01}', { offset: 7, line: 1, column: 8 }],
    ['{} extra', { offset: 3, line: 1, column: 4 }],
    ['"\\x"', { offset: 2, line: 1, column: 3 }],
  ])('%j → %j', (text, expected) => {
    expect(jsonSyntaxError(text)).toEqual(expected);
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const text of [
      '{}',
      '[]',
      '0',
      '"',
      '{"a":[{}]}',
      '[,]',
      '1.',
      '.5',
      'nul',
      '{"a" 1}',
      '\t{"x":"\\"\\\\"}\n',
    ]) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(jsonSyntaxError(text) === null, text).toBe(valid);
    }
  });
});
