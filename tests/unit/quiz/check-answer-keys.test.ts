import { checkAnswerKeys } from '../../../src/domain/quiz/check-answer-keys';
import type { QuizBank, QuizQuestion } from '../../../src/domain/quiz/types';
import { exampleBank, freshBank, text } from './fixtures/banks';

/** The example bank with one question (by id) replaced by `edit(question)`. */
function withQuestion(id: string, edit: (question: QuizQuestion) => QuizQuestion): QuizBank {
  const bank = freshBank();
  return { ...bank, questions: bank.questions.map((q) => (q.id === id ? edit(q) : q)) };
}

/** Narrows a question to a type so a test can rewrite its key. */
function as<T extends QuizQuestion['type']>(q: QuizQuestion, type: T): Extract<QuizQuestion, { type: T }> {
  if (q.type !== type) throw new Error(`${q.id} is not ${type}`);
  return q as Extract<QuizQuestion, { type: T }>;
}

describe('checkAnswerKeys', () => {
  it('passes the example bank', () => {
    expect(checkAnswerKeys(exampleBank)).toEqual([]);
  });

  it.each<{
    case: string;
    bank: QuizBank;
    issue: { field: string; code: string; params: Record<string, string | number> };
  }>([
    {
      case: 'a choice key naming an option that does not exist',
      bank: withQuestion('attitudinal-indicators', (q) => ({
        ...as(q, 'multipleChoice'),
        correct: ['repurchase-intention', 'loyalty-card'],
      })),
      issue: {
        field: 'questions.1.correct.1',
        code: 'unknownOptionId',
        params: { questionId: 'attitudinal-indicators', optionId: 'loyalty-card' },
      },
    },
    {
      case: 'duplicate option ids',
      bank: withQuestion('latent-segment', (q) => {
        const sc = as(q, 'singleChoice');
        return { ...sc, options: [...sc.options, { id: 'disloyal', text: text('Disloyal again') }] };
      }),
      issue: {
        field: 'questions.0.options.4.id',
        code: 'duplicateOptionId',
        params: { questionId: 'latent-segment', optionId: 'disloyal' },
      },
    },
    {
      case: 'single choice with two correct options',
      bank: withQuestion('latent-segment', (q) => ({
        ...as(q, 'singleChoice'),
        correct: ['latent-loyal', 'true-loyal'],
      })),
      issue: {
        field: 'questions.0.correct',
        code: 'notExactlyOneCorrect',
        params: { questionId: 'latent-segment', count: 2 },
      },
    },
    {
      case: 'single choice with no correct option',
      bank: withQuestion('tarp-rebuy', (q) => ({ ...as(q, 'singleChoice'), correct: [] })),
      issue: {
        field: 'questions.7.correct',
        code: 'notExactlyOneCorrect',
        params: { questionId: 'tarp-rebuy', count: 0 },
      },
    },
    {
      case: 'multiple choice with no correct option',
      bank: withQuestion('attitudinal-indicators', (q) => ({ ...as(q, 'multipleChoice'), correct: [] })),
      issue: {
        field: 'questions.1.correct',
        code: 'noCorrectOption',
        params: { questionId: 'attitudinal-indicators' },
      },
    },
    {
      case: 'a key listing an option twice',
      bank: withQuestion('attitudinal-indicators', (q) => ({
        ...as(q, 'multipleChoice'),
        correct: ['repurchase-intention', 'repurchase-intention'],
      })),
      issue: {
        field: 'questions.1.correct.1',
        code: 'repeatedInKey',
        params: { questionId: 'attitudinal-indicators', optionId: 'repurchase-intention' },
      },
    },
    {
      case: 'an ordering key that leaves an item out',
      bank: withQuestion('recovery-steps', (q) => ({
        ...as(q, 'ordering'),
        correctOrder: ['apologise', 'listen', 'fair-solution', 'compensate', 'keep-promise'],
      })),
      issue: {
        field: 'questions.2.correctOrder',
        code: 'missingFromOrder',
        params: { questionId: 'recovery-steps', optionId: 'follow-up' },
      },
    },
    {
      case: 'an ordering key naming an unknown item',
      bank: withQuestion('recovery-steps', (q) => ({
        ...as(q, 'ordering'),
        correctOrder: ['apologise', 'listen', 'fair-solution', 'compensate', 'keep-promise', 'follow-up', 'smile'],
      })),
      issue: {
        field: 'questions.2.correctOrder.6',
        code: 'unknownOptionId',
        params: { questionId: 'recovery-steps', optionId: 'smile' },
      },
    },
    {
      case: 'an ordering key repeating an item',
      bank: withQuestion('recovery-steps', (q) => ({
        ...as(q, 'ordering'),
        correctOrder: ['apologise', 'listen', 'fair-solution', 'compensate', 'keep-promise', 'follow-up', 'listen'],
      })),
      issue: {
        field: 'questions.2.correctOrder.6',
        code: 'repeatedInKey',
        params: { questionId: 'recovery-steps', optionId: 'listen' },
      },
    },
    {
      case: 'a matching key naming an unknown category',
      bank: withQuestion('indicator-kinds', (q) => {
        const m = as(q, 'matching');
        return { ...m, correctCategory: { ...m.correctCategory, recommend: 'emotional' } };
      }),
      issue: {
        field: 'questions.3.correctCategory.recommend',
        code: 'unknownCategoryId',
        params: { questionId: 'indicator-kinds', optionId: 'recommend', categoryId: 'emotional' },
      },
    },
    {
      case: 'a matching key leaving an item unmapped',
      bank: withQuestion('indicator-kinds', (q) => {
        const m = as(q, 'matching');
        const { recommend: _dropped, ...rest } = m.correctCategory;
        return { ...m, correctCategory: rest };
      }),
      issue: {
        field: 'questions.3.correctCategory',
        code: 'unmappedItem',
        params: { questionId: 'indicator-kinds', optionId: 'recommend' },
      },
    },
    {
      case: 'a matching key for an item that does not exist',
      bank: withQuestion('indicator-kinds', (q) => {
        const m = as(q, 'matching');
        return { ...m, correctCategory: { ...m.correctCategory, 'selection-time': 'behavioural' } };
      }),
      issue: {
        field: 'questions.3.correctCategory.selection-time',
        code: 'unknownOptionId',
        params: { questionId: 'indicator-kinds', optionId: 'selection-time' },
      },
    },
    {
      case: 'a numeric answer without a tolerance',
      bank: withQuestion('share-of-wallet', (q) => {
        const { tolerance: _dropped, ...rest } = as(q, 'numeric');
        return rest;
      }),
      issue: { field: 'questions.5.tolerance', code: 'missingTolerance', params: { questionId: 'share-of-wallet' } },
    },
    {
      case: 'a negative tolerance',
      bank: withQuestion('share-of-wallet', (q) => ({ ...as(q, 'numeric'), tolerance: { absolute: -0.1 } })),
      issue: {
        field: 'questions.5.tolerance',
        code: 'negativeTolerance',
        params: { questionId: 'share-of-wallet', value: -0.1 },
      },
    },
    {
      case: 'a relative tolerance around 0',
      bank: withQuestion('share-of-wallet', (q) => ({ ...as(q, 'numeric'), answer: 0, tolerance: { relative: 0.01 } })),
      issue: {
        field: 'questions.5.tolerance',
        code: 'relativeToleranceOnZero',
        params: { questionId: 'share-of-wallet' },
      },
    },
    {
      case: 'an option text missing in Chinese',
      bank: withQuestion('latent-segment', (q) => {
        const sc = as(q, 'singleChoice');
        return {
          ...sc,
          options: sc.options.map((o, i) => (i === 2 ? { ...o, text: { en: o.text.en, 'zh-cn': '' } } : o)),
        };
      }),
      issue: {
        field: 'questions.0.options.2.text.zh-cn',
        code: 'missingText',
        params: { questionId: 'latent-segment', locale: 'zh-cn' },
      },
    },
    {
      case: 'a blank English prompt',
      bank: withQuestion('recovery-steps', (q) => ({ ...q, prompt: { en: '  ', 'zh-cn': q.prompt['zh-cn'] } })),
      issue: {
        field: 'questions.2.prompt.en',
        code: 'missingText',
        params: { questionId: 'recovery-steps', locale: 'en' },
      },
    },
    {
      case: 'option feedback missing in Chinese',
      bank: withQuestion('tarp-rebuy', (q) => {
        const sc = as(q, 'singleChoice');
        return {
          ...sc,
          options: sc.options.map((o, i) => (i === 1 ? { ...o, feedback: { en: 'Right.', 'zh-cn': '' } } : o)),
        };
      }),
      issue: {
        field: 'questions.7.options.1.feedback.zh-cn',
        code: 'missingText',
        params: { questionId: 'tarp-rebuy', locale: 'zh-cn' },
      },
    },
    {
      case: 'a category heading missing in Chinese',
      bank: withQuestion('loyalty-causes', (q) => {
        const m = as(q, 'matching');
        return {
          ...m,
          categories: m.categories.map((c, i) => (i === 0 ? { ...c, text: { en: 'Monopoly', 'zh-cn': '' } } : c)),
        };
      }),
      issue: {
        field: 'questions.4.categories.0.text.zh-cn',
        code: 'missingText',
        params: { questionId: 'loyalty-causes', locale: 'zh-cn' },
      },
    },
    {
      case: 'two questions with one id',
      bank: withQuestion('tarp-rebuy', (q) => ({ ...q, id: 'latent-segment' })),
      issue: { field: 'questions.7.id', code: 'duplicateQuestionId', params: { questionId: 'latent-segment' } },
    },
    {
      case: 'a choice question with one option',
      bank: withQuestion('tarp-rebuy', (q) => {
        const sc = as(q, 'singleChoice');
        return { ...sc, options: sc.options.filter((o) => o.id === 'p90') };
      }),
      issue: {
        field: 'questions.7.options',
        code: 'tooFewOptions',
        params: { questionId: 'tarp-rebuy', count: 1, min: 2 },
      },
    },
    {
      case: 'an ordering question with one item',
      bank: withQuestion('recovery-steps', (q) => {
        const o = as(q, 'ordering');
        return { ...o, items: o.items.filter((i) => i.id === 'listen'), correctOrder: ['listen'] };
      }),
      issue: {
        field: 'questions.2.items',
        code: 'tooFewItems',
        params: { questionId: 'recovery-steps', count: 1, min: 2 },
      },
    },
    {
      case: 'a classification with one category',
      bank: withQuestion('indicator-kinds', (q) => {
        const m = as(q, 'matching');
        return { ...m, categories: m.categories.filter((c) => c.id === 'behavioural') };
      }),
      issue: {
        field: 'questions.3.categories',
        code: 'tooFewCategories',
        params: { questionId: 'indicator-kinds', count: 1, min: 2 },
      },
    },
  ])('catches $case', ({ bank, issue }) => {
    // Act
    const issues = checkAnswerKeys(bank);
    // Assert
    expect(issues).toContainEqual(issue);
  });

  it('reports only the broken question, leaving sound ones alone', () => {
    const bank = withQuestion('latent-segment', (q) => ({
      ...as(q, 'singleChoice'),
      correct: ['latent-loyal', 'true-loyal'],
    }));
    const questionIds = new Set(checkAnswerKeys(bank).map((i) => i.params?.['questionId']));
    expect([...questionIds]).toEqual(['latent-segment']);
  });
});
