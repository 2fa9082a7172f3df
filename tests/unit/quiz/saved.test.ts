import { validateSavedQuizzes } from '../../../src/domain/quiz/saved';

const at = '2026-03-01T10:00:00.000Z';
const withQuestions = (questions: unknown) => ({
  records: {
    'what-is-client-care': {
      best: { earned: 4, total: 5, at },
      latest: { earned: 4, total: 5, at, answers: { a: { selected: ['x'] } }, questions },
    },
  },
});

describe('saved quiz records', () => {
  it('keeps per-question points when they are valid', () => {
    const result = validateSavedQuizzes(
      withQuestions({ 'stage-of-care': { earned: 0.6, total: 1 }, 'care-chain': { earned: 1, total: 1 } }),
    );
    expect(result.ok && result.value.records['what-is-client-care']!.latest.questions).toEqual({
      'stage-of-care': { earned: 0.6, total: 1 },
      'care-chain': { earned: 1, total: 1 },
    });
  });

  it('accepts records saved before per-question points existed', () => {
    const result = validateSavedQuizzes(withQuestions(undefined));
    expect(result.ok && 'questions' in result.value.records['what-is-client-care']!.latest).toBe(false);
  });

  it.each([
    ['earned above total', { q: { earned: 2, total: 1 } }],
    ['negative points', { q: { earned: -1, total: 1 } }],
    ['not an object', [1, 2]],
    ['a bad question id', { 'bad id!': { earned: 1, total: 1 } }],
  ])('refuses %s with the field named', (_, questions) => {
    const result = validateSavedQuizzes(withQuestions(questions));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.field).toBe('records.what-is-client-care.latest.questions');
  });

  it('a "__proto__" question id cannot pollute objects', () => {
    validateSavedQuizzes(
      JSON.parse(
        JSON.stringify(withQuestions({})).replace('"questions":{}', '"questions":{"__proto__":{"earned":1,"total":1}}'),
      ),
    );
    expect(({} as Record<string, unknown>)['earned']).toBeUndefined();
  });
});
