/**
 * What is saved per quiz: the best attempt and the latest one (with its answers, so the
 * learner can review or continue from it).
 *
 * Saved format, per quiz id:
 *   { best: { earned, total, at }, latest: { earned, total, at, answers } }
 * `at` is an ISO 8601 timestamp supplied by the caller (this module never reads the clock).
 * "Best" compares the share earned ÷ total, not raw points, so a bank that gains or loses a
 * question does not make an old attempt look better or worse than it was; on a tie the
 * earlier best is kept (the first time the learner reached that score).
 */
import type { QuizAnswers } from './attempt';

export interface AttemptSummary {
  readonly earned: number;
  readonly total: number;
  /** When the attempt was submitted, ISO 8601. */
  readonly at: string;
}

export interface LatestAttempt extends AttemptSummary {
  /** The answers as given, by question id. */
  readonly answers: QuizAnswers;
  /** Points per question id, so a results file can show which questions were missed. */
  readonly questions?: Readonly<Record<string, { readonly earned: number; readonly total: number }>>;
}

export interface QuizRecord {
  readonly best: AttemptSummary;
  readonly latest: LatestAttempt;
}

/** All saved quiz records, by quiz (bank) id. */
export type QuizRecords = Readonly<Record<string, QuizRecord>>;

/** earned ÷ total in [0, 1]; 0 for a total of 0 or for values that are not finite. */
export function attemptShare(attempt: Pick<AttemptSummary, 'earned' | 'total'>): number {
  const share = attempt.earned / attempt.total;
  if (!Number.isFinite(share) || attempt.total <= 0) return 0;
  return Math.min(1, Math.max(0, share));
}

/** The record after a new attempt: latest is the attempt; best is the better of the two. */
export function recordAttempt(previous: QuizRecord | undefined, attempt: LatestAttempt): QuizRecord {
  const summary: AttemptSummary = { earned: attempt.earned, total: attempt.total, at: attempt.at };
  if (previous === undefined) return { best: summary, latest: attempt };
  const best = attemptShare(attempt) > attemptShare(previous.best) ? summary : previous.best;
  return { best, latest: attempt };
}
