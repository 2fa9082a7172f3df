import fc from 'fast-check';
import { createHash } from 'node:crypto';
import {
  base32,
  buildRecordFile,
  canonicalText,
  parseCode,
  printedCode,
  verificationCode,
  type CompletionRecord,
} from '../../../src/domain/trainee/record';
import { parseRecordFile, verifyRecord } from '../../../src/schemas/record';

const record: CompletionRecord = {
  name: 'Li Wei',
  issuedOn: '2026-12-02',
  lessons: { completed: 12, total: 19 },
  modules: [
    { module: 'A', lessonsCompleted: 3, lessons: 3, assessment: { percent: 80, passed: true } },
    { module: 'B', lessonsCompleted: 1, lessons: 4, assessment: null },
  ],
  cases: [{ caseId: 'kimura-slippers', endingId: 'slippers', overall: 85 }],
  worksheetComplete: true,
  objectives: [
    { objective: 1, percent: 75 },
    { objective: 2, percent: 40 },
  ],
};

describe('base32', () => {
  it('matches the RFC 4648 test vectors', () => {
    const enc = (s: string) => base32(new TextEncoder().encode(s));
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map(enc)).toEqual([
      '',
      'MY',
      'MZXQ',
      'MZXW6',
      'MZXW6YQ',
      'MZXW6YTB',
      'MZXW6YTBOI',
    ]);
  });
});

