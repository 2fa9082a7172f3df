/**
 * Numeric questions (e.g. a share of wallet in %): validate, score, feedback.
 *
 * Full marks when the typed number lies within the tolerance of the answer, boundary
 * included; no marks otherwise (a computed figure is either right or not). An absolute
 * tolerance is in the answer's unit; a relative one is a share of the answer (0.01 = 1%).
 * What may be typed is documented in `parse-number.ts`.
 */
import { parseNumericAnswer } from './parse-number';
import type { InvalidReason, InvalidScore, NumericQuestion, QuizScore, Tolerance } from './types';
import { questionPoints } from './types';

/** The number read from the input and whether it earned the marks. */
export interface NumericFeedback {
  readonly type: 'numeric';
  readonly value: number;
  readonly withinTolerance: boolean;
}

/**
 * Binary floating point makes 62.5 − 62.4 come out a hair above 0.1; this slack (relative to
 * the answer's size) keeps a boundary value inside the tolerance, as the author meant.
 */
const ROUNDING_SLACK = 1e-9;

/** True when `value` is within `tolerance` of `answer`; a missing tolerance means exact. */
export function isWithinTolerance(value: number, answer: number, tolerance?: Tolerance): boolean {
  if (!Number.isFinite(value) || !Number.isFinite(answer)) return false;
  const allowed =
    tolerance === undefined ? 0 : 'absolute' in tolerance ? tolerance.absolute : tolerance.relative * Math.abs(answer);
  const slack = ROUNDING_SLACK * Math.max(1, Math.abs(answer));
  return Math.abs(value - answer) <= Math.max(0, allowed) + slack;
}

/** Why the input cannot be scored, or null when it can. */
export function validateNumeric(question: NumericQuestion, input: unknown): InvalidReason | null {
  const read = readNumeric(question, input);
  return typeof read === 'string' ? read : null;
}

/** All the points within tolerance, none outside it. */
export function scoreNumeric(question: NumericQuestion, input: unknown): QuizScore {
  const read = readNumeric(question, input);
  if (typeof read === 'string') return { type: 'invalid', reason: read };
  const total = questionPoints(question);
  return { type: 'points', earned: isWithinTolerance(read, question.answer, question.tolerance) ? total : 0, total };
}

/** The number as read and whether it is within tolerance. */
export function numericFeedback(question: NumericQuestion, input: unknown): NumericFeedback | InvalidScore {
  const read = readNumeric(question, input);
  if (typeof read === 'string') return { type: 'invalid', reason: read };
  return {
    type: 'numeric',
    value: read,
    withinTolerance: isWithinTolerance(read, question.answer, question.tolerance),
  };
}

/** The typed number, or why there is none. */
function readNumeric(question: NumericQuestion, input: unknown): number | InvalidReason {
  if (typeof input !== 'object' || input === null || !('value' in input)) return 'malformed';
  const { value } = input;
  if (typeof value !== 'string') return 'malformed';
  const parsed = parseNumericAnswer(value, question.unit);
  if (parsed.ok) return parsed.value;
  return parsed.issues[0]?.code === 'noAnswer' ? 'noAnswer' : 'notANumber';
}
