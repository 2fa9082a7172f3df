/**
 * How scores are shown to people: one rule for every self-check, assessment and dashboard.
 *
 * - A score is shown as a **whole percentage, rounded down** (93.3% → 93%, 69.9% → 69%), so
 *   the percentage a learner sees never reaches a pass mark or 100% they did not earn, and
 *   "passed" and the percentage always agree. A tiny slack absorbs binary drift in sums of
 *   fractional points (0.1 + 0.2), the same slack the pass check uses.
 * - Beside it, **whole questions**: "4 of 5 questions right" counts questions that earned all
 *   their points; questions that earned some are counted as "partly right". Fractional points
 *   ("0.9 of 5") are never shown.
 * - A bank without its own pass mark passes at 70%.
 */
import type { AttemptScore } from './attempt';
import type { ChoiceFeedback } from './score-choice';
import type { OrderingQuestion, QuizBank } from './types';

/** The pass mark when a bank does not set one: 70% of the points. */
export const DEFAULT_PASS_MARK = 0.7;

/** Slack in share units (1e-9 of the points) and the same in percent units. */
const SHARE_SLACK = 1e-9;
const PERCENT_SLACK = SHARE_SLACK * 100;

/** The bank's pass mark as a share of the points (0–1). */
export function passMarkOf(bank: Pick<QuizBank, 'passMark'>): number {
  return bank.passMark ?? DEFAULT_PASS_MARK;
}

/** earned ÷ total as a whole percentage from 0 to 100, rounded down (0 when total is 0). */
export function wholePercent(earned: number, total: number): number {
  if (!(total > 0) || !Number.isFinite(earned)) return 0;
  const percent = Math.floor((earned / total) * 100 + PERCENT_SLACK);
  return Math.min(100, Math.max(0, percent));
}

/** Whether earned of total reaches the pass mark (a share, 0–1). */
export function reachesPassMark(earned: number, total: number, passMark: number): boolean {
  return total > 0 && earned / total >= passMark - SHARE_SLACK;
}

/**
 * Whether a lesson's self-check has been passed (its best attempt reaches the default pass
 * mark; lesson self-checks have none of their own): the one rule by which a self-check
 * completes a lesson — on the lesson page, the course map and the progress page alike.
 */
export function selfCheckPassed(
  record: { readonly best: { readonly earned: number; readonly total: number } } | undefined,
): boolean {
  return record !== undefined && reachesPassMark(record.best.earned, record.best.total, DEFAULT_PASS_MARK);
}

/** Right, partly right or wrong: a question's verdict from its points. */
export type Verdict = 'right' | 'partly' | 'wrong';

export function verdictOf(earned: number, total: number): Verdict {
  if (total > 0 && earned >= total - SHARE_SLACK * total) return 'right';
  return earned > SHARE_SLACK * Math.max(total, 1) ? 'partly' : 'wrong';
}

/** What the result line of an attempt says. */
export interface AttemptDisplay {
  /** Whole percentage, rounded down. */
  readonly percent: number;
  /** Questions that earned all their points. */
  readonly right: number;
  /** Questions that earned some but not all of their points. */
  readonly partly: number;
  readonly questions: number;
  /** The pass mark as a whole percentage. */
  readonly passPercent: number;
  /** Reached the bank's pass mark (or 70%); agrees with `percent >= passPercent`. */
  readonly passed: boolean;
}

export function describeAttempt(
  bank: Pick<QuizBank, 'passMark'>,
  score: Pick<AttemptScore, 'earned' | 'total' | 'questions'>,
): AttemptDisplay {
  const verdicts = score.questions.map((q) => verdictOf(q.earned, q.total));
  const passMark = passMarkOf(bank);
  return {
    percent: wholePercent(score.earned, score.total),
    right: verdicts.filter((v) => v === 'right').length,
    partly: verdicts.filter((v) => v === 'partly').length,
    questions: score.questions.length,
    passPercent: Math.round(passMark * 100),
    passed: reachesPassMark(score.earned, score.total, passMark),
  };
}

/**
 * How one option of a checked choice question is marked. Only a choice the learner made can
 * be "wrong"; a correct option they did not choose is shown as the correct answer (never with
 * a cross), and an option neither chosen nor correct is left unmarked.
 */
export type OptionMark = 'chosenRight' | 'chosenWrong' | 'correctAnswer' | null;

export function optionMark(
  feedback: Pick<ChoiceFeedback, 'correctSelected' | 'wrongSelected' | 'missed'>,
  optionId: string,
): OptionMark {
  if (feedback.correctSelected.includes(optionId)) return 'chosenRight';
  if (feedback.wrongSelected.includes(optionId)) return 'chosenWrong';
  if (feedback.missed.includes(optionId)) return 'correctAnswer';
  return null;
}

/** One item of a checked ordering answer: whether it stands in its place, and where it belongs (1-based). */
export interface PositionMark {
  readonly itemId: string;
  readonly right: boolean;
  readonly belongsAt: number;
}

/** Position by position, in the learner's order: which were right and where the others belong. */
export function positionMarks(
  question: Pick<OrderingQuestion, 'correctOrder'>,
  order: readonly string[],
): PositionMark[] {
  return order.map((itemId, index) => ({
    itemId,
    right: question.correctOrder[index] === itemId,
    belongsAt: question.correctOrder.indexOf(itemId) + 1,
  }));
}
