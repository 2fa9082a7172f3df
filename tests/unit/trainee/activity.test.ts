import fc from 'fast-check';
import { continueLesson } from '../../../src/domain/progress';
import {
  caseActivity,
  summariseActivity,
  type ActivityInput,
  type CaseInfo,
} from '../../../src/domain/trainee/activity';
import type { QuizRecord } from '../../../src/domain/quiz/record';

const at = '2026-11-30T10:00:00.000Z';
const quiz = (earned: number, total: number): QuizRecord => ({
  best: { earned, total, at },
  latest: { earned, total, at, answers: {} },
});

const kimura: CaseInfo = {
  id: 'kimura',
  endings: { sold: 'exemplary', refused: 'lost-customer' },
  ranges: { empathy: { min: 0, max: 10 }, dignity: { min: -4, max: 6 } },
  objectives: [3],
};

function input(over: Partial<ActivityInput> = {}): ActivityInput {
  return {
    lessons: [
      { id: 'a1', module: 'A', objectives: [1], quizId: 'a1' },
      { id: 'a2', module: 'A', objectives: [2, 3], quizId: 'a2' },
      { id: 'e1', module: 'E', objectives: [4, 5] },
    ],
    assessments: [{ quizId: 'module-a-assessment', module: 'A', passMark: 0.7, objectives: [1, 2] }],
    records: {},
    cases: [kimura],
    attempts: {},
    worksheet: { planRows: 0, checklistItems: 0, answers: 0, complete: false },
    worksheetObjectives: [2, 3],
    calculators: ['nps', 'share-of-wallet', 'delivered-value'],
    calculatorEntries: [],
    lastLesson: null,
    ...over,
  };
}

describe('case activity', () => {
  it('takes the attempt with the highest overall care score as the best, with its ending and profile', () => {
    // empathy 5 of 0..10 = 50; dignity 1 of -4..6 = 50 → 50. Second: empathy 9 → 90, dignity 6 → 100 → 95.
    const result = caseActivity(kimura, [
      { endingId: 'refused', scores: { empathy: 5, dignity: 1 }, finishedAt: at },
      { endingId: 'sold', scores: { empathy: 9, dignity: 6 }, finishedAt: '2026-12-01T10:00:00.000Z' },
      { endingId: 'refused', scores: { empathy: 0, dignity: -4 }, finishedAt: '2026-12-02T10:00:00.000Z' },
    ]);
    expect(result.attempts).toBe(3);
    expect(result.best).toEqual({
      endingId: 'sold',
      kind: 'exemplary',
      overall: 95,
      profile: [
        { dimension: 'empathy', percent: 90 },
        { dimension: 'dignity', percent: 100 },
      ],
      finishedAt: '2026-12-01T10:00:00.000Z',
    });
  });

  it('rounds the overall score down to a whole percent and keeps the later attempt on a tie', () => {
    // empathy 3.33… of 10 → 33.3; dignity 6 → 100: mean 66.6… → 66.
    const result = caseActivity(kimura, [
      { endingId: 'refused', scores: { empathy: 10 / 3, dignity: 6 }, finishedAt: at },
      { endingId: 'sold', scores: { empathy: 10 / 3, dignity: 6 }, finishedAt: '2026-12-01T00:00:00.000Z' },
    ]);
    expect(result.best?.overall).toBe(66);
    expect(result.best?.endingId).toBe('sold');
    expect(caseActivity(kimura, []).best).toBeNull();
  });
});

describe('continue where you left off', () => {
  const order = ['a', 'b', 'c', 'd'];
  it('is the last lesson opened when it is not finished', () => {
    expect(continueLesson(order, new Set(['a']), 'c')).toBe('c');
  });
  it('moves on to the next unfinished lesson after it, then wraps to the start', () => {
    expect(continueLesson(order, new Set(['c']), 'c')).toBe('d');
    expect(continueLesson(order, new Set(['c', 'd']), 'c')).toBe('a');
    expect(continueLesson(order, new Set(order), 'b')).toBeNull();
    expect(continueLesson(order, new Set(), null)).toBe('a');
    expect(continueLesson(order, new Set(['a']), 'gone')).toBe('b');
  });
});

