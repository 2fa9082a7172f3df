import { quizBankSchema } from '../../../src/schemas/quiz';
import exampleJson from './fixtures/example-bank.json';

const REMOVE = Symbol('remove');

/** A deep copy of the example file with the value at a dotted path set (or removed). */
function edited(path: string, value: unknown): unknown {
  const json: unknown = structuredClone(exampleJson);
  const keys = path.split('.');
  let node = json as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys[keys.length - 1] ?? '';
  if (value === REMOVE) delete node[last];
  else node[last] = value;
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
      at: 'questions.1.correct',
      value: ['repurchase-intention', 'loyalty-card'],
      expected: 'questions.1.correct.1: Question "attitudinal-indicators": the key names "loyalty-card"',
    },
    {
      case: 'a single-choice question with two correct options',
      at: 'questions.0.correct',
      value: ['latent-loyal', 'true-loyal'],
      expected:
        'questions.0.correct: Question "latent-segment": a single-choice question needs exactly one correct option (has 2)',
    },
    {
      case: 'a Chinese text left out entirely',
      at: 'questions.2.items.0.text.zh-cn',
      value: REMOVE,
      expected: 'questions.2.items.0.text.zh-cn: Question "recovery-steps": text missing in "zh-cn"',
    },
    {
      case: 'a numeric question without a tolerance',
      at: 'questions.5.tolerance',
      value: REMOVE,
      expected: 'questions.5.tolerance: Question "share-of-wallet": a numeric question needs a tolerance',
    },
  ])('fails the build on $case, naming the question', ({ at, value, expected }) => {
    expect(messages(edited(at, value)).join('\n')).toContain(expected);
  });

  it.each([
    {
      case: 'a misspelt field',
      at: 'questions.0.explaination',
      value: exampleJson.questions[0]?.explanation,
      path: 'questions.0',
    },
    { case: 'an unknown question type', at: 'questions.0.type', value: 'trueFalse', path: 'questions.0.type' },
    { case: 'a pass mark above 1', at: 'passMark', value: 70, path: 'passMark' },
    { case: 'objective 6', at: 'objectives', value: [4, 6], path: 'objectives.1' },
    {
      case: 'an id with a space',
      at: 'questions.0.options.0.id',
      value: 'true loyal',
      path: 'questions.0.options.0.id',
    },
    {
      case: 'a tolerance with both kinds',
      at: 'questions.5.tolerance',
      value: { absolute: 1, relative: 0.1 },
      path: 'questions.5.tolerance',
    },
    { case: 'a question without options', at: 'questions.0.options', value: REMOVE, path: 'questions.0.options' },
    { case: 'no questions', at: 'questions', value: [], path: 'questions' },
    { case: 'zero points', at: 'questions.0.points', value: 0, path: 'questions.0.points' },
  ])('rejects $case at $path without throwing', ({ at, value, path }) => {
    const result = quizBankSchema.safeParse(edited(at, value));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('fills a missing language with "" only to report it: the parse still fails', () => {
    const input = edited('questions.0.prompt.zh-cn', REMOVE);
    expect(quizBankSchema.safeParse(input).success).toBe(false);
  });
});
