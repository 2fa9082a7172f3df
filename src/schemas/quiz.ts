/**
 * Schema of a question bank file under `content/quizzes/` (JSON or YAML): one lesson's
 * self-check or one module's assessment.
 *
 * Build-time only: it imports `astro/zod`, so browser code must import the plain types and
 * functions from `src/domain/quiz/` instead (the assertion at the bottom keeps them in step).
 *
 * The structure and the answer keys are written once; only texts come in two languages:
 *
 *   { "id": "q-share-of-wallet", "type": "numeric",
 *     "prompt": { "en": "…", "zh-cn": "…" }, "explanation": { "en": "…", "zh-cn": "…" },
 *     "answer": 62.5, "tolerance": { "absolute": 0.1 }, "unit": { "en": "%", "zh-cn": "%" } }
 *
 * Besides the shape, every bank goes through `checkAnswerKeys`: a key naming a missing option,
 * a single-choice question with two correct options, an ordering key that is not a
 * permutation, a text missing in one language… fails the build with the question's id.
 */
import { z } from 'astro/zod';
import { checkAnswerKeys } from '../domain/quiz/check-answer-keys';
import type { QuizBank } from '../domain/quiz/types';
import type { FieldIssue } from '../domain/result';

/** Ids end up in saved progress, results files and CSV exports: keep them plain. */
const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, {
  error: 'Use letters, digits, "-" and "_" only, starting with a letter or digit.',
});

/**
 * A text in both languages. A missing language becomes '' here so that `checkAnswerKeys`
 * reports it together with the question's id, instead of a bare path.
 */
const localizedTextSchema = z
  .strictObject({
    en: z.string().default('').describe('The English text.'),
    'zh-cn': z.string().default('').describe('The Simplified Chinese text.'),
  })
  .describe('A text in English and Simplified Chinese.');

const objectiveSchema = z
  .literal([1, 2, 3, 4, 5], { error: 'A learning objective is a number from 1 to 5.' })
  .describe("One of the unit's five learning objectives (1–5).");

const optionSchema = z
  .strictObject({
    id: idSchema.describe('Unique within the question; keys and saved answers refer to it.'),
    text: localizedTextSchema.describe('What the learner sees.'),
    feedback: localizedTextSchema.optional().describe('Shown beside this option once the answer is checked.'),
  })
  .describe('A choice option, an item to order, or an item to classify.');

const categorySchema = z
  .strictObject({
    id: idSchema.describe('Unique within the question; the matching key refers to it.'),
    text: localizedTextSchema.describe('The category heading.'),
  })
  .describe('A category that matching items are placed in.');

const toleranceSchema = z
  .union(
    [
      z.strictObject({ absolute: z.number().describe('Largest accepted distance, in the answer’s unit.') }),
      z.strictObject({
        relative: z.number().describe('Largest accepted distance as a share of the answer (0.01 = 1%).'),
      }),
    ],
    { error: 'Write the tolerance as { "absolute": 0.1 } or { "relative": 0.01 }.' },
  )
  .describe('How far from the answer still earns full marks (boundary included).');

const questionBase = {
  id: idSchema.describe('Unique within the bank; saved answers and class results refer to it.'),
  prompt: localizedTextSchema.describe('The question.'),
  explanation: localizedTextSchema.describe('Shown after checking, whether the answer was right or wrong.'),
  points: z.number().positive().optional().describe('Points the question is worth; 1 when absent.'),
  objectives: z
    .array(objectiveSchema)
    .optional()
    .describe('Objectives this question serves, when narrower than the bank’s.'),
};

const choiceFields = {
  options: z.array(optionSchema).describe('The options, in authored order.'),
  correct: z.array(z.string()).describe('Ids of the correct options.'),
  shuffleOptions: z.boolean().optional().describe('Shuffle options in an attempt; defaults to the bank’s `shuffle`.'),
};

const singleChoiceSchema = z
  .strictObject({
    ...questionBase,
    type: z.literal('singleChoice').describe('Exactly one correct option.'),
    ...choiceFields,
  })
  .describe('Single choice: all the points for the correct option.');

const multipleChoiceSchema = z
  .strictObject({
    ...questionBase,
    type: z.literal('multipleChoice').describe('One or more correct options.'),
    ...choiceFields,
  })
  .describe('Multiple choice: partial credit, each wrong tick cancels a right one.');

const orderingSchema = z
  .strictObject({
    ...questionBase,
    type: z.literal('ordering').describe('Put the items in order.'),
    items: z.array(optionSchema).describe('The items, in any order; attempts always start shuffled.'),
    correctOrder: z.array(z.string()).describe('Item ids in the correct order.'),
  })
  .describe('Ordering: partial credit by the longest correctly ordered subsequence.');

