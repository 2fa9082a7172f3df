import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatResponse, itemReport } from '../../../src/domain/lms/cmi';
import type { LmsItem } from '../../../src/domain/lms/course';
import type { ItemSnapshot } from '../../../src/domain/lms/suspend';
import { DEFAULT_PASS_MARK, wholePercent } from '../../../src/domain/quiz/display';
import type { QuizRecord } from '../../../src/domain/quiz/record';
import { initialWorksheet } from '../../../src/domain/worksheet/worksheet';
import { reviewWorksheet } from '../../../src/domain/worksheet/review';
import { filledWorksheet } from '../worksheet/fixtures';

const AT = '2026-11-30T10:00:00.000Z';
const moduleA: LmsItem = {
  id: 'module-a',
  kind: 'module',
  title: 'A. Client care',
  description: '',
  launch: 'lessons/what-is-client-care/index.html',
  masteryScore: DEFAULT_PASS_MARK,
  lessons: ['what-is-client-care', 'forms-of-care'],
  quizIds: ['what-is-client-care', 'module-a-assessment'],
  assessmentId: 'module-a-assessment',
  caseId: null,
};
const types = {
  'what-is-client-care': { q1: 'singleChoice', q2: 'ordering' },
  'module-a-assessment': { m1: 'matching', m2: 'numeric', m3: 'multipleChoice' },
} as const;
const empty: ItemSnapshot = { lessons: {}, quizzes: {}, cases: {}, worksheet: null };
const record = (earned: number, total: number, latest: Partial<QuizRecord['latest']> = {}): QuizRecord => ({
  best: { earned, total, at: AT },
  latest: { earned, total, at: AT, answers: {}, ...latest },
});

describe('module reports', () => {
  it('is not attempted before anything is done', () => {
    expect(itemReport('scorm2004', moduleA, empty, types)).toEqual({
      completion: 'not attempted',
      success: 'unknown',
      score: null,
      interactions: [],
    });
  });

  it('passes at exactly the pass mark: 7 of 10 is 70%, passed, scaled 0.7', () => {
    const snapshot: ItemSnapshot = {
      ...empty,
      lessons: { 'what-is-client-care': { completedAt: AT }, 'forms-of-care': { completedAt: AT } },
      quizzes: { 'module-a-assessment': record(7, 10) },
    };
    expect(itemReport('scorm2004', moduleA, snapshot, types)).toMatchObject({
      completion: 'completed',
      success: 'passed',
      score: { raw: 70, scaled: 0.7 },
    });
  });

  it('fails just below it (6.9 of 10 shows 69%) and stays incomplete while a lesson is not done', () => {
    const snapshot: ItemSnapshot = {
      ...empty,
      lessons: { 'what-is-client-care': { completedAt: AT } },
      quizzes: { 'module-a-assessment': record(6.9, 10) },
    };
    expect(itemReport('scorm12', moduleA, snapshot, types)).toMatchObject({
      completion: 'incomplete',
      success: 'failed',
      score: { raw: 69, scaled: 0.69 },
    });
  });

  it('counts a passed self-check as a completed lesson, as the progress page does', () => {
    const snapshot: ItemSnapshot = {
      ...empty,
      lessons: { 'forms-of-care': { completedAt: AT } },
      quizzes: { 'what-is-client-care': record(4, 5), 'module-a-assessment': record(10, 10) },
    };
    expect(itemReport('scorm2004', moduleA, snapshot, types).completion).toBe('completed');
  });

  it('reports each answer of the latest attempts in the standard’s format with its result', () => {
    const snapshot: ItemSnapshot = {
      ...empty,
      quizzes: {
        'what-is-client-care': record(1.5, 2, {
          answers: { q1: { selected: ['b'] }, q2: { order: ['x', 'y', 'z'] } },
          questions: { q1: { earned: 1, total: 1 }, q2: { earned: 0.5, total: 1 } },
        }),
        'module-a-assessment': record(0, 3, {
          answers: { m1: { placements: { i1: 'c1', i2: 'c2' } }, m2: '12.5', m3: { selected: ['a', 'c'] } },
          questions: { m1: { earned: 0, total: 1 }, m2: { earned: 0, total: 1 } },
        }),
      },
    };
    expect(itemReport('scorm2004', moduleA, snapshot, types).interactions).toEqual([
      { id: 'what-is-client-care.q1', type: 'choice', response: 'b', result: 'correct' },
      { id: 'what-is-client-care.q2', type: 'sequencing', response: 'x[,]y[,]z', result: '0.5' },
      { id: 'module-a-assessment.m1', type: 'matching', response: 'i1[.]c1[,]i2[.]c2', result: 'incorrect' },
      { id: 'module-a-assessment.m2', type: 'numeric', response: '12.5', result: 'incorrect' },
      { id: 'module-a-assessment.m3', type: 'choice', response: 'a[,]c', result: 'neutral' },
    ]);
    expect(itemReport('scorm12', moduleA, snapshot, types).interactions[2]).toEqual({
      id: 'module-a-assessment.m1',
      type: 'matching',
      response: 'i1.c1,i2.c2',
      result: 'wrong',
    });
  });

  it('never reports a higher score than the site shows, and passed agrees with the score', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.nat(), (total, n) => {
        const earned = (n % (total * 10 + 1)) / 10;
        const report = itemReport(
          'scorm2004',
          moduleA,
          { ...empty, quizzes: { 'module-a-assessment': record(earned, total) } },
          types,
        );
        expect(report.score!.raw).toBe(wholePercent(earned, total));
        expect(report.score!.scaled).toBeLessThanOrEqual(earned / total + 1e-9);
        expect(report.success === 'passed').toBe(report.score!.raw >= 70);
      }),
    );
  });
});

