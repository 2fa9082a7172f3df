import fc from 'fast-check';
import { summariseProgress } from '../../../src/domain/quiz/progress';
import type { ProgressInput, ProgressLesson } from '../../../src/domain/quiz/progress-types';
import type { QuizRecord } from '../../../src/domain/quiz/record';

const record = (best: [number, number, string], latest: [number, number, string]): QuizRecord => ({
  best: { earned: best[0], total: best[1], at: best[2] },
  latest: { earned: latest[0], total: latest[1], at: latest[2], answers: {} },
});

const LESSONS: ProgressLesson[] = [
  { id: 'client-care-basics', module: 'A', objectives: [1, 2], quizId: 'sc-client-care' },
  { id: 'forms-of-care', module: 'A', objectives: [2, 3], quizId: 'sc-forms' },
  { id: 'service-recovery', module: 'B', objectives: [3], quizId: 'sc-recovery' },
  { id: 'loyalty-measurement', module: 'E', objectives: [4, 5], quizId: 'sc-measurement' },
  { id: 'loyalty-types', module: 'E', objectives: [4] },
];

const INPUT: ProgressInput = {
  lessons: LESSONS,
  assessments: [{ quizId: 'assessment-e', module: 'E', passMark: 0.7, objectives: [4, 5] }],
  records: {
    'sc-client-care': record([3, 4, '2026-03-01T09:00:00Z'], [2, 4, '2026-03-02T09:00:00Z']),
    'sc-recovery': record([5, 5, '2026-03-03T09:00:00Z'], [5, 5, '2026-03-03T09:00:00Z']),
    'assessment-e': record([7, 10, '2026-03-03T12:00:00Z'], [6, 10, '2026-03-03T13:00:00Z']),
  },
  markedDone: { 'loyalty-types': '2026-02-01T08:00:00Z' },
  visited: { 'forms-of-care': '2026-03-04T10:00:00Z', 'service-recovery': 'yesterday' },
};

