import fc from 'fast-check';
import { questionFeedback, scoreQuestion, validateAnswer } from '../../../src/domain/quiz/score-question';
import type { QuizQuestion } from '../../../src/domain/quiz/types';
import { exampleBank, question } from './fixtures/banks';

describe('scoreQuestion dispatches on the question type', () => {
  it.each([
    { id: 'latent-segment', input: { selected: ['latent-loyal'] }, earned: 1, total: 1 },
    {
      id: 'attitudinal-indicators',
      input: { selected: ['repurchase-intention', 'repeat-count'] },
      earned: 0,
      total: 1,
    },
    {
      id: 'recovery-steps',
      input: { order: ['apologise', 'listen', 'fair-solution', 'compensate', 'keep-promise', 'follow-up'] },
      earned: 2,
      total: 2,
    },
    {
      id: 'loyalty-causes',
      input: {
        placements: {
          'only-supplier': 'monopoly',
          'data-migration': 'monopoly',
          'low-prices': 'monopoly',
          'weekly-shop': 'monopoly',
          'shared-values': 'monopoly',
        },
      },
      earned: 0.2,
      total: 1,
    },
    { id: 'share-of-wallet', input: { value: '62.5' }, earned: 1, total: 1 },
  ])('$id', ({ id, input, earned, total }) => {
    const q = exampleBank.questions.find((x) => x.id === id) as QuizQuestion;
    expect(scoreQuestion(q, input)).toEqual({ type: 'points', earned, total });
  });

  it.each([undefined, null])('an answer of %s is noAnswer for every type', (input) => {
    for (const q of exampleBank.questions) {
      expect(scoreQuestion(q, input)).toEqual({ type: 'invalid', reason: 'noAnswer' });
      expect(validateAnswer(q, input)).toBe('noAnswer');
      expect(questionFeedback(q, input)).toEqual({ type: 'invalid', reason: 'noAnswer' });
    }
  });

  it('an answer shaped for another type is malformed', () => {
    expect(scoreQuestion(question('recovery-steps', 'ordering'), { selected: ['listen'] })).toEqual({
      type: 'invalid',
      reason: 'malformed',
    });
    expect(validateAnswer(question('share-of-wallet', 'numeric'), { order: [] })).toBe('malformed');
  });

  it('validateAnswer is null for a complete answer, right or wrong', () => {
    expect(validateAnswer(question('latent-segment', 'singleChoice'), { selected: ['disloyal'] })).toBeNull();
    expect(validateAnswer(question('share-of-wallet', 'numeric'), { value: '12' })).toBeNull();
  });

  it('questionFeedback returns ids for each type', () => {
    expect(questionFeedback(question('tarp-rebuy', 'singleChoice'), { selected: ['p83'] })).toEqual({
      type: 'choice',
      correctSelected: [],
      wrongSelected: ['p83'],
      missed: ['p90'],
    });
    expect(questionFeedback(question('share-of-wallet', 'numeric'), { value: '62.5' })).toEqual({
      type: 'numeric',
      value: 62.5,
      withinTolerance: true,
    });
  });
});

/** Inputs shaped like real answers to the question, plus anything at all. */
function anyInputFor(q: QuizQuestion): fc.Arbitrary<unknown> {
  const ids =
    q.type === 'numeric'
      ? ['x']
      : q.type === 'singleChoice' || q.type === 'multipleChoice'
        ? q.options.map((o) => o.id)
        : q.items.map((i) => i.id);
  const someIds = fc.array(fc.oneof(fc.constantFrom(...ids), fc.string()), { maxLength: ids.length + 2 });
  const categories = q.type === 'matching' ? q.categories.map((c) => c.id) : ['c'];
  return fc.oneof(
    fc.record({ selected: fc.oneof(fc.shuffledSubarray(ids), someIds) }),
    fc.record({ order: fc.oneof(fc.shuffledSubarray(ids, { minLength: ids.length }), someIds) }),
    fc.record({
      placements: fc.dictionary(
        fc.oneof(fc.constantFrom(...ids), fc.string()),
        fc.oneof(fc.constantFrom(...categories), fc.string()),
      ),
    }),
    fc.record({ value: fc.oneof(fc.double().map(String), fc.string()) }),
    fc.anything(),
  );
}

describe('scoreQuestion properties', () => {
  it('for any question and any input: invalid, or points with 0 ≤ earned ≤ total, never throwing', () => {
    const questionAndInput = fc
      .constantFrom(...exampleBank.questions)
      .chain((q) => fc.tuple(fc.constant(q), anyInputFor(q)));
    fc.assert(
      fc.property(questionAndInput, ([q, input]) => {
        const score = scoreQuestion(q, input);
        const feedback = questionFeedback(q, input);
        const valid = validateAnswer(q, input);
        if (score.type === 'invalid') return feedback.type === 'invalid' && valid === score.reason;
        return (
          valid === null &&
          feedback.type !== 'invalid' &&
          Number.isFinite(score.earned) &&
          score.earned >= 0 &&
          score.earned <= score.total
        );
      }),
      { numRuns: 2000 },
    );
  });
});
