import fc from 'fast-check';
import { choiceFeedback, scoreChoice, validateChoice } from '../../../src/domain/quiz/score-choice';
import { choiceQuestion, question } from './fixtures/banks';

const latent = question('latent-segment', 'singleChoice');
const attitudinal = question('attitudinal-indicators', 'multipleChoice');

describe('single choice', () => {
  it.each([
    { selected: ['latent-loyal'], earned: 1 },
    { selected: ['spurious-loyal'], earned: 0 },
    { selected: ['true-loyal'], earned: 0 },
  ])('ticking $selected earns $earned', ({ selected, earned }) => {
    // Act
    const score = scoreChoice(latent, { selected });
    // Assert
    expect(score).toEqual({ type: 'points', earned, total: 1 });
  });

  it.each([
    { input: { selected: [] }, reason: 'noAnswer' },
    { input: { selected: ['latent-loyal', 'disloyal'] }, reason: 'tooManySelected' },
    { input: { selected: ['nope'] }, reason: 'malformed' },
    { input: { selected: ['latent-loyal', 'latent-loyal'] }, reason: 'malformed' },
    { input: { order: ['latent-loyal'] }, reason: 'malformed' },
    { input: 'latent-loyal', reason: 'malformed' },
  ])('is invalid ($reason) rather than wrong for $input', ({ input, reason }) => {
    expect(scoreChoice(latent, input)).toEqual({ type: 'invalid', reason });
    expect(validateChoice(latent, input)).toBe(reason);
  });

  it('honours the points a question is worth', () => {
    const worthThree = choiceQuestion('singleChoice', 3, ['o1'], 3);
    expect(scoreChoice(worthThree, { selected: ['o1'] })).toEqual({ type: 'points', earned: 3, total: 3 });
  });
});

describe('multiple choice: points × max(0, (right ticks − wrong ticks) ÷ number correct)', () => {
  // Three correct options (the attitudinal indicators) and two wrong ones (behavioural).
  it.each([
    {
      case: 'all three correct',
      selected: ['repurchase-intention', 'recommendation-intention', 'incident-tolerance'],
      earned: 1,
    },
    { case: 'two of three', selected: ['repurchase-intention', 'incident-tolerance'], earned: 2 / 3 },
    { case: 'one of three', selected: ['recommendation-intention'], earned: 1 / 3 },
    {
      case: 'three right, one wrong',
      selected: ['repurchase-intention', 'recommendation-intention', 'incident-tolerance', 'selection-time'],
      earned: 2 / 3,
    },
    {
      case: 'everything ticked',
      selected: [
        'repurchase-intention',
        'recommendation-intention',
        'incident-tolerance',
        'repeat-count',
        'selection-time',
      ],
      earned: 1 / 3,
    },
    {
      case: 'one right, two wrong (floored at 0)',
      selected: ['repurchase-intention', 'repeat-count', 'selection-time'],
      earned: 0,
    },
    { case: 'only wrong ones', selected: ['repeat-count'], earned: 0 },
  ])('$case → $earned', ({ selected, earned }) => {
    // Act
    const score = scoreChoice(attitudinal, { selected });
    // Assert
    expect(score.type).toBe('points');
    if (score.type === 'points') {
      expect(score.earned).toBeCloseTo(earned, 12);
      expect(score.total).toBe(1);
    }
  });

  it('allows several ticks (no tooManySelected)', () => {
    expect(validateChoice(attitudinal, { selected: ['repeat-count', 'selection-time'] })).toBeNull();
  });

  it('gives per-option feedback as ids', () => {
    // Arrange
    const input = { selected: ['selection-time', 'repurchase-intention'] };
    // Act
    const feedback = choiceFeedback(attitudinal, input);
    // Assert
    expect(feedback).toEqual({
      type: 'choice',
      correctSelected: ['repurchase-intention'],
      wrongSelected: ['selection-time'],
      missed: ['recommendation-intention', 'incident-tolerance'],
    });
  });

  it('gives invalid feedback for an invalid answer', () => {
    expect(choiceFeedback(attitudinal, { selected: [] })).toEqual({ type: 'invalid', reason: 'noAnswer' });
  });
});

/** A multiple-choice question of 1–8 options with a non-empty key, and a set of ticks. */
const questionAndTicks = fc.integer({ min: 1, max: 8 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `o${i}`);
  return fc.record({
    n: fc.constant(n),
    correct: fc.shuffledSubarray(ids, { minLength: 1 }),
    ticks: fc.shuffledSubarray(ids, { minLength: 1 }),
    points: fc.double({ min: 0.5, max: 10, noNaN: true }),
  });
});

describe('choice properties', () => {
  it('the score is finite and within [0, total]', () => {
    fc.assert(
      fc.property(questionAndTicks, ({ n, correct, ticks, points }) => {
        const q = choiceQuestion('multipleChoice', n, correct, points);
        const score = scoreChoice(q, { selected: ticks });
        return (
          score.type === 'points' && Number.isFinite(score.earned) && score.earned >= 0 && score.earned <= score.total
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('the order in which options were ticked does not matter', () => {
    const withReordering = questionAndTicks.chain((case_) =>
      fc.record({
        case_: fc.constant(case_),
        reordered: fc.shuffledSubarray(case_.ticks, { minLength: case_.ticks.length }),
      }),
    );
    fc.assert(
      fc.property(withReordering, ({ case_: { n, correct, ticks }, reordered }) => {
        const q = choiceQuestion('multipleChoice', n, correct);
        expect(scoreChoice(q, { selected: reordered })).toEqual(scoreChoice(q, { selected: ticks }));
        expect(choiceFeedback(q, { selected: reordered })).toEqual(choiceFeedback(q, { selected: ticks }));
      }),
      { numRuns: 1000 },
    );
  });

  it('full marks exactly when the ticks are the key', () => {
    fc.assert(
      fc.property(questionAndTicks, ({ n, correct, ticks }) => {
        const q = choiceQuestion('multipleChoice', n, correct);
        const score = scoreChoice(q, { selected: ticks });
        const sameSet = ticks.length === correct.length && ticks.every((t) => correct.includes(t));
        return score.type === 'points' && (score.earned === score.total) === sameSet;
      }),
      { numRuns: 1000 },
    );
  });
});
