/**
 * suspend_data: the largest plausible progress of each real module fits SCORM 1.2's 4,096
 * characters; a case with its full 20 attempts and long reflections is summarised to fit; what
 * comes back from a platform is validated like the browser's own saved data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCourse } from '../../../src/build/lms-course';
import { courseItems } from '../../../src/domain/lms/course';
import {
  decodeSuspendData,
  encodeSuspendData,
  SUSPEND_LIMITS,
  type ItemSnapshot,
} from '../../../src/domain/lms/suspend';
import type { QuizBank } from '../../../src/domain/quiz';
import type { QuizRecord } from '../../../src/domain/quiz/record';
import type { AttemptRecord } from '../../../src/domain/cases/attempt';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const LIMIT = SUSPEND_LIMITS.scorm12;
const AT = '2026-11-30T23:59:59.999Z';

const bank = (id: string) =>
  JSON.parse(readFileSync(join(ROOT, 'content', 'quizzes', `${id}.json`), 'utf8')) as QuizBank;

/** The longest answer a learner can give to each question, and the points of each. */
function fullRecord(quizId: string): QuizRecord {
  const questions = bank(quizId).questions;
  const answers = Object.fromEntries(
    questions.map((q) => {
      if (q.type === 'singleChoice' || q.type === 'multipleChoice')
        return [q.id, { selected: q.options.map((o) => o.id) }];
      if (q.type === 'ordering') return [q.id, { order: [...q.correctOrder].reverse() }];
      if (q.type === 'matching')
        return [q.id, { placements: Object.fromEntries(q.items.map((i) => [i.id, q.categories.at(-1)!.id])) }];
      return [q.id, '-123456789.123456789'];
    }),
  );
  const points = Object.fromEntries(questions.map((q) => [q.id, { earned: 0.3333333333333333, total: 1 }]));
  return {
    best: { earned: questions.length * 0.9333333333333333, total: questions.length, at: AT },
    latest: { earned: questions.length / 3, total: questions.length, at: AT, answers, questions: points },
  };
}

/** `length` Chinese characters that do not repeat (a reflection written, not pasted), from a seed. */
function prose(length: number, seed: number): string {
  let state = seed;
  return Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return String.fromCharCode(0x4e00 + (state % 3000));
  }).join('');
}

const empty: ItemSnapshot = { lessons: {}, quizzes: {}, cases: {}, worksheet: null };

describe.each(['en', 'zh-cn'] as const)('module suspend data (%s course)', (locale) => {
  const modules = courseItems(readCourse(ROOT, locale)).filter((i) => i.kind === 'module');

  it.each(modules.map((m) => [m.id, m] as const))(
    '%s: every lesson done and every quiz answered in full fits 4,096 characters without summarising',
    async (_id, item) => {
      const snapshot: ItemSnapshot = {
        ...empty,
        lessons: Object.fromEntries(item.lessons.map((slug) => [slug, { completedAt: AT }])),
        quizzes: Object.fromEntries(item.quizIds.map((id) => [id, fullRecord(id)])),
      };
      const encoded = await encodeSuspendData(snapshot, LIMIT);
      expect(encoded).not.toBeNull();
      expect(encoded!.data.length).toBeLessThanOrEqual(LIMIT);
      expect(encoded!.summarised).toEqual([]);
      expect(await decodeSuspendData(encoded!.data)).toEqual({ ok: true, value: snapshot });
    },
  );
});

