/**
 * Answer-key integrity of a question bank: the checks a schema cannot express field by field.
 *
 * `src/schemas/quiz.ts` runs this on every bank file, so a bad key fails the build with the
 * question's id in the message; tests call it directly. Each issue's `field` is the path in
 * the file (`questions.3.correctOrder.2`), and its params always carry `questionId` when a
 * question is at fault.
 *
 * Codes and params:
 * - `duplicateQuestionId` {questionId}
 * - `duplicateOptionId` {questionId, optionId} — among options, items or categories
 * - `tooFewOptions` {questionId, count, min} — choice questions need 2 options
 * - `tooFewItems` {questionId, count, min} — ordering needs 2 items, matching 1
 * - `tooFewCategories` {questionId, count, min} — matching needs 2 categories
 * - `unknownOptionId` {questionId, optionId} — a key names an option/item that does not exist
 * - `repeatedInKey` {questionId, optionId} — a key lists the same id twice
 * - `notExactlyOneCorrect` {questionId, count} — single choice
 * - `noCorrectOption` {questionId} — multiple choice
 * - `missingFromOrder` {questionId, optionId} — an item the ordering key leaves out
 * - `unknownCategoryId` {questionId, optionId, categoryId} — matching key
 * - `unmappedItem` {questionId, optionId} — an item the matching key leaves out
 * - `missingTolerance` {questionId}; `negativeTolerance` {questionId, value}
 * - `relativeToleranceOnZero` {questionId} — only an exact 0 would ever be accepted
 * - `missingText` {questionId, locale} — a text empty or blank in one language
 */
import type { FieldIssue } from '../result';
import type { LocalizedText, QuizBank, QuizCategory, QuizOption, QuizQuestion } from './types';
import { LOCALES } from './types';

/** Every answer-key problem in the bank; an empty list means the keys are sound. */
export function checkAnswerKeys(bank: QuizBank): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  bank.questions.forEach((question, index) => {
    const at = `questions.${index}`;
    const report = (field: string, code: string, params: Record<string, string | number> = {}) =>
      issues.push({
        field: `${at}.${field}`,
        code,
        params: { questionId: question.id, ...params },
      });
    if (seen.has(question.id)) report('id', 'duplicateQuestionId');
    seen.add(question.id);
    checkTexts(question, report);
    checkKey(question, report);
  });
  return issues;
}

type Report = (field: string, code: string, params?: Record<string, string | number>) => void;

function checkKey(question: QuizQuestion, report: Report): void {
  switch (question.type) {
    case 'singleChoice':
    case 'multipleChoice': {
      const ids = uniqueIds(question.options, 'options', report);
      if (question.options.length < 2) report('options', 'tooFewOptions', { count: question.options.length, min: 2 });
      const correct = checkKeyList(question.correct, ids, 'correct', report);
      if (question.type === 'singleChoice' && correct.size !== 1) {
        report('correct', 'notExactlyOneCorrect', { count: correct.size });
      }
      if (question.type === 'multipleChoice' && correct.size === 0) report('correct', 'noCorrectOption');
      return;
    }
    case 'ordering': {
      const ids = uniqueIds(question.items, 'items', report);
      if (question.items.length < 2) report('items', 'tooFewItems', { count: question.items.length, min: 2 });
      const listed = checkKeyList(question.correctOrder, ids, 'correctOrder', report);
      for (const id of ids) if (!listed.has(id)) report('correctOrder', 'missingFromOrder', { optionId: id });
      return;
    }
    case 'matching': {
      const items = uniqueIds(question.items, 'items', report);
      const categories = uniqueIds(question.categories, 'categories', report);
      if (question.items.length < 1) report('items', 'tooFewItems', { count: 0, min: 1 });
      if (question.categories.length < 2) {
        report('categories', 'tooFewCategories', { count: question.categories.length, min: 2 });
      }
      for (const [itemId, categoryId] of Object.entries(question.correctCategory)) {
        const field = `correctCategory.${itemId}`;
        if (!items.has(itemId)) report(field, 'unknownOptionId', { optionId: itemId });
        else if (!categories.has(categoryId)) report(field, 'unknownCategoryId', { optionId: itemId, categoryId });
      }
      for (const id of items) {
        if (!Object.hasOwn(question.correctCategory, id)) report('correctCategory', 'unmappedItem', { optionId: id });
      }
      return;
    }
    case 'numeric': {
      const { tolerance } = question;
      if (tolerance === undefined) {
        report('tolerance', 'missingTolerance');
        return;
      }
      const value = 'absolute' in tolerance ? tolerance.absolute : tolerance.relative;
      if (!(value >= 0)) report('tolerance', 'negativeTolerance', { value });
      else if ('relative' in tolerance && question.answer === 0 && value > 0)
        report('tolerance', 'relativeToleranceOnZero');
      return;
    }
  }
}

/** The set of ids, reporting each repeat. */
function uniqueIds(list: readonly (QuizOption | QuizCategory)[], field: string, report: Report): Set<string> {
  const ids = new Set<string>();
  list.forEach((entry, i) => {
    if (ids.has(entry.id)) report(`${field}.${i}.id`, 'duplicateOptionId', { optionId: entry.id });
    ids.add(entry.id);
  });
  return ids;
}

/** The distinct known ids a key lists, reporting unknown and repeated ones. */
function checkKeyList(key: readonly string[], known: ReadonlySet<string>, field: string, report: Report): Set<string> {
  const listed = new Set<string>();
  key.forEach((id, i) => {
    if (!known.has(id)) report(`${field}.${i}`, 'unknownOptionId', { optionId: id });
    else if (listed.has(id)) report(`${field}.${i}`, 'repeatedInKey', { optionId: id });
    else listed.add(id);
  });
  return listed;
}

/** Reports every text of the question that is blank in some language. */
function checkTexts(question: QuizQuestion, report: Report): void {
  const texts: [string, LocalizedText | undefined][] = [
    ['prompt', question.prompt],
    ['explanation', question.explanation],
  ];
  const listed = (field: string, list: readonly (QuizOption | QuizCategory)[]) =>
    list.forEach((entry, i) => {
      texts.push([`${field}.${i}.text`, entry.text]);
      if ('feedback' in entry) texts.push([`${field}.${i}.feedback`, entry.feedback]);
    });
  if (question.type === 'singleChoice' || question.type === 'multipleChoice') listed('options', question.options);
  if (question.type === 'ordering') listed('items', question.items);
  if (question.type === 'matching') {
    listed('categories', question.categories);
    listed('items', question.items);
  }
  if (question.type === 'numeric') texts.push(['unit', question.unit]);
  for (const [field, text] of texts) {
    if (text === undefined) continue;
    for (const locale of LOCALES) {
      if (text[locale].trim() === '') report(`${field}.${locale}`, 'missingText', { locale });
    }
  }
}
