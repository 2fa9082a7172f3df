import fc from 'fast-check';
import { buildAttemptRecord, type AttemptRecord } from '../../../src/domain/cases/attempt';
import { startCase } from '../../../src/domain/cases/engine';
import { MAX_REPORTED_ISSUES, parseAttemptRecord } from '../../../src/schemas/attempt';
import { play, restaurant, tinyScenario } from './fixtures';

const BEST = ['happy-to-help', 'check-booking', 'full-reset', 'greet-and-check-once'];
const SESSION = {
  locale: 'en' as const,
  startedAt: '2025-03-01T09:00:00.000Z',
  finishedAt: '2025-03-01T09:12:30.000Z',
};

function bestRecord(): AttemptRecord {
  const built = buildAttemptRecord(
    restaurant,
    play(restaurant, BEST),
    { text: 'I would say yes first.', checklist: { 'listened-first': true, 'no-blame': true } },
    SESSION,
  );
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  return built.value;
}

/** The record as a plain JSON value to tamper with. */
function asJson(): Record<string, unknown> & { scores: Record<string, unknown>; reflection: Record<string, unknown> } {
  return JSON.parse(JSON.stringify(bestRecord()));
}

describe('buildAttemptRecord', () => {
  it('records the path, choices, recomputed scores, ending and a complete checklist', () => {
    const record = bestRecord();
    expect(record).toMatchObject({
      format: 'case-attempt',
      formatVersion: 1,
      caseId: 'restaurant-seat-change',
      caseVersion: 1,
      locale: 'en',
      endingId: 'ending-exemplary',
      scores: { empathy: 4, flexibility: 3, ownership: 2, dignity: 2, followThrough: 2, proactivity: 4 },
      startedAt: '2025-03-01T09:00:00.000Z',
      finishedAt: '2025-03-01T09:12:30.000Z',
    });
    expect(record.choices).toHaveLength(4);
    expect(record.reflection.checklist).toEqual({
      'listened-first': true,
      'no-blame': true,
      'looked-for-options': false,
      'acted-myself': false,
      'kept-promises': false,
      anticipated: false,
      'followed-up': false,
    });
  });

  it('normalises times given as dates or offsets to ISO UTC', () => {
    const built = buildAttemptRecord(
      restaurant,
      play(restaurant, BEST),
      { text: '', checklist: {} },
      {
        locale: 'zh-cn',
        startedAt: new Date(Date.UTC(2025, 2, 1, 9)),
        finishedAt: '2025-03-01T18:30:00+08:00',
      },
    );
    expect(built.ok && [built.value.startedAt, built.value.finishedAt]).toEqual([
      '2025-03-01T09:00:00.000Z',
      '2025-03-01T10:30:00.000Z',
    ]);
  });

  it.each([
    {
      name: 'an unfinished case',
      state: () => startCase(restaurant),
      reflection: { text: '', checklist: {} },
      session: SESSION,
      issue: { field: 'state', code: 'notFinished' },
    },
    {
      name: 'a reflection over 5,000 characters',
      state: () => play(restaurant, BEST),
      reflection: { text: 'x'.repeat(5001), checklist: {} },
      session: SESSION,
      issue: { field: 'reflection.text', code: 'tooLong', params: { max: 5000, length: 5001 } },
    },
    {
      name: 'a checklist item the case does not have',
      state: () => play(restaurant, BEST),
      reflection: { text: '', checklist: { 'smiled-a-lot': true } },
      session: SESSION,
      issue: {
        field: 'reflection.checklist.smiled-a-lot',
        code: 'unknownChecklistItem',
        params: { itemId: 'smiled-a-lot' },
      },
    },
    {
      name: 'a time that is not a date',
      state: () => play(restaurant, BEST),
      reflection: { text: '', checklist: {} },
      session: { ...SESSION, startedAt: 'this morning' },
      issue: { field: 'startedAt', code: 'invalidDate', params: { value: 'this morning' } },
    },
    {
      name: 'a finish before the start',
      state: () => play(restaurant, BEST),
      reflection: { text: '', checklist: {} },
      session: { ...SESSION, finishedAt: '2025-03-01T08:00:00.000Z' },
      issue: { field: 'finishedAt', code: 'finishedBeforeStarted' },
    },
    {
      name: 'a state from another case',
      state: () => play(tinyScenario(), ['kind']),
      reflection: { text: '', checklist: {} },
      session: SESSION,
      issue: { field: 'state', code: 'stateMismatch', params: { caseId: 'restaurant-seat-change', caseVersion: 1 } },
    },
  ])('refuses $name', ({ state, reflection, session, issue }) => {
    const built = buildAttemptRecord(restaurant, state(), reflection, session);
    expect(built.ok).toBe(false);
    expect(built.ok ? [] : built.issues).toContainEqual(issue);
  });
});