describe('verification code', () => {
  it('is the first 10 base-32 characters of the SHA-256 of the canonical text (checked against Node’s own hash)', async () => {
    const expected = base32(createHash('sha256').update(canonicalText(record), 'utf8').digest()).slice(0, 10);
    expect(await verificationCode(record)).toBe(expected);
    expect(expected).toMatch(/^[A-Z2-7]{10}$/);
  });

  it('does not depend on the order of keys', async () => {
    const reordered = JSON.parse(
      JSON.stringify({
        objectives: record.objectives,
        worksheetComplete: true,
        cases: record.cases,
        modules: record.modules,
        lessons: { total: 19, completed: 12 },
        issuedOn: record.issuedOn,
        name: record.name,
      }),
    );
    expect(canonicalText(reordered)).toBe(canonicalText(record));
    expect(await verificationCode(reordered)).toBe(await verificationCode(record));
  });

  it('changes with any change to the record', async () => {
    const base = await verificationCode(record);
    const changed: CompletionRecord[] = [
      { ...record, name: 'Li Wei ' },
      { ...record, issuedOn: '2026-12-03' },
      { ...record, lessons: { completed: 13, total: 19 } },
      { ...record, cases: [{ ...record.cases[0]!, overall: 86 }] },
      { ...record, worksheetComplete: false },
      {
        ...record,
        modules: [{ ...record.modules[0]!, assessment: { percent: 80, passed: false } }, record.modules[1]!],
      },
    ];
    for (const r of changed) expect(await verificationCode(r)).not.toBe(base);
  });

  it('property: the same record gives the same code; a different name gives a different one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 100 }),
        fc.string({ maxLength: 100 }),
        fc.integer({ min: 0, max: 100 }),
        async (a, b, overall) => {
          const ra = { ...record, name: a, cases: [{ ...record.cases[0]!, overall }] };
          const rb = { ...record, name: b, cases: [{ ...record.cases[0]!, overall }] };
          const [ca, ca2, cb] = await Promise.all([
            verificationCode(ra),
            verificationCode(structuredClone(ra)),
            verificationCode(rb),
          ]);
          expect(ca).toBe(ca2);
          if (a !== b) expect(ca).not.toBe(cb);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('typed codes', () => {
  it('accepts the printed form, lower case, spaces, and the digits people read for O, I and B', () => {
    expect(printedCode('ABCDEFGHIJ')).toBe('ABCDE-FGHIJ');
    expect(parseCode(' abcde-fghij ')).toEqual({ ok: true, value: 'ABCDEFGHIJ' });
    expect(parseCode('0I8AA 22222')).toEqual({ ok: true, value: 'OIBAA22222' });
  });
  it('says what is wrong with a code', () => {
    expect(parseCode('   ')).toEqual({ ok: false, issues: [{ field: 'code', code: 'required' }] });
    expect(parseCode('ABCDE')).toEqual({
      ok: false,
      issues: [{ field: 'code', code: 'codeLength', params: { length: 5, expected: 10 } }],
    });
    expect(parseCode('ABCDE-FGH9!')).toEqual({
      ok: false,
      issues: [{ field: 'code', code: 'codeCharacters', params: { chars: '9 !' } }],
    });
  });
});

describe('record file', () => {
  it('round-trips through the file', () => {
    expect(parseRecordFile(buildRecordFile(record))).toEqual({ ok: true, value: record });
  });

  it('names what is wrong with a bad file', () => {
    const file = (r: unknown, extra: object = {}) =>
      JSON.stringify({ format: 'ccl-completion-record', formatVersion: 1, record: r, ...extra });
    expect(parseRecordFile('{"format": "ccl-completion-record",\n  "record": oops}')).toEqual({
      ok: false,
      issues: [{ field: 'file', code: 'notJson', params: { line: 2, column: 13 } }],
    });
    expect(parseRecordFile('{"format": ')).toEqual({ ok: false, issues: [{ field: 'file', code: 'notJsonEnd' }] });
    expect(parseRecordFile(JSON.stringify({ format: 'ccl-care-plan', formatVersion: 1 }))).toEqual({
      ok: false,
      issues: [{ field: 'file', code: 'notRecordFile' }],
    });
    expect(parseRecordFile(file(record, { formatVersion: 2 }))).toEqual({
      ok: false,
      issues: [{ field: 'file', code: 'newerFormat', params: { version: 2 } }],
    });
    const broken = parseRecordFile(
      file({ ...record, issuedOn: '2026-02-30', cases: [{ caseId: 'x', endingId: 'y', overall: 101 }] }),
    );
    expect(broken).toEqual({
      ok: false,
      issues: [
        { field: 'record.issuedOn', code: 'invalidFormat', params: { format: 'date', value: '2026-02-30' } },
        { field: 'record.cases.0.overall', code: 'outOfRange', params: { max: 100 } },
      ],
    });
    // More than the lessons there are, a key the format does not have, a missing field.
    const edited = parseRecordFile(
      file({ ...record, lessons: { completed: 20, total: 19 }, grade: 'A', worksheetComplete: undefined }),
    );
    expect(edited).toEqual({
      ok: false,
      issues: expect.arrayContaining([
        { field: 'record.lessons', code: 'moreThanTotal', params: { part: 'completed', whole: 'total' } },
        { field: 'record.grade', code: 'unknownKey', params: { key: 'grade' } },
        { field: 'record.worksheetComplete', code: 'required' },
      ]),
    });
    expect(parseRecordFile('x'.repeat(70_000))).toEqual({
      ok: false,
      issues: [{ field: 'file', code: 'tooLarge', params: { max: 64 } }],
    });
  });

  it('verifies: the right code matches, a changed record or a wrong code does not', async () => {
    const code = await verificationCode(record);
    expect((await verifyRecord(buildRecordFile(record), printedCode(code).toLowerCase())).kind).toBe('match');
    expect((await verifyRecord(buildRecordFile({ ...record, lessons: { completed: 19, total: 19 } }), code)).kind).toBe(
      'noMatch',
    );
    const other = code[0] === 'A' ? `B${code.slice(1)}` : `A${code.slice(1)}`;
    expect((await verifyRecord(buildRecordFile(record), other)).kind).toBe('noMatch');
    expect(await verifyRecord('nope', '')).toEqual({
      kind: 'invalid',
      issues: [
        { field: 'file', code: 'notJson', params: { line: 1, column: 2 } },
        { field: 'code', code: 'required' },
      ],
    });
  });
});
