/**
 * Single- and multiple-choice questions: validate, score, per-option feedback.
 *
 * Single choice: all the points for the correct option, none otherwise.
 *
 * Multiple choice: earned = points × max(0, (correct ticked − wrong ticked) ÷ number correct).
 * This is the "right minus wrong" rule Canvas LMS uses for its multiple-answers questions.
 * Without the deduction, ticking every option would always earn full marks; with it, each
 * wrong tick cancels one right one, so guessing everything earns nothing, while a learner who
 * finds some correct options and no wrong ones gets proportional credit. The floor at 0 keeps
 * a question from taking points away from the rest of the quiz. Tick order never matters.
 */
import type { ChoiceQuestion, ChoiceUserInput, InvalidReason, InvalidScore, QuizScore } from './types';
import { questionPoints } from './types';

/** Which options to mark, by id, in the question's authored order. */
export interface ChoiceFeedback {
  readonly type: 'choice';
  /** Ticked and correct. */
  readonly correctSelected: readonly string[];
  /** Ticked but not correct. */
  readonly wrongSelected: readonly string[];
  /** Correct but not ticked. */
  readonly missed: readonly string[];
}

/** Why the input cannot be scored, or null when it can. */
export function validateChoice(question: ChoiceQuestion, input: unknown): InvalidReason | null {
  const read = readChoice(question, input);
  return typeof read === 'string' ? read : null;
}

/** Scores a choice answer: 1/0 for single choice, right-minus-wrong partial credit for multiple. */
export function scoreChoice(question: ChoiceQuestion, input: unknown): QuizScore {
  const read = readChoice(question, input);
  if (typeof read === 'string') return { type: 'invalid', reason: read };
  const { correctSelected, wrongSelected } = tally(question, read);
  const total = questionPoints(question);
  if (question.type === 'singleChoice') {
    return { type: 'points', earned: correctSelected.length === 1 ? total : 0, total };
  }
  const numberCorrect = new Set(question.correct).size;
  // A key without correct options is rejected by checkAnswerKeys; never divide by zero here.
  if (numberCorrect === 0) return { type: 'points', earned: 0, total };
  const share = Math.max(0, (correctSelected.length - wrongSelected.length) / numberCorrect);
  return { type: 'points', earned: total * Math.min(1, share), total };
}

/** Per-option feedback for a choice answer. */
export function choiceFeedback(question: ChoiceQuestion, input: unknown): ChoiceFeedback | InvalidScore {
  const read = readChoice(question, input);
  if (typeof read === 'string') return { type: 'invalid', reason: read };
  return { type: 'choice', ...tally(question, read) };
}

function tally(question: ChoiceQuestion, input: ChoiceUserInput) {
  const selected = new Set(input.selected);
  const correct = new Set(question.correct);
  const ids = question.options.map((o) => o.id);
  return {
    correctSelected: ids.filter((id) => selected.has(id) && correct.has(id)),
    wrongSelected: ids.filter((id) => selected.has(id) && !correct.has(id)),
    missed: ids.filter((id) => !selected.has(id) && correct.has(id)),
  };
}

/** The input when it fits the question, otherwise why not. */
function readChoice(question: ChoiceQuestion, input: unknown): ChoiceUserInput | InvalidReason {
  if (!isChoiceInput(input)) return 'malformed';
  if (input.selected.length === 0) return 'noAnswer';
  const known = new Set(question.options.map((o) => o.id));
  if (new Set(input.selected).size !== input.selected.length) return 'malformed';
  if (!input.selected.every((id) => known.has(id))) return 'malformed';
  if (question.type === 'singleChoice' && input.selected.length > 1) return 'tooManySelected';
  return input;
}

function isChoiceInput(input: unknown): input is ChoiceUserInput {
  if (typeof input !== 'object' || input === null || !('selected' in input)) return false;
  const { selected } = input;
  return Array.isArray(selected) && selected.every((id) => typeof id === 'string');
}
