import fc from 'fast-check';
import { scoreAttempt } from '../../../src/domain/quiz/attempt';
import { gradeAttempt } from '../../../src/domain/quiz/grade';
import { choiceFeedback } from '../../../src/domain/quiz/score-choice';
import {
  DEFAULT_PASS_MARK,
  describeAttempt,
  optionMark,
  passMarkOf,
  positionMarks,
  reachesPassMark,
  selfCheckPassed,
  verdictOf,
  wholePercent,
} from '../../../src/domain/quiz/display';
import { formatPercent } from '../../../src/i18n/numbers';
import type { ChoiceFeedback } from '../../../src/domain/quiz/score-choice';
import type { QuizBank } from '../../../src/domain/quiz/types';
import { choiceQuestion, orderingQuestion } from './fixtures/banks';

describe('wholePercent: one rounding rule, always down', () => {
  it.each([
    [5, 5, 100],
    [4, 5, 80],
    [14 / 3, 5, 93], // 93.33…%
    [4.95, 5, 99], // never 100% without every point
    [3.499, 5, 69], // 69.98%: below a 70% pass mark, and shown so
    [0, 5, 0],
    [2, 3, 66],
    [0.1 + 0.2 + 0.4, 1, 70], // 0.7000000000000001
    [0.7 - 1e-12, 1, 70], // binary drift below a pass mark is absorbed
    [1, 0, 0],
  ])('%d of %d is %d%%', (earned, total, percent) => {
    expect(wholePercent(earned, total)).toBe(percent);
  });

  it('is a whole number from 0 to 100, never above the exact share, and agrees with the pass check', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 100 }),
        (total, share, mark) => {
          const earned = share * total;
          const percent = wholePercent(earned, total);
          expect(Number.isInteger(percent)).toBe(true);
          expect(percent).toBeGreaterThanOrEqual(0);
          expect(percent).toBeLessThanOrEqual(100);
          expect(percent).toBeLessThanOrEqual((earned / total) * 100 + 1e-6);
          expect(reachesPassMark(earned, total, mark / 100)).toBe(percent >= mark);
        },
      ),
    );
  });
});

describe('pass mark', () => {
  it('is the bank’s own, or 70% when it has none', () => {
    expect(passMarkOf({ passMark: 0.8 })).toBe(0.8);
    expect(passMarkOf({})).toBe(0.7);
    expect(DEFAULT_PASS_MARK).toBe(0.7);
  });
});

describe('verdictOf', () => {
  it.each([
    [1, 1, 'right'],
    [2, 2, 'right'],
    [2 / 3, 1, 'partly'],
    [0.5, 2, 'partly'],
    [0, 1, 'wrong'],
    [1e-15, 1, 'wrong'],
  ] as const)('%d of %d is %s', (earned, total, verdict) => {
    expect(verdictOf(earned, total)).toBe(verdict);
  });
});

describe('describeAttempt', () => {
  const bank: QuizBank = {
    id: 'b',
    kind: 'self-check',
    questions: [
      { ...choiceQuestion('singleChoice', 3, ['o0']), id: 'q1' },
      { ...choiceQuestion('multipleChoice', 4, ['o0', 'o1', 'o2']), id: 'q2' },
      { ...choiceQuestion('singleChoice', 2, ['o1']), id: 'q3' },
      { ...orderingQuestion(3), id: 'q4' },
    ],
  };

  it('counts whole questions right and partly right, with the percentage rounded down', () => {
    // q1 right, q2 two of three (⅔ point), q3 wrong, q4 right: 2⅔ of 4 = 66.7%
    const score = scoreAttempt(bank, {
      q1: { selected: ['o0'] },
      q2: { selected: ['o0', 'o1'] },
      q3: { selected: ['o0'] },
      q4: { order: ['i0', 'i1', 'i2'] },
    });
    expect(describeAttempt(bank, score)).toEqual({
      percent: 66,
      right: 2,
      partly: 1,
      questions: 4,
      passPercent: 70,
      passed: false,
    });
  });

  it('passes at the bank’s pass mark, and the shown percentage agrees', () => {
    const score = scoreAttempt(bank, {
      q1: { selected: ['o0'] },
      q2: { selected: ['o0', 'o1', 'o2'] },
      q3: { selected: ['o0'] },
      q4: { order: ['i0', 'i1', 'i2'] },
    });
    expect(describeAttempt(bank, score)).toMatchObject({ percent: 75, right: 3, partly: 0, passed: true });
    expect(describeAttempt({ passMark: 0.8 }, score)).toMatchObject({ percent: 75, passPercent: 80, passed: false });
  });
});

