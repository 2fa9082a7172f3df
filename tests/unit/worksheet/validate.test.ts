import fc from 'fast-check';
import {
  COST_MAX,
  LIMITS,
  initialWorksheet,
  isCalendarDate,
  locateIssue,
  reviewWorksheet,
  validateWorksheet,
  worksheetSlot,
} from '../../../src/domain/worksheet';
import { decodeRaw, encodeEnvelope } from '../../../src/domain/storage/slot';
import { ALL_SLOTS } from '../../../src/stores/registry';
import { filledWorksheet } from './fixtures';

/** A deep copy as plain JSON, ready to be broken by a test. */
const raw = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, any>;

describe('validateWorksheet', () => {
  it('accepts a fresh worksheet and a filled-in one unchanged', () => {
    expect(validateWorksheet(initialWorksheet())).toEqual({ ok: true, value: initialWorksheet() });
    expect(validateWorksheet(filledWorksheet())).toEqual({ ok: true, value: filledWorksheet() });
  });

  it.each([
    [
      'a cost that is text',
      (d: any) => (d.plan[1].cost = 'abc'),
      { field: 'plan.1.cost', code: 'notANumber', params: { value: 'abc' } },
    ],
    [
      'a negative cost',
      (d: any) => (d.plan[1].cost = -5),
      { field: 'plan.1.cost', code: 'outOfRange', params: { value: -5, min: 0, max: COST_MAX } },
    ],
    [
      'a form of care that is not one of the nine',
      (d: any) => (d.plan[0].form = 'vipLounge'),
      { field: 'plan.0.form', code: 'unknownForm', params: { value: 'vipLounge' } },
    ],
    [
      'an unknown channel',
      (d: any) => (d.plan[0].channel = 'fax'),
      { field: 'plan.0.channel', code: 'unknownChannel', params: { value: 'fax' } },
    ],
    [
      'a measure over its length bound',
      (d: any) => (d.plan[1].measure = 'x'.repeat(LIMITS.measure + 1)),
      { field: 'plan.1.measure', code: 'tooLong', params: { max: LIMITS.measure, length: LIMITS.measure + 1 } },
    ],
    ['a need that is a number', (d: any) => (d.plan[0].need = 42), { field: 'plan.0.need', code: 'notText' }],
    [
      'a due date that does not exist',
      (d: any) => (d.checklist[0].due = '2026-02-30'),
      { field: 'checklist.0.due', code: 'notADate' },
    ],
    [
      'done that is a string',
      (d: any) => (d.checklist[0].done = 'yes'),
      { field: 'checklist.0.done', code: 'notABoolean' },
    ],
    [
      'a score of 6',
      (d: any) => (d.ratings[0].scores.lowCost = 6),
      { field: 'ratings.0.scores.lowCost', code: 'badScore', params: { min: 1, max: 5 } },
    ],
    [
      'a score of 2.5',
      (d: any) => (d.ratings[0].scores.needsAnalysis = 2.5),
      { field: 'ratings.0.scores.needsAnalysis', code: 'badScore', params: { min: 1, max: 5 } },
    ],
    [
      'an unknown criterion',
      (d: any) => (d.ratings[0].scores.speed = 3),
      { field: 'ratings.0.scores.speed', code: 'unknownCriterion' },
    ],
    [
      'a rater role that is neither self nor peer',
      (d: any) => (d.ratings[0].by = 'boss'),
      { field: 'ratings.0.by', code: 'unknownRole' },
    ],
    [
      'a comment over its bound',
      (d: any) => (d.ratings[0].comments.lowCost = 'y'.repeat(LIMITS.comment + 1)),
      {
        field: 'ratings.0.comments.lowCost',
        code: 'tooLong',
        params: { max: LIMITS.comment, length: LIMITS.comment + 1 },
      },
    ],
    [
      'an answer to a question that does not exist',
      (d: any) => (d.answers.weather = 'sunny'),
      { field: 'answers.weather', code: 'unknownQuestion' },
    ],
    [
      'two rows with the same id',
      (d: any) => (d.plan[1].id = 'p1'),
      { field: 'plan.1.id', code: 'duplicateId', params: { id: 'p1' } },
    ],
    ['a malformed id', (d: any) => (d.checklist[0].id = 'item one'), { field: 'checklist.0.id', code: 'badId' }],
    ['a plan that is not a list', (d: any) => (d.plan = { p1: {} }), { field: 'plan', code: 'notAList' }],
    [
      'too many plan rows',
      (d: any) => (d.plan = Array.from({ length: LIMITS.planRows + 1 }, (_, i) => ({ ...d.plan[0], id: `p${i + 1}` }))),
      { field: 'plan', code: 'tooMany', params: { max: LIMITS.planRows } },
    ],
  ])('names the row and column of %s', (_name, breakIt, issue) => {
    // Arrange
    const data = raw(filledWorksheet());
    breakIt(data);
    // Act
    const result = validateWorksheet(data);
    // Assert
    expect(result).toEqual({ ok: false, issues: [issue] });
  });

  it('requires exactly one self-rating', () => {
    const data = raw(filledWorksheet());
    data['ratings'][0].by = 'peer';
    expect(validateWorksheet(data)).toEqual({
      ok: false,
      issues: [{ field: 'ratings', code: 'oneSelfRating', params: { found: 0 } }],
    });
  });

  it('reports every problem, not just the first', () => {
    const data = raw(filledWorksheet());
    data['plan'][0].cost = 'lots';
    data['plan'][1].form = 'hugs';
    data['checklist'][0].due = 'tomorrow';
    const result = validateWorksheet(data);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => i.field)).toEqual(['plan.0.cost', 'plan.1.form', 'checklist.0.due']);
  });

  it('fills in missing optional fields and drops unknown ones', () => {
    const result = validateWorksheet({
      plan: [{ id: 'p1', measure: 'Call', extra: true }],
      checklist: [],
      ratings: [{ id: 's1', by: 'self' }],
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.plan[0]).toEqual({
        id: 'p1',
        need: '',
        measure: 'Call',
        form: '',
        channel: '',
        timing: '',
        cost: null,
        currency: '',
      });
      expect(result.value.ratings[0]!.scores.lowCost).toBeNull();
      expect(result.value.answers.competitors).toBe('');
    }
  });

  it('never lets a __proto__ key from a file reach a prototype', () => {
    // Arrange: JSON.parse makes "__proto__" an own key
    const inRow = JSON.parse(
      '{"plan": [{"id": "p1", "__proto__": {"polluted": 1}}], "checklist": [], "ratings": [{"id": "s1", "by": "self"}]}',
    );
    const inScores = JSON.parse(
      '{"plan": [], "checklist": [], "ratings": [{"id": "s1", "by": "self", "scores": {"__proto__": {"polluted": 1}}}]}',
    );
    // Act
    const row = validateWorksheet(inRow);
    const scores = validateWorksheet(inScores);
    // Assert: dropped like any unknown field in a row, reported where only known keys belong
    expect(
      row.ok && Object.getPrototypeOf(row.value.plan[0]) === Object.prototype && !('polluted' in row.value.plan[0]!),
    ).toBe(true);
    expect(scores).toEqual({ ok: false, issues: [{ field: 'ratings.0.scores.__proto__', code: 'unknownCriterion' }] });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('never throws, whatever it is given (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true }), (value) => {
        const result = validateWorksheet(value);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2026-12-01', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-1', false],
    ['', false],
  ])('%j → %s', (text, expected) => expect(isCalendarDate(text)).toBe(expected));
});

