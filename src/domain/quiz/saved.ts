/**
 * Saved quiz results, slot "quizzes" (version 1):
 *
 *   { "records": { "<bank id>": { "best":   { "earned", "total", "at" },
 *                                 "latest": { "earned", "total", "at", "answers": { "<question id>": <answer> },
 *                                             "questions"?: { "<question id>": { "earned", "total" } } } } } }
 *
 * Numbers are bounded (0 ≤ earned ≤ total ≤ 10,000) so a hand-edited file can never make a
 * dashboard overflow; answers are kept as given (scoring re-validates them) but their keys
 * must be plain ids.
 */
import { fail, ok, type Validated } from '../result';
import type { SlotDefinition } from '../storage/slot';
import type { AttemptSummary, LatestAttempt, QuizRecord, QuizRecords } from './record';
import { isObject } from '../guards';

export interface SavedQuizzes {
  readonly records: QuizRecords;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,100}$/;
const MAX_POINTS = 10_000;

function summary(value: unknown): AttemptSummary | null {
  if (!isObject(value)) return null;
  const { earned, total, at } = value;
  if (typeof earned !== 'number' || typeof total !== 'number' || typeof at !== 'string') return null;
  if (!(earned >= 0 && earned <= total && total > 0 && total <= MAX_POINTS)) return null;
  if (at.length > 40 || Number.isNaN(Date.parse(at))) return null;
  return { earned, total, at };
}

/** Optional per-question points: undefined when absent, null when present but invalid. */
function perQuestion(value: unknown): Record<string, { earned: number; total: number }> | undefined | null {
  if (value === undefined) return undefined;
  if (!isObject(value)) return null;
  const out: Record<string, { earned: number; total: number }> = {};
  for (const [qid, q] of Object.entries(value)) {
    const earned = isObject(q) ? q['earned'] : undefined;
    const total = isObject(q) ? q['total'] : undefined;
    if (
      !ID.test(qid) ||
      typeof earned !== 'number' ||
      typeof total !== 'number' ||
      !(earned >= 0 && earned <= total && total > 0 && total <= MAX_POINTS)
    )
      return null;
    Object.defineProperty(out, qid, { value: { earned, total }, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export function validateSavedQuizzes(data: unknown): Validated<SavedQuizzes> {
  if (!isObject(data) || !isObject(data['records'])) return fail({ field: 'records', code: 'notAnObject' });
  const records: Record<string, QuizRecord> = {};
  for (const [id, record] of Object.entries(data['records'])) {
    if (!ID.test(id) || !isObject(record)) return fail({ field: `records.${id}`, code: 'invalid' });
    const best = summary(record['best']);
    const latest = summary(record['latest']);
    const answers = isObject(record['latest']) ? record['latest']['answers'] : undefined;
    if (!best || !latest || !isObject(answers) || !Object.keys(answers).every((k) => ID.test(k))) {
      return fail({ field: `records.${id}`, code: 'invalid' });
    }
    const questions = perQuestion((record['latest'] as Record<string, unknown>)['questions']);
    if (questions === null) return fail({ field: `records.${id}.latest.questions`, code: 'invalid' });
    const latestAttempt: LatestAttempt = questions
      ? { ...latest, answers: { ...answers }, questions }
      : { ...latest, answers: { ...answers } };
    Object.defineProperty(records, id, {
      value: { best, latest: latestAttempt },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return ok({ records });
}

export const quizzesSlot: SlotDefinition<SavedQuizzes> = {
  name: 'quizzes',
  version: 1,
  initial: () => ({ records: {} }),
  validate: validateSavedQuizzes,
};