describe('optionMark: feedback a learner cannot misread', () => {
  const question = choiceQuestion('multipleChoice', 4, ['o0', 'o1']);
  const feedback = choiceFeedback(question, { selected: ['o0', 'o2'] }) as ChoiceFeedback;

  it('marks a right choice right, a wrong choice wrong, a missed correct option as the correct answer, and leaves the rest alone', () => {
    expect(['o0', 'o1', 'o2', 'o3'].map((id) => optionMark(feedback, id))).toEqual([
      'chosenRight',
      'correctAnswer',
      'chosenWrong',
      null,
    ]);
  });

  it('in a single-choice question answered wrongly, the correct option is the correct answer, not wrong', () => {
    const single = choiceQuestion('singleChoice', 3, ['o2']);
    const fb = choiceFeedback(single, { selected: ['o0'] }) as ChoiceFeedback;
    expect(['o0', 'o1', 'o2'].map((id) => optionMark(fb, id))).toEqual(['chosenWrong', null, 'correctAnswer']);
  });
});

describe('positionMarks', () => {
  it('says which positions were right and where the others belong', () => {
    const question = orderingQuestion(4); // i0, i1, i2, i3
    expect(positionMarks(question, ['i0', 'i2', 'i1', 'i3'])).toEqual([
      { itemId: 'i0', right: true, belongsAt: 1 },
      { itemId: 'i2', right: false, belongsAt: 3 },
      { itemId: 'i1', right: false, belongsAt: 2 },
      { itemId: 'i3', right: true, belongsAt: 4 },
    ]);
  });
});

describe('formatPercent', () => {
  it('writes whole percentages the way each language does', () => {
    expect(formatPercent(93, 'en')).toBe('93%');
    expect(formatPercent(100, 'zh-cn')).toBe('100%');
    expect(formatPercent(0, 'en')).toBe('0%');
  });
});

describe('gradeAttempt', () => {
  const bank: QuizBank = {
    id: 'b',
    kind: 'self-check',
    questions: [
      { ...choiceQuestion('singleChoice', 3, ['o0']), id: 'q1' },
      { ...choiceQuestion('multipleChoice', 4, ['o0', 'o1']), id: 'q2' },
    ],
  };

  it('names the open questions by the number shown, in the order shown', () => {
    expect(gradeAttempt(bank, ['q2', 'q1'], { q1: { selected: ['o0'] } })).toEqual({
      type: 'open',
      open: [{ questionId: 'q2', number: 1, reason: 'noAnswer' }],
    });
  });

  it('scores a complete attempt with per-question feedback', () => {
    const graded = gradeAttempt(bank, ['q1', 'q2'], { q1: { selected: ['o0'] }, q2: { selected: ['o0'] } });
    expect(graded.type).toBe('checked');
    if (graded.type !== 'checked') return;
    expect(graded.display).toMatchObject({ percent: 75, right: 1, partly: 1, questions: 2 });
    expect(graded.feedback['q2']).toEqual({
      type: 'choice',
      correctSelected: ['o0'],
      wrongSelected: [],
      missed: ['o1'],
    });
  });
});

describe('selfCheckPassed: the one rule by which a self-check completes a lesson', () => {
  it.each([
    [undefined, false],
    [{ best: { earned: 3, total: 5 } }, false],
    [{ best: { earned: 3.5, total: 5 } }, true],
    [{ best: { earned: 0.1 + 0.2 + 0.4, total: 1 } }, true],
    [{ best: { earned: 0, total: 0 } }, false],
    [{ best: { earned: 5, total: 5 } }, true],
  ])('%o → %s', (record, passed) => {
    expect(selfCheckPassed(record)).toBe(passed);
  });
});