describe('locateIssue', () => {
  it.each([
    ['plan.1.measure', { section: 'plan', index: 2, column: 'measure' }],
    ['checklist.0.due', { section: 'checklist', index: 1, column: 'due' }],
    ['ratings.2.scores.lowCost', { section: 'ratings', index: 3, column: 'scores.lowCost' }],
    ['answers.needsFirst', { section: 'answers', column: 'needsFirst' }],
    ['plan', { section: 'plan' }],
    ['plan.4', { section: 'plan', index: 5 }],
    ['file', { section: 'file' }],
    ['', { section: 'file' }],
  ])('%s → %j', (field, expected) => expect(locateIssue(field)).toEqual(expected));
});

describe('reviewWorksheet (what a finished plan still lacks)', () => {
  it('finds nothing missing in a filled-in worksheet', () => {
    expect(reviewWorksheet(filledWorksheet())).toEqual([]);
  });

  it('flags blank rows as a whole and names missing cells of started rows', () => {
    const ws = filledWorksheet();
    const result = reviewWorksheet({
      ...ws,
      plan: [
        { ...ws.plan[0]!, measure: ' ', channel: '' },
        { id: 'p2', need: '', measure: '', form: '', channel: '', timing: '', cost: null, currency: '' },
      ],
      checklist: [{ ...ws.checklist[0]!, owner: 'X' }],
      answers: { ...ws.answers, competitors: '' },
    });
    expect(result).toEqual([
      { field: 'plan.0.measure', code: 'required' },
      { field: 'plan.0.channel', code: 'required' },
      { field: 'plan.1', code: 'emptyRow' },
      { field: 'checklist.0.owner', code: 'tooShort', params: { min: 2 } },
      { field: 'answers.competitors', code: 'required' },
    ]);
  });

  it('asks for at least one row and one action', () => {
    const result = reviewWorksheet({ ...filledWorksheet(), plan: [], checklist: [] });
    expect(result).toEqual([
      { field: 'plan', code: 'noRows' },
      { field: 'checklist', code: 'noItems' },
    ]);
  });
});

describe('the worksheet slot', () => {
  it('is registered, so "Your data" exports, imports and resets it', () => {
    expect(ALL_SLOTS.map((s) => s.name)).toContain('worksheet');
  });

  it('reads back exactly what it saved', () => {
    const saved = encodeEnvelope(worksheetSlot, filledWorksheet(), new Date('2026-11-24T10:00:00Z'));
    expect(decodeRaw(worksheetSlot, saved)).toEqual({ kind: 'ok', value: filledWorksheet() });
  });

  it('reports damaged data as corrupt instead of throwing', () => {
    expect(decodeRaw(worksheetSlot, '{"v":1,"data":{"plan":"x"}}')).toEqual({
      kind: 'corrupt',
      reason: 'plan: notAList',
    });
    expect(decodeRaw(worksheetSlot, '{"v":2,"data":{}}')).toEqual({
      kind: 'newer',
      version: 2,
      envelope: { v: 2, data: {} },
    });
  });
});
