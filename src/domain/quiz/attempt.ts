/**
 * Scoring a whole attempt at a bank: per-question scores, totals, percentage, pass/fail.
 *
 * A question left unanswered, incomplete or unreadable earns 0 of its points but keeps its
 * `invalid` score and reason, so the review screen can say "not answered" rather than
 * "wrong". The pass mark is a share of the points (0.7 = 70%).
 */
import { scoreQuestion } from './score-question';
import type { QuizBank, QuizScore } from './types';
import { questionPoints } from './types';

/** The learner's answers by question id; anything missing counts as not answered. */
export type QuizAnswers = Readonly<Record<string, unknown>>;

export interface QuestionResult {
  readonly questionId: string;
  readonly score: QuizScore;
  /** Points earned (0 when the score is invalid). */
  readonly earned: number;
  /** Points the question is worth. */
  readonly total: number;
}

export interface AttemptScore {
  /** One result per question, in the bank's authored order. */
  readonly questions: readonly QuestionResult[];
  readonly earned: number;
  readonly total: number;
  /** earned ÷ total × 100, from 0 to 100 (0 for a bank worth no points). */
  readonly percentage: number;
  /** Whether the pass mark was reached; null when the bank has no pass mark. */
  readonly passed: boolean | null;
  /** How many questions have a scorable (not invalid) answer. */
  readonly answered: number;
}

/**
 * Sums of fractional points drift in binary (0.1 + 0.2 is 0.30000000000000004); this slack
 * keeps a learner who reaches the pass mark exactly from failing by a rounding error.
 */
const PASS_SLACK = 1e-9;

/** Scores every question of the bank against the answers given. */
export function scoreAttempt(bank: QuizBank, answers: QuizAnswers): AttemptScore {
  const questions = bank.questions.map((question): QuestionResult => {
    const input = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    const score = scoreQuestion(question, input);
    const total = questionPoints(question);
    return { questionId: question.id, score, earned: score.type === 'points' ? score.earned : 0, total };
  });
  const earned = sum(questions.map((q) => q.earned));
  const total = sum(questions.map((q) => q.total));
  const share = total > 0 ? earned / total : 0;
  return {
    questions,
    earned,
    total,
    percentage: share * 100,
    passed: bank.passMark === undefined ? null : total > 0 && share >= bank.passMark - PASS_SLACK,
    answered: questions.filter((q) => q.score.type === 'points').length,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