describe('case and worksheet reports', () => {
  const item: LmsItem = {
    ...moduleA,
    id: 'case-distributor',
    kind: 'case',
    masteryScore: null,
    lessons: [],
    quizIds: [],
    assessmentId: null,
    caseId: 'distributor',
  };

  it('reports the choices of a play under way as neutral interactions', () => {
    const snapshot: ItemSnapshot = {
      ...empty,
      cases: {
        distributor: {
          run: {
            caseVersion: 1,
            path: ['start', 'call'],
            choices: [{ nodeId: 'start', choiceId: 'listen' }],
            startedAt: AT,
          },
          attempts: [],
        },
      },
    };
    expect(itemReport('scorm2004', item, snapshot, {})).toEqual({
      completion: 'incomplete',
      success: 'unknown',
      score: null,
      interactions: [{ id: 'distributor.start', type: 'choice', response: 'listen', result: 'neutral' }],
    });
  });

  it('reports the worksheet as incomplete once something is written', () => {
    const sheet = { ...item, id: 'worksheet', kind: 'worksheet' as const, caseId: null };
    expect(itemReport('scorm12', sheet, { ...empty, worksheet: initialWorksheet() }, {}).completion).toBe(
      'not attempted',
    );
    const written = {
      ...initialWorksheet(),
      answers: { ...initialWorksheet().answers, qualityProduct: 'Reliable shoes' },
    };
    expect(itemReport('scorm12', sheet, { ...empty, worksheet: written }, {}).completion).toBe('incomplete');
  });

  it('reports the worksheet as completed when it is finished as the progress page counts it', () => {
    const sheet = { ...item, id: 'worksheet', kind: 'worksheet' as const, caseId: null };
    expect(reviewWorksheet(filledWorksheet())).toEqual([]);
    for (const standard of ['scorm12', 'scorm2004'] as const)
      expect(itemReport(standard, sheet, { ...empty, worksheet: filledWorksheet() }, {})).toMatchObject({
        completion: 'completed',
        score: null,
      });
    // One answer left blank: not finished yet.
    const almost = { ...filledWorksheet(), answers: { ...filledWorksheet().answers, qualityProduct: ' ' } };
    expect(reviewWorksheet(almost)).not.toEqual([]);
    expect(itemReport('scorm12', sheet, { ...empty, worksheet: almost }, {}).completion).toBe('incomplete');
  });
});

describe('formatResponse', () => {
  it('writes a numeric answer as typed and an unknown shape as empty', () => {
    expect(formatResponse('scorm12', 'numeric', '1,234.5')).toBe('1,234.5');
    expect(formatResponse('scorm2004', 'choice', { selected: 'a' })).toBe('');
  });
});