describe('summariseProgress', () => {
  const progress = summariseProgress(INPUT);

  it('summarises each lesson', () => {
    expect(progress.lessons).toEqual([
      {
        lessonId: 'client-care-basics',
        module: 'A',
        objectives: [1, 2],
        completed: true,
        best: { earned: 3, total: 4, share: 0.75 },
        lastActivityAt: '2026-03-02T09:00:00Z',
      },
      {
        lessonId: 'forms-of-care',
        module: 'A',
        objectives: [2, 3],
        completed: false,
        best: null,
        lastActivityAt: '2026-03-04T10:00:00Z',
      },
      {
        lessonId: 'service-recovery',
        module: 'B',
        objectives: [3],
        completed: true,
        best: { earned: 5, total: 5, share: 1 },
        lastActivityAt: '2026-03-03T09:00:00Z', // the unparsable visit time is ignored
      },
      {
        lessonId: 'loyalty-measurement',
        module: 'E',
        objectives: [4, 5],
        completed: false,
        best: null,
        lastActivityAt: null,
      },
      {
        lessonId: 'loyalty-types',
        module: 'E',
        objectives: [4],
        completed: true,
        best: null,
        lastActivityAt: '2026-02-01T08:00:00Z',
      },
    ]);
  });

  it('summarises the modules that have content, with their assessments', () => {
    expect(progress.modules).toEqual([
      {
        module: 'A',
        lessons: 2,
        completedLessons: 1,
        completion: 0.5,
        best: { earned: 3, total: 4, share: 0.75 },
        assessments: [],
      },
      {
        module: 'B',
        lessons: 1,
        completedLessons: 1,
        completion: 1,
        best: { earned: 5, total: 5, share: 1 },
        assessments: [],
      },
      {
        module: 'E',
        lessons: 2,
        completedLessons: 1,
        completion: 0.5,
        best: { earned: 7, total: 10, share: 0.7 },
        assessments: [
          { quizId: 'assessment-e', attempted: true, best: { earned: 7, total: 10, share: 0.7 }, passed: true },
        ],
      },
    ]);
  });

  it('summarises all five learning objectives', () => {
    expect(progress.objectives).toEqual([
      { objective: 1, lessons: 1, completedLessons: 1, completion: 1, best: { earned: 3, total: 4, share: 0.75 } },
      { objective: 2, lessons: 2, completedLessons: 1, completion: 0.5, best: { earned: 3, total: 4, share: 0.75 } },
      { objective: 3, lessons: 2, completedLessons: 1, completion: 0.5, best: { earned: 5, total: 5, share: 1 } },
      { objective: 4, lessons: 2, completedLessons: 1, completion: 0.5, best: { earned: 7, total: 10, share: 0.7 } },
      { objective: 5, lessons: 1, completedLessons: 0, completion: 0, best: { earned: 7, total: 10, share: 0.7 } },
    ]);
  });

  it('adds everything up overall, weighting quizzes by their points', () => {
    expect(progress.overall.lessons).toBe(5);
    expect(progress.overall.completedLessons).toBe(3);
    expect(progress.overall.completion).toBe(0.6);
    expect(progress.overall.best).toEqual({ earned: 15, total: 19, share: 15 / 19 });
  });

  it('continues with the first lesson not completed, and knows the most recent one', () => {
    expect(progress.continueWith).toEqual({ lessonId: 'forms-of-care', reason: 'next' });
    expect(progress.mostRecent).toEqual({ lessonId: 'forms-of-care', at: '2026-03-04T10:00:00Z' });
  });

  it('starts at the first lesson when nothing has been done', () => {
    const fresh = summariseProgress({ lessons: LESSONS, records: {} });
    expect(fresh.continueWith).toEqual({ lessonId: 'client-care-basics', reason: 'start' });
    expect(fresh.mostRecent).toBeNull();
    expect(fresh.overall).toEqual({ lessons: 5, completedLessons: 0, completion: 0, best: null });
  });

  it('returns to the most recent lesson for review once everything is completed', () => {
    const done = summariseProgress({
      ...INPUT,
      markedDone: {
        ...INPUT.markedDone,
        'forms-of-care': '2026-03-05T08:00:00Z',
        'loyalty-measurement': '2026-03-01T08:00:00Z',
      },
    });
    expect(done.continueWith).toEqual({ lessonId: 'forms-of-care', reason: 'review' });
  });

  it('fails an assessment below its pass mark and has no verdict without one', () => {
    const below = summariseProgress({
      lessons: [],
      assessments: [
        { quizId: 'a1', module: 'C', passMark: 0.8 },
        { quizId: 'a2', module: 'C' },
        { quizId: 'a3', module: 'C', passMark: 0.5 },
      ],
      records: { a1: record([7, 10, 'T'], [7, 10, 'T']), a2: record([1, 2, 'T'], [1, 2, 'T']) },
    });
    expect(below.modules[0]?.assessments.map((a) => [a.quizId, a.attempted, a.passed])).toEqual([
      ['a1', true, false],
      ['a2', true, null],
      ['a3', false, false],
    ]);
    expect(below.continueWith).toBeNull();
  });
});

describe('progress properties', () => {
  it('completion and score shares are always finite and within [0, 1], whatever was saved', () => {
    const modules = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
    const quizIds = ['q1', 'q2', 'q3', 'q4'];
    const lesson = fc.record({
      id: fc.constantFrom('l1', 'l2', 'l3', 'l4', 'l5'),
      module: fc.constantFrom(...modules),
      objectives: fc.subarray([1, 2, 3, 4, 5] as const),
      quizId: fc.constantFrom(...quizIds),
    });
    const assessment = fc.record({
      quizId: fc.constantFrom(...quizIds),
      module: fc.constantFrom(...modules),
      passMark: fc.double({ min: 0, max: 1, noNaN: true }),
      objectives: fc.subarray([1, 2, 3, 4, 5] as const),
    });
    const summary = {
      earned: fc.double(),
      total: fc.double(),
      at: fc.oneof(
        fc.string(),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      ),
    };
    const quizRecord = fc.record({
      best: fc.record(summary),
      latest: fc.record({ ...summary, answers: fc.constant({}) }),
    });
    const records = fc.dictionary(fc.constantFrom(...quizIds), quizRecord);
    const isShare = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;
    fc.assert(
      fc.property(
        fc.array(lesson, { maxLength: 10 }),
        fc.array(assessment, { maxLength: 3 }),
        records,
        (lessons, assessments, saved) => {
          const progress = summariseProgress({ lessons, assessments, records: saved });
          const groups = [...progress.modules, ...progress.objectives, progress.overall];
          const bests = [
            ...groups.map((g) => g.best),
            ...progress.lessons.map((l) => l.best),
            ...progress.modules.flatMap((m) => m.assessments.map((a) => a.best)),
          ];
          expect(groups.every((g) => isShare(g.completion))).toBe(true);
          expect(bests.every((b) => b === null || isShare(b.share))).toBe(true);
          expect(progress.continueWith === null).toBe(lessons.length === 0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
