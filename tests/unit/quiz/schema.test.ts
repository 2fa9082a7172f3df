import { quizBankSchema } from '../../../src/schemas/quiz';
import exampleJson from './fixtures/example-bank.json';

/** The example file with `edit` applied to a deep copy of its JSON. */
function edited(edit: (json: any) => void): unknown {
  const json = structuredClone(exampleJson);
  edit(json);
  return json;
}

function messages(input: unknown): string[] {
  const result = quizBankSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('quizBankSchema', () => {
  it('accepts the example bank, all five question types', () => {
    // Act
    const result = quizBankSchema.safeParse(exampleJson);
    // Assert
    expect(result.success).toBe(true);
    expect(new Set(result.data?.questions.map((q) => q.type))).toEqual(
      new Set(['singleChoice', 'multipleChoice', 'ordering', 'matching', 'numeric']),
    );
  });

  it.each([
    {
      case: 'a key naming a missing option',
      edit: (json: any) => (json.questions[1].correct = ['repurchase-intention', 'loyalty-card']),
      expected: 'questions.1.correct.1: Question "attitudinal-indicators": the key names "loyalty-card"',
    },
    {
      case: 'a single-choice question with two correct options',
      edit: (json: any) => (json.questions[0].correct = ['latent-loyal', 'true-loyal']),
      expected: 'questions.0.correct: Question "latent-segment": a single-choice question needs exactly one correct option (has 2)',
    },
    {
      case: 'a Chinese text left out entirely',
      edit: (json: any) => delete json.questions[2].items[0].text['zh-cn'],
      expected: 'questions.2.items.0.text.zh-cn: Question "recovery-steps": text missing in "zh-cn"',
    },
    {
      case: 'a numeric question without a tolerance',
      edit: (json: any) => delete json.questions[5].tolerance,
      expected: 'questions.5.tolerance: Question "share-of-wallet": a numeric question needs a tolerance',
    },
  ])('fails the build on $case, naming the question', ({ edit, expected }) => {
    expect(messages(edited(edit)).join('\n')).toContain(expected);
  });

  it.each([
    { case: 'a misspelt field', edit: (json: any) => (json.questions[0].explaination = json.questions[0].explanation), path: 'questions.0' },
    { case: 'an unknown question type', edit: (json: any) => (json.questions[0].type = 'trueFalse'), path: 'questions.0.type' },
    { case: 'a pass mark above 1', edit: (json: any) => (json.passMark = 70), path: 'passMark' },
    { case: 'objective 6', edit: (json: any) => (json.objectives = [4, 6]), path: 'objectives.1' },
    { case: 'an id with a space', edit: (json: any) => (json.questions[0].options[0].id = 'true loyal'), path: 'questions.0.options.0.id' },
    { case: 'a tolerance with both kinds', edit: (json: any) => (json.questions[5].tolerance = { absolute: 1, relative: 0.1 }), path: 'questions.5.tolerance' },
    { case: 'a question without options', edit: (json: any) => delete json.questions[0].options, path: 'questions.0.options' },
    { case: 'no questions', edit: (json: any) => (json.questions = []), path: 'questions' },
    { case: 'zero points', edit: (json: any) => (json.questions[0].points = 0), path: 'questions.0.points' },
  ])('rejects $case at $path without throwing', ({ edit, path }) => {
    const result = quizBankSchema.safeParse(edited(edit));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('fills a missing language with "" only to report it: the parse still fails', () => {
    const input = edited((json) => delete json.questions[0].prompt['zh-cn']);
    expect(quizBankSchema.safeParse(input).success).toBe(false);
  });
});
