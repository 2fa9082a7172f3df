import { scoreAttempt } from '../../../src/domain/quiz/attempt';
import type { QuizBank } from '../../../src/domain/quiz/types';
import { choiceQuestion, exampleBank } from './fixtures/banks';

const ALL_RIGHT = {
  'latent-segment': { selected: ['latent-loyal'] },
  'attitudinal-indicators': { selected: ['repurchase-intention', 'recommendation-intention', 'incident-tolerance'] },
  'recovery-steps': { order: ['apologise', 'listen', 'fair-solution', 'compensate', 'keep-promise', 'follow-up'] },
  'indicator-kinds': {
    placements: {
      'share-of-need': 'behavioural',
      'price-sensitivity': 'behavioural',
      'brand-attention': 'behavioural',
      'competitor-attitude': 'attitudinal',
      recommend: 'attitudinal',
    },
  },
  'loyalty-causes': {
    placements: {
      'only-supplier': 'monopoly',
      'data-migration': 'switching-cost',
      'low-prices': 'incentive',
      'weekly-shop': 'habitual',
      'shared-values': 'committed',
    },
  },
  'share-of-wallet': { value: '62.5%' },
  'attitudinal-score': { value: '33.6' },
  'tarp-rebuy': { selected: ['p90'] },
};

describe('scoreAttempt', () => {
  it('all right: 9 of 9 points (the ordering question is worth 2), 100%, passed', () => {
    // Act
    const result = scoreAttempt(exampleBank, ALL_RIGHT);
    // Assert
    expect(result).toMatchObject({ earned: 9, total: 9, percentage: 100, passed: true, answered: 8 });
    expect(result.questions.map((q) => q.questionId)).toEqual(exampleBank.questions.map((q) => q.id));
  });

  it('partial credit, a wrong number and an unanswered question: 6.07 of 9, failed', () => {
    // Arrange
    const { 'tarp-rebuy': _unanswered, ...rest } = ALL_RIGHT;
    const answers = {
      ...rest,
      'attitudinal-indicators': { selected: ['repurchase-intention', 'incident-tolerance'] }, // 2/3
      'recovery-steps': { order: ['follow-up', 'apologise', 'listen', 'fair-solution', 'compensate', 'keep-promise'] }, // 1.6/2
      'loyalty-causes': { placements: { ...ALL_RIGHT['loyalty-causes'].placements, 'low-prices': 'habitual' } }, // 0.8
      'share-of-wallet': { value: '0.625' }, // 0
    };
    // Act
    const result = scoreAttempt(exampleBank, answers);
    // Assert
    expect(result.earned).toBeCloseTo(6.0667, 4);
    expect(result.total).toBe(9);
    expect(result.percentage).toBeCloseTo(67.41, 2);
    expect(result.passed).toBe(false);
    expect(result.answered).toBe(7);
    expect(result.questions.find((q) => q.questionId === 'tarp-rebuy')).toEqual({
      questionId: 'tarp-rebuy',
      score: { type: 'invalid', reason: 'noAnswer' },
      earned: 0,
      total: 1,
    });
  });

  it('an unreadable number is reported as such and earns 0', () => {
    const result = scoreAttempt(exampleBank, { ...ALL_RIGHT, 'share-of-wallet': { value: 'sixty-two' } });
    expect(result.earned).toBe(8);
    expect(result.questions.find((q) => q.questionId === 'share-of-wallet')?.score).toEqual({
      type: 'invalid',
      reason: 'notANumber',
    });
  });

  const tenQuestions = (passMark?: number): QuizBank => ({
    id: 'ten',
    kind: 'assessment',
    ...(passMark === undefined ? {} : { passMark }),
    questions: Array.from({ length: 10 }, (_, i) => ({ ...choiceQuestion('singleChoice', 2, ['o0']), id: `q${i}` })),
  });
  const answersRight = (right: number) =>
    Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`q${i}`, { selected: [i < right ? 'o0' : 'o1'] }]));

  it.each([
    { right: 7, passMark: 0.7, passed: true },
    { right: 6, passMark: 0.7, passed: false },
    { right: 10, passMark: 1, passed: true },
    { right: 0, passMark: 0, passed: true },
    { right: 3, passMark: undefined, passed: null },
  ])('$right of 10 with pass mark $passMark → passed $passed', ({ right, passMark, passed }) => {
    expect(scoreAttempt(tenQuestions(passMark), answersRight(right)).passed).toBe(passed);
  });

  it('ignores answers to questions the bank does not have, and inherited keys', () => {
    const answers = Object.assign(Object.create({ 'latent-segment': { selected: ['latent-loyal'] } }), {
      stray: { value: '1' },
    });
    const result = scoreAttempt(exampleBank, answers);
    expect(result.earned).toBe(0);
    expect(result.answered).toBe(0);
  });
});
