/**
 * Checking a whole attempt as the learner presses "Check": either the questions that cannot be
 * scored yet (in the order shown, with why), or the score, what to show and the per-question
 * feedback. One call, so a page can load all the scoring code only when it is first needed.
 */
import { scoreAttempt, type AttemptScore, type QuizAnswers } from './attempt';
import { describeAttempt, type AttemptDisplay } from './display';
import { questionFeedback, validateAnswer, type QuestionFeedback } from './score-question';
import type { InvalidReason, QuizBank } from './types';

/** A question that cannot be scored yet: its id, its number as shown (1-based) and why. */
export interface OpenQuestion {
  readonly questionId: string;
  readonly number: number;
  readonly reason: InvalidReason;
}

export type GradedAttempt =
  | { readonly type: 'open'; readonly open: readonly OpenQuestion[] }
  | {
      readonly type: 'checked';
      readonly score: AttemptScore;
      readonly display: AttemptDisplay;
      readonly feedback: Readonly<Record<string, QuestionFeedback>>;
    };

/** Checks the answers to the bank's questions, numbered in the order they are shown. */
export function gradeAttempt(bank: QuizBank, shownOrder: readonly string[], answers: QuizAnswers): GradedAttempt {
  const open: OpenQuestion[] = [];
  shownOrder.forEach((questionId, i) => {
    const question = bank.questions.find((q) => q.id === questionId);
    if (!question) return;
    const reason = validateAnswer(question, answers[questionId]);
    if (reason !== null) open.push({ questionId, number: i + 1, reason });
  });
  if (open.length > 0) return { type: 'open', open };
  const score = scoreAttempt(bank, answers);
  const feedback: Record<string, QuestionFeedback> = {};
  for (const question of bank.questions) feedback[question.id] = questionFeedback(question, answers[question.id]);
  return { type: 'checked', score, display: describeAttempt(bank, score), feedback };
}
