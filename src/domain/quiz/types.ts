/**
 * Question banks for self-checks and module assessments.
 *
 * A bank is authored once, as data: its structure (question and option ids, question types,
 * answer keys, points) is shared by both languages and only the texts differ, so the English
 * and the Chinese versions can never disagree on an answer. The names follow Khan Academy's
 * Perseus: `<T>Question` is what the author writes, `<T>UserInput` is what the learner gives,
 * and a score is a small union of "invalid" (incomplete or unreadable input, not a wrong
 * answer) and "points".
 *
 * These plain interfaces are what browser code imports. `src/schemas/quiz.ts` validates the
 * files under `content/quizzes/` at build time and asserts that its output is assignable to
 * `QuizBank`, so the two cannot drift apart.
 *
 * Optional fields are written `?: T | undefined` because the schema's output spells them that
 * way and the project compiles with `exactOptionalPropertyTypes`.
 */

import type { LocalizedText } from '../locale';
export { LOCALES, type Locale, type LocalizedText } from '../locale';

/** The unit's five learning objectives (textbook unit, source `004`), numbered as there. */
export const LEARNING_OBJECTIVES = [1, 2, 3, 4, 5] as const;
export type LearningObjective = (typeof LEARNING_OBJECTIVES)[number];

/** An option of a choice question, an item to order, or an item to classify. */
export interface QuizOption {
  /** Stable id, unique within its question; answer keys and saved answers refer to it. */
  readonly id: string;
  readonly text: LocalizedText;
  /** Shown next to this option once the answer is checked (why it is right or wrong). */
  readonly feedback?: LocalizedText | undefined;
}

/** A category a matching item can be placed in (several items may share one). */
export interface QuizCategory {
  readonly id: string;
  readonly text: LocalizedText;
}

/** What every question has, whatever its type. */
interface QuestionBase {
  /** Stable id, unique within the bank; saved answers and class results refer to it. */
  readonly id: string;
  readonly prompt: LocalizedText;
  /** Shown after the answer is checked, right or wrong. */
  readonly explanation: LocalizedText;
  /** Worth this many points; 1 when absent. */
  readonly points?: number | undefined;
  /** Learning objectives this question serves, when narrower than the bank's. */
  readonly objectives?: readonly LearningObjective[] | undefined;
}

/** Exactly one option is correct. */
export interface SingleChoiceQuestion extends QuestionBase {
  readonly type: 'singleChoice';
  readonly options: readonly QuizOption[];
  /** Ids of the correct options: exactly one for single choice. */
  readonly correct: readonly string[];
  /** Shuffle the options in an attempt; defaults to the bank's `shuffle`. */
  readonly shuffleOptions?: boolean | undefined;
}

/** One or more options are correct; partial credit applies. */
export interface MultipleChoiceQuestion extends QuestionBase {
  readonly type: 'multipleChoice';
  readonly options: readonly QuizOption[];
  /** Ids of the correct options: at least one. */
  readonly correct: readonly string[];
  /** Shuffle the options in an attempt; defaults to the bank's `shuffle`. */
  readonly shuffleOptions?: boolean | undefined;
}

/** Put the items in order (e.g. the six steps of service recovery). */
export interface OrderingQuestion extends QuestionBase {
  readonly type: 'ordering';
  /** The items, in any order: an attempt always starts them shuffled. */
  readonly items: readonly QuizOption[];
  /** Item ids in the correct order: a permutation of the items' ids. */
  readonly correctOrder: readonly string[];
}

/** Place each item in a category (e.g. indicators → behavioural or attitudinal). */
export interface MatchingQuestion extends QuestionBase {
  readonly type: 'matching';
  readonly categories: readonly QuizCategory[];
  readonly items: readonly QuizOption[];
  /** Item id → id of its correct category; every item appears exactly once. */
  readonly correctCategory: Readonly<Record<string, string>>;
}

/** How far a typed number may be from the answer and still earn full marks (boundary included). */
export type Tolerance =
  /** At most this far from the answer, in the answer's unit. */
  | { readonly absolute: number }
  /** At most this share of the answer away (0.01 = within 1%). */
  | { readonly relative: number };

/** Type a number (e.g. a share of wallet in %). */
export interface NumericQuestion extends QuestionBase {
  readonly type: 'numeric';
  readonly answer: number;
  /**
   * Required by `checkAnswerKeys` (write `{ "absolute": 0 }` for an exact answer). Optional in
   * the type only so that its absence is reported by the key check, with the question id,
   * rather than by the parser; scoring reads a missing tolerance as an exact match.
   */
  readonly tolerance?: Tolerance | undefined;
  /** Unit shown after the input box; typing it after the number is accepted. */
  readonly unit?: LocalizedText | undefined;
}

export type QuizQuestion =
  SingleChoiceQuestion | MultipleChoiceQuestion | OrderingQuestion | MatchingQuestion | NumericQuestion;

export type ChoiceQuestion = SingleChoiceQuestion | MultipleChoiceQuestion;

/** The kind of a question: single or multiple choice, ordering, matching, numeric. */
export type QuestionType = QuizQuestion['type'];

export const QUIZ_KINDS = ['self-check', 'assessment'] as const;
/** A lesson's self-check, or a module's assessment. */
export type QuizKind = (typeof QUIZ_KINDS)[number];

/** One file under `content/quizzes/`: a lesson's self-check or a module's assessment. */
export interface QuizBank {
  readonly id: string;
  readonly kind: QuizKind;
  /** Share of the points (0–1) needed to pass; meant for assessments. */
  readonly passMark?: number | undefined;
  /** Shuffle question order and options in each attempt (seeded, see `arrangeAttempt`). */
  readonly shuffle?: boolean | undefined;
  /** The learning objectives the questions serve. */
  readonly objectives?: readonly LearningObjective[] | undefined;
  readonly questions: readonly QuizQuestion[];
}

/** The ids of the ticked options (any order; each id once). Same shape for single choice. */
export interface ChoiceUserInput {
  readonly selected: readonly string[];
}

/** The learner's order of the item ids, first to last. */
export interface OrderingUserInput {
  readonly order: readonly string[];
}

/** Item id → the category id the learner placed it in; unplaced items are absent. */
export interface MatchingUserInput {
  readonly placements: Readonly<Record<string, string>>;
}

/**
 * Why an answer cannot be scored yet — distinct from a wrong answer.
 * - `noAnswer`: nothing ticked, placed or typed.
 * - `incomplete`: a matching question with some items not yet placed.
 * - `notANumber`: the typed text is not a number (see `parseNumericAnswer` for what is accepted).
 * - `tooManySelected`: more than one option ticked in a single-choice question.
 * - `malformed`: the input does not fit the question (unknown or repeated ids, wrong shape),
 *   e.g. an answer saved before the question was changed.
 */
export const INVALID_REASONS = ['noAnswer', 'incomplete', 'notANumber', 'tooManySelected', 'malformed'] as const;
export type InvalidReason = (typeof INVALID_REASONS)[number];

export interface InvalidScore {
  readonly type: 'invalid';
  readonly reason: InvalidReason;
}
export interface PointsScore {
  readonly type: 'points';
  /** 0 ≤ earned ≤ total, may be fractional (partial credit). */
  readonly earned: number;
  readonly total: number;
}
export type QuizScore = InvalidScore | PointsScore;

/** Points a question is worth: its `points`, or 1. */
export function questionPoints(question: QuizQuestion): number {
  return question.points ?? 1;
}
