import { describe, expect, it } from 'vitest';
import type { LmsItem } from '../../../src/domain/lms/course';
import { itemSnapshot, restoreSnapshot, type SiteData } from '../../../src/domain/lms/restore';
import type { QuizRecord } from '../../../src/domain/quiz/record';
import type { SavedCase } from '../../../src/domain/cases/saved';
import { initialWorksheet } from '../../../src/domain/worksheet/worksheet';

const moduleA: LmsItem = {
  id: 'module-a',
  kind: 'module',
  title: 'A',
  description: '',
  launch: 'lessons/what-is-client-care/index.html',
  masteryScore: 0.7,
  lessons: ['what-is-client-care', 'forms-of-care'],
  quizIds: ['what-is-client-care', 'module-a-assessment'],
  assessmentId: 'module-a-assessment',
  caseId: null,
};
const caseItem: LmsItem = {
  ...moduleA,
  id: 'case-x',
  kind: 'case',
  lessons: [],
  quizIds: [],
  assessmentId: null,
  caseId: 'x',
};
const sheetItem: LmsItem = { ...caseItem, id: 'worksheet', kind: 'worksheet', caseId: null };

const record = (earned: number, at: string, latestAt = at): QuizRecord => ({
  best: { earned, total: 10, at },
  latest: { earned, total: 10, at: latestAt, answers: {} },
});
const empty: SiteData = {
  progress: { lessons: {}, lastLesson: null },
  quizzes: { records: {} },
  cases: { cases: {} },
  worksheet: initialWorksheet(),
};
const played: SavedCase = {
  run: { caseVersion: 1, path: ['start'], choices: [], startedAt: '2026-12-01T10:00:00.000Z' },
  attempts: [],
};

describe('an item’s snapshot', () => {
  it('holds only what belongs to the item', () => {
    const data: SiteData = {
      ...empty,
      progress: {
        lessons: { 'forms-of-care': { completedAt: 'x' }, 'other-lesson': { completedAt: 'x' } },
        lastLesson: null,
      },
      quizzes: { records: { 'module-a-assessment': record(8, '2026-12-01T10:00:00.000Z'), other: record(1, 'x') } },
      cases: { cases: { x: played } },
    };
    expect(itemSnapshot(moduleA, data)).toEqual({
      lessons: { 'forms-of-care': { completedAt: 'x' } },
      quizzes: { 'module-a-assessment': data.quizzes.records['module-a-assessment'] },
      cases: {},
      worksheet: null,
    });
    expect(itemSnapshot(caseItem, data).cases).toEqual({ x: played });
    expect(itemSnapshot(sheetItem, data).worksheet).toBeNull();
  });
});

describe('restoring from the platform', () => {
  it('adds lessons and quiz records missing on this device, and nothing else', () => {
    const local: SiteData = {
      ...empty,
      progress: { lessons: { 'what-is-client-care': { completedAt: 'a' } }, lastLesson: 'forms-of-care' },
    };
    const changes = restoreSnapshot(moduleA, local, {
      lessons: {
        'forms-of-care': { completedAt: 'b' },
        'what-is-client-care': { completedAt: 'z' },
        stranger: { completedAt: 'c' },
      },
      quizzes: { 'module-a-assessment': record(9, '2026-12-01T10:00:00.000Z'), stranger: record(1, 'x') },
      cases: { x: played },
      worksheet: null,
    });
    expect(changes.progress).toEqual({
      lessons: { 'what-is-client-care': { completedAt: 'a' }, 'forms-of-care': { completedAt: 'b' } },
      lastLesson: 'forms-of-care',
    });
    expect(Object.keys(changes.quizzes!.records)).toEqual(['module-a-assessment']);
    expect(changes.cases).toBeUndefined();
    expect(changes.worksheet).toBeUndefined();
  });

  it('keeps the better best and the later latest attempt of a quiz, and changes nothing when the device is ahead', () => {
    const local: SiteData = {
      ...empty,
      quizzes: { records: { 'module-a-assessment': record(6, '2026-12-02T10:00:00.000Z') } },
    };
    const remote = record(9, '2026-12-01T10:00:00.000Z');
    const merged = restoreSnapshot(moduleA, local, {
      lessons: {},
      quizzes: { 'module-a-assessment': remote },
      cases: {},
      worksheet: null,
    });
    expect(merged.quizzes!.records['module-a-assessment']).toEqual({
      best: remote.best,
      latest: local.quizzes.records['module-a-assessment']!.latest,
    });
    const ahead: SiteData = {
      ...empty,
      quizzes: { records: { 'module-a-assessment': record(10, '2026-12-02T10:00:00.000Z') } },
    };
    expect(
      restoreSnapshot(moduleA, ahead, {
        lessons: {},
        quizzes: { 'module-a-assessment': remote },
        cases: {},
        worksheet: null,
      }),
    ).toEqual({});
  });

  it('takes a case or the worksheet only when nothing of it is on this device', () => {
    const remote = { lessons: {}, quizzes: {}, cases: { x: played }, worksheet: null };
    expect(restoreSnapshot(caseItem, empty, remote).cases).toEqual({ cases: { x: played } });
    const busy: SiteData = {
      ...empty,
      cases: { cases: { x: { ...played, run: { ...played.run!, path: ['start', 'n2'] } } } },
    };
    expect(restoreSnapshot(caseItem, busy, remote)).toEqual({});
    const sheet = { ...initialWorksheet(), answers: { ...initialWorksheet().answers } };
    const key = Object.keys(sheet.answers)[0] as keyof typeof sheet.answers;
    const written = { ...sheet, answers: { ...sheet.answers, [key]: 'Call back within a day' } };
    expect(restoreSnapshot(sheetItem, empty, { ...remote, cases: {}, worksheet: written }).worksheet).toEqual(written);
    expect(
      restoreSnapshot(sheetItem, { ...empty, worksheet: written }, { ...remote, cases: {}, worksheet: sheet }),
    ).toEqual({});
  });
});