describe('case suspend data', () => {
  const scenario = JSON.parse(readFileSync(join(ROOT, 'content', 'cases', 'distributor.json'), 'utf8')) as {
    id: string;
    nodes: { id: string; type: string; choices?: { id: string }[] }[];
  };
  const choices = scenario.nodes
    .filter((n) => n.choices?.length)
    .slice(0, 11)
    .map((n) => ({ nodeId: n.id, choiceId: n.choices![0]!.id }));
  const ending = scenario.nodes.find((n) => n.type === 'ending')!.id;
  const attempt = (i: number): AttemptRecord => ({
    format: 'case-attempt',
    formatVersion: 1,
    caseId: scenario.id,
    caseVersion: 1,
    locale: 'zh-cn',
    path: [...choices.map((c) => c.nodeId), ending],
    choices,
    seed: 123456789 + i,
    scores: {},
    endingId: ending,
    reflection: { text: prose(5000, i + 1), checklist: {} },
    startedAt: `2026-11-${String(i + 1).padStart(2, '0')}T08:00:00.000Z`,
    finishedAt: `2026-11-${String(i + 1).padStart(2, '0')}T08:10:00.000Z`,
  });

  it('summarises 20 attempts with 5,000-character reflections down to fit, keeping the latest attempt', async () => {
    const attempts = Array.from({ length: 20 }, (_, i) => attempt(i));
    const snapshot: ItemSnapshot = { ...empty, cases: { [scenario.id]: { run: null, attempts } } };
    const encoded = await encodeSuspendData(snapshot, LIMIT);
    expect(encoded!.data.length).toBeLessThanOrEqual(LIMIT);
    expect(encoded!.summarised).toContain('caseReflections');
    const decoded = await decodeSuspendData(encoded!.data);
    expect(decoded.ok).toBe(true);
    const kept = decoded.ok ? decoded.value.cases[scenario.id]!.attempts : [];
    expect(kept.at(-1)!.finishedAt).toBe(attempts.at(-1)!.finishedAt);
    expect(kept.at(-1)!.endingId).toBe(ending);
  });

  it('keeps everything when SCORM 2004’s 64,000 characters allow it', async () => {
    const snapshot: ItemSnapshot = {
      ...empty,
      cases: { [scenario.id]: { run: null, attempts: [attempt(0), attempt(1)] } },
    };
    const encoded = await encodeSuspendData(snapshot, SUSPEND_LIMITS.scorm2004);
    expect(encoded!.summarised).toEqual([]);
    expect(await decodeSuspendData(encoded!.data)).toEqual({ ok: true, value: snapshot });
  });
});

describe('decodeSuspendData', () => {
  it('reads empty suspend data (a first launch) as nothing saved', async () => {
    expect(await decodeSuspendData('')).toEqual({ ok: true, value: empty });
  });

  it('names what is wrong with data that is not ours', async () => {
    expect(await decodeSuspendData('{"progress":1}')).toEqual({
      ok: false,
      issues: [{ field: '', code: 'unknownFormat' }],
    });
    expect(await decodeSuspendData('z1:not base64!')).toEqual({
      ok: false,
      issues: [{ field: '', code: 'unreadable' }],
    });
  });

  it('refuses a quiz record that breaks the saved-data rules', async () => {
    const bad = await encodeSuspendData(
      {
        ...empty,
        quizzes: { q: { best: { earned: 9, total: 2, at: AT }, latest: { earned: 1, total: 2, at: AT, answers: {} } } },
      },
      LIMIT,
    );
    const decoded = await decodeSuspendData(bad!.data);
    expect(decoded.ok).toBe(false);
  });

  it('round-trips any valid quiz records that fit, and never exceeds the limit', async () => {
    const summary = fc.record({
      earned: fc.integer({ min: 0, max: 50 }),
      total: fc.constant(50),
      at: fc.constant(AT),
    });
    const records = fc.dictionary(
      fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/),
      fc.record({
        best: summary,
        latest: fc.record({
          earned: fc.integer({ min: 0, max: 50 }),
          total: fc.constant(50),
          at: fc.constant(AT),
          answers: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), fc.string({ maxLength: 40 })),
        }),
      }),
      { maxKeys: 30 },
    );
    await fc.assert(
      fc.asyncProperty(records, async (quizzes) => {
        const snapshot: ItemSnapshot = { ...empty, quizzes };
        const encoded = await encodeSuspendData(snapshot, LIMIT);
        if (encoded === null) return;
        expect(encoded.data.length).toBeLessThanOrEqual(LIMIT);
        if (encoded.summarised.length === 0)
          expect(await decodeSuspendData(encoded.data)).toEqual({ ok: true, value: snapshot });
      }),
      { numRuns: 60 },
    );
  });
});