const matchingSchema = z
  .strictObject({
    ...questionBase,
    type: z.literal('matching').describe('Place each item in a category.'),
    categories: z.array(categorySchema).describe('The categories; several items may share one.'),
    items: z.array(optionSchema).describe('The items to classify.'),
    correctCategory: z.record(z.string(), z.string()).describe('Item id → id of its correct category, for every item.'),
  })
  .describe('Matching / classification: partial credit by the share of items placed right.');

const numericSchema = z
  .strictObject({
    ...questionBase,
    type: z.literal('numeric').describe('Type a number.'),
    answer: z.number().describe('The correct value, in the unit shown.'),
    tolerance: toleranceSchema.optional().describe('Required: { "absolute": 0 } for an exact answer.'),
    unit: localizedTextSchema
      .optional()
      .describe('Unit shown after the box, e.g. "%"; may also be typed after the number.'),
  })
  .describe('Numeric: full marks within the tolerance.');

const questionSchema = z
  .discriminatedUnion(
    'type',
    [singleChoiceSchema, multipleChoiceSchema, orderingSchema, matchingSchema, numericSchema],
    {
      error: 'Unknown question type: use singleChoice, multipleChoice, ordering, matching or numeric.',
    },
  )
  .describe('One question.');

export const quizBankSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Optional JSON Schema reference for editors; ignored.'),
    id: idSchema.describe('The bank id; saved progress refers to it.'),
    kind: z.enum(['self-check', 'assessment']).describe("A lesson's self-check or a module's assessment."),
    passMark: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe('Share of the points (0–1) needed to pass; for assessments.'),
    shuffle: z.boolean().optional().describe('Shuffle questions and options per attempt (seeded, so reloads match).'),
    objectives: z.array(objectiveSchema).optional().describe('The learning objectives (1–5) the questions serve.'),
    questions: z
      .array(questionSchema)
      .min(1, { error: 'A bank needs at least one question.' })
      .describe('The questions.'),
  })
  .superRefine((bank, ctx) => {
    for (const issue of checkAnswerKeys(bank)) {
      ctx.addIssue({ code: 'custom', message: describeKeyIssue(issue), path: toPath(issue.field), input: bank });
    }
  })
  .describe('A question bank: a self-check or an assessment.');

export type QuizBankData = z.output<typeof quizBankSchema>;

/** Compile-time proof that the schema's output is what browser code consumes. */
type Assert<T extends true> = T;
/** @public (a compile-time check, not used at run time) */
export type SchemaOutputIsQuizBank = Assert<QuizBankData extends QuizBank ? true : false>;

/** Author-facing build message for one key issue (English: authors read build logs). */
export function describeKeyIssue(issue: FieldIssue): string {
  const p = issue.params ?? {};
  const text: Record<string, string> = {
    duplicateQuestionId: 'another question already uses this id',
    duplicateOptionId: `the id "${p['optionId']}" is used twice`,
    tooFewOptions: `needs at least ${p['min']} options (has ${p['count']})`,
    tooFewItems: `needs at least ${p['min']} items (has ${p['count']})`,
    tooFewCategories: `needs at least ${p['min']} categories (has ${p['count']})`,
    unknownOptionId: `the key names "${p['optionId']}", which is not an option or item of this question`,
    repeatedInKey: `the key lists "${p['optionId']}" more than once`,
    notExactlyOneCorrect: `a single-choice question needs exactly one correct option (has ${p['count']})`,
    noCorrectOption: 'a multiple-choice question needs at least one correct option',
    missingFromOrder: `correctOrder leaves out the item "${p['optionId']}"`,
    unknownCategoryId: `item "${p['optionId']}" is keyed to "${p['categoryId']}", which is not a category`,
    unmappedItem: `correctCategory gives no category for the item "${p['optionId']}"`,
    missingTolerance: 'a numeric question needs a tolerance; write { "absolute": 0 } for an exact answer',
    negativeTolerance: `the tolerance must not be negative (is ${p['value']})`,
    relativeToleranceOnZero: 'a relative tolerance around an answer of 0 accepts only 0; use an absolute one',
    missingText: `text missing in "${p['locale']}"`,
  };
  const where = p['questionId'] === undefined ? 'Quiz' : `Question "${p['questionId']}"`;
  return `${where}: ${text[issue.code] ?? issue.code} (${issue.code} at ${issue.field}).`;
}

/** `questions.3.correct.1` → ['questions', 3, 'correct', 1]. */
function toPath(field: string): (string | number)[] {
  return field.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}