describe('trainee activity', () => {
  it('is all zero for a new trainee, with every objective counted', () => {
    const a = summariseActivity(input());
    expect(a.overallPercent).toBe(0);
    expect(a.lessonPercent).toBe(0);
    expect(a.casesFinished).toBe(0);
    expect(a.worksheet.started).toBe(false);
    expect(a.calculatorsUsed).toEqual([]);
    // Objective 1: lesson a1 + assessment. 2: a2 + assessment + worksheet. 3: a2 + case + worksheet. 4: e1. 5: e1.
    expect(a.objectives.map((o) => o.items)).toEqual([2, 3, 3, 1, 1]);
    expect(a.continueWith).toBe('a1');
  });

  it('counts passed self-checks, a passed assessment, a finished case, the complete worksheet and calculators used', () => {
    const a = summariseActivity(
      input({
        records: { a1: quiz(7, 10), a2: quiz(6, 10), 'module-a-assessment': quiz(8, 10) },
        attempts: { kimura: [{ endingId: 'sold', scores: { empathy: 10, dignity: 6 }, finishedAt: at }] },
        worksheet: { planRows: 2, checklistItems: 1, answers: 6, complete: true },
        calculatorEntries: [
          'nps@tools/nps/',
          'nps@lessons/measuring-loyalty/',
          'delivered-value@tools/delivered-value/',
        ],
        lastLesson: 'a2',
      }),
    );
    expect(a.lessonPercent).toBe(33); // 1 of 3, rounded down
    expect(a.casesFinished).toBe(1);
    expect(a.worksheet.started).toBe(true);
    expect(a.calculatorsUsed).toEqual(['nps', 'delivered-value']);
    expect(a.objectives.map((o) => [o.done, o.items])).toEqual([
      [2, 2],
      [2, 3],
      [2, 3],
      [0, 1],
      [0, 1],
    ]);
    expect(a.objectives.map((o) => o.percent)).toEqual([100, 66, 66, 0, 0]);
    // Items: 3 lessons, 1 assessment, 1 case, 1 worksheet = 6; done: a1, assessment, case, worksheet = 4.
    expect(a.overallPercent).toBe(66);
    expect(a.continueWith).toBe('a2');
  });

  it('percentages are whole numbers from 0 to 100 and done never exceeds items, whatever was done', () => {
    const share = fc
      .tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 10 }))
      .map(([e, t]) => quiz(Math.min(e, t), t));
    fc.assert(
      fc.property(
        fc.record({ a1: fc.option(share), a2: fc.option(share), assessment: fc.option(share) }),
        fc.boolean(),
        fc.array(
          fc.record({
            empathy: fc.double({ min: -100, max: 100, noNaN: true }),
            dignity: fc.integer({ min: -10, max: 10 }),
          }),
          { maxLength: 4 },
        ),
        (q, complete, scores) => {
          const records: Record<string, QuizRecord> = {};
          if (q.a1) records['a1'] = q.a1;
          if (q.a2) records['a2'] = q.a2;
          if (q.assessment) records['module-a-assessment'] = q.assessment;
          const a = summariseActivity(
            input({
              records,
              worksheet: { planRows: 1, checklistItems: 1, answers: 0, complete },
              attempts: { kimura: scores.map((s) => ({ endingId: 'sold', scores: s, finishedAt: at })) },
            }),
          );
          const percents = [
            a.overallPercent,
            a.lessonPercent,
            ...a.objectives.map((o) => o.percent),
            ...a.cases.flatMap((c) => (c.best ? [c.best.overall, ...c.best.profile.map((p) => p.percent)] : [])),
          ];
          for (const p of percents) {
            expect(Number.isInteger(p)).toBe(true);
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThanOrEqual(100);
          }
          for (const o of a.objectives) expect(o.done).toBeLessThanOrEqual(o.items);
        },
      ),
    );
  });
});