describe('parseAttemptRecord', () => {
  it('gives back exactly what was built, after a trip through JSON', () => {
    const record = bestRecord();
    const text = JSON.stringify(record);
    expect(parseAttemptRecord(JSON.parse(text), [restaurant])).toEqual({ ok: true, value: record });
    expect(parseAttemptRecord(JSON.parse(text))).toEqual({ ok: true, value: record });
  });

  const tampered: {
    name: string;
    edit: (r: ReturnType<typeof asJson>) => unknown;
    issue: { field: string; code: string; params?: Record<string, string | number> };
  }[] = [
    {
      name: 'a raised score',
      edit: (r) => ((r.scores.empathy = 5), r),
      issue: {
        field: 'scores.empathy',
        code: 'scoreMismatch',
        params: { dimension: 'empathy', expected: 4, found: 5 },
      },
    },
    {
      name: 'a score removed',
      edit: (r) => (delete r.scores.dignity, r),
      issue: { field: 'scores.dignity', code: 'required', params: { dimension: 'dignity' } },
    },
    {
      name: 'a path with a node swapped in',
      edit: (r) => (((r.path as string[])[3] = 'explain-guarded'), r),
      issue: {
        field: 'path.3',
        code: 'pathMismatch',
        params: { index: 3, expected: 'explain-warm', found: 'explain-guarded' },
      },
    },
    {
      name: 'a path cut short',
      edit: (r) => {
        (r.path as string[]).splice(4, 1);
        return r;
      },
      issue: { field: 'path.4', code: 'pathMismatch', params: { index: 4, expected: 'look-around', found: 'offer' } },
    },
    {
      name: 'a choice at a decision the path never reached',
      edit: (r) => {
        (r.choices as { nodeId: string }[])[1] = { nodeId: 'after-refusal', choiceId: 'come-back' } as never;
        return r;
      },
      issue: {
        field: 'choices.1.nodeId',
        code: 'choiceNodeMismatch',
        params: { index: 1, expected: 'offer', found: 'after-refusal' },
      },
    },
    {
      name: 'a choice that does not exist',
      edit: (r) => {
        (r.choices as { choiceId: string }[])[0]!.choiceId = 'teleport';
        return r;
      },
      issue: {
        field: 'choices.0.choiceId',
        code: 'unknownChoice',
        params: { nodeId: 'first-reply', choiceId: 'teleport' },
      },
    },
    {
      name: 'a choice too many',
      edit: (r) => {
        (r.choices as unknown[]).push({ nodeId: 'girlfriend-arrives', choiceId: 'check-often' });
        return r;
      },
      issue: { field: 'choices.4', code: 'extraChoice', params: { index: 4 } },
    },
    {
      name: 'a choice missing',
      edit: (r) => {
        (r.choices as unknown[]).pop();
        return r;
      },
      issue: { field: 'choices', code: 'pathIncomplete', params: { nodeId: 'girlfriend-arrives' } },
    },
    {
      name: 'a better ending claimed',
      edit: (r) => {
        (r.path as string[])[(r.path as string[]).length - 1] = 'ending-recovered';
        r.endingId = 'ending-recovered';
        return r;
      },
      issue: {
        field: 'endingId',
        code: 'endingMismatch',
        params: { expected: 'ending-exemplary', found: 'ending-recovered' },
      },
    },
    {
      name: 'an ending that is not the last node',
      edit: (r) => ((r.endingId = 'ending-recovered'), r),
      issue: {
        field: 'endingId',
        code: 'endingNotLast',
        params: { expected: 'ending-exemplary', found: 'ending-recovered' },
      },
    },
    {
      name: 'another version of the case',
      edit: (r) => ((r.caseVersion = 2), r),
      issue: { field: 'caseVersion', code: 'caseVersionMismatch', params: { expected: '1', found: 2 } },
    },
    {
      name: 'a case that is not loaded',
      edit: (r) => ((r.caseId = 'kimura-slippers'), r),
      issue: { field: 'caseId', code: 'unknownCase', params: { caseId: 'kimura-slippers' } },
    },
    {
      name: 'a checklist item removed',
      edit: (r) => (delete (r.reflection.checklist as Record<string, unknown>)['no-blame'], r),
      issue: { field: 'reflection.checklist.no-blame', code: 'required', params: { itemId: 'no-blame' } },
    },
    {
      name: 'a checklist item added',
      edit: (r) => (((r.reflection.checklist as Record<string, unknown>)['did-great'] = true), r),
      issue: { field: 'reflection.checklist.did-great', code: 'unknownChecklistItem', params: { itemId: 'did-great' } },
    },
    {
      name: 'a missing field',
      edit: (r) => (delete r.endingId, r),
      issue: { field: 'endingId', code: 'required' },
    },
    {
      name: 'a number written as a string',
      edit: (r) => ((r.caseVersion = '1'), r),
      issue: { field: 'caseVersion', code: 'notANumber', params: { value: '1' } },
    },
    {
      name: 'a fractional score',
      edit: (r) => ((r.scores.empathy = 4.5), r),
      issue: { field: 'scores.empathy', code: 'notAnInteger', params: { value: 4.5 } },
    },
    {
      name: 'a list where an object belongs',
      edit: (r) => ((r.reflection = [] as never), r),
      issue: { field: 'reflection', code: 'invalidType', params: { expected: 'object', found: 'array' } },
    },
    {
      name: 'a locale the site does not have',
      edit: (r) => ((r.locale = 'fr'), r),
      issue: { field: 'locale', code: 'invalidValue', params: { allowed: 'en|zh-cn', value: 'fr' } },
    },
    {
      name: 'another kind of file',
      edit: (r) => ((r.format = 'quiz-result'), r),
      issue: { field: 'format', code: 'notACaseAttempt', params: { expected: 'case-attempt', found: 'quiz-result' } },
    },
    {
      name: 'a future format version',
      edit: (r) => ((r.formatVersion = 2), r),
      issue: { field: 'formatVersion', code: 'unsupportedFormatVersion', params: { supported: 1, found: 2 } },
    },
    {
      name: 'a date that is not ISO',
      edit: (r) => ((r.startedAt = '1 March 2025'), r),
      issue: { field: 'startedAt', code: 'invalidFormat', params: { format: 'datetime', value: '1 March 2025' } },
    },
    {
      name: 'a finish before the start',
      edit: (r) => ((r.finishedAt = '2025-03-01T08:00:00.000Z'), r),
      issue: { field: 'finishedAt', code: 'finishedBeforeStarted' },
    },
    {
      name: 'an unknown top-level key',
      edit: (r) => ((r.grade = 'A'), r),
      issue: { field: 'grade', code: 'unknownKey', params: { key: 'grade' } },
    },
    {
      name: 'an unknown dimension',
      edit: (r) => ((r.scores.charm = 3), r),
      issue: { field: 'scores.charm', code: 'unknownDimension', params: { dimension: 'charm' } },
    },
    {
      name: 'an id with spaces',
      edit: (r) => ((r.endingId = 'the best ending'), r),
      issue: { field: 'endingId', code: 'invalidFormat', params: { format: 'regex', value: 'the best ending' } },
    },
    {
      name: 'a huge reflection',
      edit: (r) => ((r.reflection.text = 'x'.repeat(1_000_000)), r),
      issue: { field: 'reflection.text', code: 'tooLong', params: { max: 5000 } },
    },
    {
      name: 'a huge id',
      edit: (r) => ((r.caseId = 'a'.repeat(100_000)), r),
      issue: { field: 'caseId', code: 'tooLong', params: { max: 64 } },
    },
    {
      name: 'a huge path',
      edit: (r) => ((r.path = Array.from({ length: 10_000 }, () => 'offer')), r),
      issue: { field: 'path', code: 'tooMany', params: { max: 500 } },
    },
    {
      name: 'too many checklist items',
      edit: (r) => {
        for (let i = 0; i < 60; i += 1) (r.reflection.checklist as Record<string, unknown>)[`item-${i}`] = true;
        return r;
      },
      issue: { field: 'reflection.checklist', code: 'tooMany', params: { max: 50 } },
    },
    {
      name: 'not an object at all',
      edit: () => 'case-attempt',
      issue: { field: '', code: 'invalidType', params: { expected: 'object', found: 'string' } },
    },
  ];

  it.each(tampered)('catches $name', ({ edit, issue }) => {
    // Arrange
    const input = edit(asJson());
    // Act
    const parsed = parseAttemptRecord(input, [restaurant]);
    // Assert
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.issues).toContainEqual(issue);
  });

  it.each([
    {
      where: 'the top level',
      json: (r: string) => r.replace('{', '{"__proto__":{"polluted":true},'),
      field: '__proto__',
    },
    {
      where: 'the checklist',
      json: (r: string) => r.replace('"checklist":{', '"checklist":{"__proto__":true,'),
      field: 'reflection.checklist.__proto__',
    },
    {
      where: 'the scores',
      json: (r: string) => r.replace('"scores":{', '"scores":{"constructor":1,'),
      field: 'scores.constructor',
    },
  ])('refuses a forbidden key in $where and leaves Object.prototype alone', ({ json, field }) => {
    // Arrange
    const text = json(JSON.stringify(bestRecord()));
    // Act
    const parsed = parseAttemptRecord(JSON.parse(text), [restaurant]);
    // Assert
    expect(parsed.ok ? [] : parsed.issues).toContainEqual({
      field,
      code: 'forbiddenKey',
      params: { key: field.split('.').at(-1) },
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('caps the number of issues reported for a hostile file', () => {
    const input: Record<string, unknown> = asJson();
    for (let i = 0; i < 500; i += 1) input[`junk${i}`] = i;
    const parsed = parseAttemptRecord(input);
    expect(parsed.ok ? [] : parsed.issues).toHaveLength(MAX_REPORTED_ISSUES + 1);
    expect(parsed.ok ? undefined : parsed.issues.at(-1)).toEqual({
      field: '',
      code: 'tooManyIssues',
      params: { shown: MAX_REPORTED_ISSUES, total: 500 },
    });
  });

  it('turns a throwing getter into an issue instead of an exception', () => {
    const hostile = { ...asJson() };
    Object.defineProperty(hostile, 'caseId', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(parseAttemptRecord(hostile)).toEqual({ ok: false, issues: [{ field: '', code: 'unreadable' }] });
  });
});

describe('parseAttemptRecord on arbitrary input', () => {
  const wellFormed = (parsed: ReturnType<typeof parseAttemptRecord>): void => {
    if (parsed.ok) return;
    expect(parsed.issues.length).toBeGreaterThan(0);
    expect(parsed.issues.length).toBeLessThanOrEqual(MAX_REPORTED_ISSUES + 1);
    for (const issue of parsed.issues) {
      expect(typeof issue.field).toBe('string');
      expect(issue.code).toMatch(/^[a-z][A-Za-z]*$/);
      for (const value of Object.values(issue.params ?? {})) expect(['string', 'number']).toContain(typeof value);
    }
  };

  it('never throws on anything', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withSparseArray: true }), (value) => {
        const parsed = parseAttemptRecord(value, [restaurant]);
        expect(parsed.ok).toBe(false);
        wellFormed(parsed);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseAttemptRecord(value, [restaurant]);
        expect(parsed.ok).toBe(false);
        wellFormed(parsed);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws when one field of a real record is replaced by any JSON value, and only accepts the original value', () => {
    const keys = Object.keys(asJson());
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const record = asJson();
        const original = JSON.stringify(record[key]);
        record[key] = value;
        const parsed = parseAttemptRecord(JSON.parse(JSON.stringify(record)), [restaurant]);
        wellFormed(parsed);
        if (parsed.ok) expect(JSON.stringify(parsed.value[key as keyof AttemptRecord])).toBe(original);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on JSON text with __proto__ keys anywhere', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const text = `{"__proto__":${JSON.stringify(a)},"reflection":{"checklist":{"__proto__":${JSON.stringify(b)}}}}`;
        const parsed = parseAttemptRecord(JSON.parse(text));
        expect(parsed.ok ? [] : parsed.issues).toContainEqual({
          field: '__proto__',
          code: 'forbiddenKey',
          params: { key: '__proto__' },
        });
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
      }),
      { numRuns: 1000 },
    );
  });
});
