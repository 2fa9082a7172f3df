import fc from 'fast-check';
import { parseNumericAnswer } from '../../../src/domain/quiz/parse-number';
import { isWithinTolerance, numericFeedback, scoreNumeric } from '../../../src/domain/quiz/score-numeric';
import type { NumericQuestion } from '../../../src/domain/quiz/types';
import { question, text } from './fixtures/banks';

// Share of wallet: 600 of 960 yuan → 62.5% (curriculum, module E); tolerance ±0.1, unit %.
const shareOfWallet = question('share-of-wallet', 'numeric');
// Attitudinal loyalty worked example → 33.6 (curriculum, module E); tolerance ±0.05, no unit.
const attitudinal = question('attitudinal-score', 'numeric');

describe('numeric: full marks within tolerance', () => {
  it.each([
    { typed: '62.5', earned: 1 },
    { typed: '62.5%', earned: 1 },
    { typed: ' 62.5 % ', earned: 1 },
    { typed: '62,5', earned: 1 },
    { typed: '６２．５', earned: 1 },
    { typed: '６２．５％', earned: 1 },
    { typed: '６２，５', earned: 1 },
    { typed: '62。5', earned: 1 },
    { typed: '62.4', earned: 1 }, // on the boundary: included
    { typed: '62.6', earned: 1 },
    { typed: '62.39', earned: 0 },
    { typed: '63', earned: 0 },
    { typed: '0.625', earned: 0 }, // the number typed is the number scored
    { typed: '50', earned: 0 },
  ])('share of wallet: "$typed" earns $earned', ({ typed, earned }) => {
    expect(scoreNumeric(shareOfWallet, { value: typed })).toEqual({ type: 'points', earned, total: 1 });
  });

  it.each([
    { typed: '33.6', earned: 1 },
    { typed: '33.65', earned: 1 },
    { typed: '33.55', earned: 1 },
    { typed: '33.7', earned: 0 },
    { typed: '49', earned: 0 }, // the attainable maximum, not the score
  ])('attitudinal loyalty: "$typed" earns $earned', ({ typed, earned }) => {
    expect(scoreNumeric(attitudinal, { value: typed })).toEqual({ type: 'points', earned, total: 1 });
  });

  it.each([
    { typed: '', reason: 'noAnswer' },
    { typed: '   ', reason: 'noAnswer' },
    { typed: 'sixty', reason: 'notANumber' },
    { typed: '62.5 yuan', reason: 'notANumber' },
    { typed: '5/8', reason: 'notANumber' },
    { typed: '6.25e1', reason: 'notANumber' },
    { typed: '62.5%%', reason: 'notANumber' },
    { typed: '62.5.1', reason: 'notANumber' },
  ])('"$typed" is invalid ($reason), not wrong', ({ typed, reason }) => {
    expect(scoreNumeric(shareOfWallet, { value: typed })).toEqual({ type: 'invalid', reason });
  });

  it.each([{ input: { value: 62.5 } }, { input: { selected: ['62.5'] } }, { input: 62.5 }])(
    'a non-text input $input is malformed',
    ({ input }) => {
      expect(scoreNumeric(shareOfWallet, input)).toEqual({ type: 'invalid', reason: 'malformed' });
    },
  );

  it('a percent sign is refused when the unit is not %', () => {
    expect(scoreNumeric(attitudinal, { value: '33.6%' })).toEqual({ type: 'invalid', reason: 'notANumber' });
  });

  it('reports the number read and whether it is within tolerance', () => {
    expect(numericFeedback(shareOfWallet, { value: '６２．５％' })).toEqual({
      type: 'numeric',
      value: 62.5,
      withinTolerance: true,
    });
    expect(numericFeedback(shareOfWallet, { value: '60' })).toEqual({
      type: 'numeric',
      value: 60,
      withinTolerance: false,
    });
  });
});

describe('parseNumericAnswer', () => {
  const yuan = text('yuan');
  const yuanZh = { en: 'yuan', 'zh-cn': '元' };
  it.each([
    { typed: '63,590', unit: undefined, value: 63590 }, // TARP: sales lost to poor quality and service
    { typed: '27 693', unit: undefined, value: 27693 },
    { typed: '1,234.5', unit: undefined, value: 1234.5 },
    { typed: '1,500', unit: undefined, value: 1500 },
    { typed: '1,5', unit: undefined, value: 1.5 },
    { typed: '0,625', unit: undefined, value: 0.625 },
    { typed: '.5', unit: undefined, value: 0.5 },
    { typed: '−3', unit: undefined, value: -3 },
    { typed: '+3', unit: undefined, value: 3 },
    { typed: '-0', unit: undefined, value: 0 },
    { typed: '600元', unit: yuanZh, value: 600 },
    { typed: '600 Yuan', unit: yuan, value: 600 },
    { typed: '６００ 元', unit: yuanZh, value: 600 },
  ])('reads "$typed" as $value', ({ typed, unit, value }) => {
    expect(parseNumericAnswer(typed, unit)).toEqual({ ok: true, value });
  });

  it.each([
    { typed: '', code: 'noAnswer' },
    { typed: '1,50,000', code: 'notANumber' },
    { typed: '1.5.0', code: 'notANumber' },
    { typed: '9'.repeat(400), code: 'notANumber' },
    { typed: 'Infinity', code: 'notANumber' },
    { typed: 'NaN', code: 'notANumber' },
    { typed: '0x10', code: 'notANumber' },
  ])('refuses "$typed" with $code', ({ typed, code }) => {
    const result = parseNumericAnswer(typed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ field: 'answer', code });
  });
});

describe('isWithinTolerance', () => {
  it.each([
    { value: 33.9, answer: 33.6, tolerance: { relative: 0.01 }, within: true },
    { value: 34, answer: 33.6, tolerance: { relative: 0.01 }, within: false },
    { value: 62.5, answer: 62.5, tolerance: undefined, within: true },
    { value: 62.51, answer: 62.5, tolerance: undefined, within: false },
    { value: 1, answer: 0, tolerance: { absolute: -5 }, within: false },
    { value: Number.NaN, answer: 0, tolerance: { absolute: 5 }, within: false },
  ])('$value vs $answer with $tolerance → $within', ({ value, answer, tolerance, within }) => {
    expect(isWithinTolerance(value, answer, tolerance)).toBe(within);
  });
});

describe('numeric properties', () => {
  it('any typed text scores invalid or points within [0, total], never NaN', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (typed) => {
        const score = scoreNumeric(shareOfWallet, { value: typed });
        return score.type === 'invalid' || (score.earned >= 0 && score.earned <= score.total);
      }),
      { numRuns: 1000 },
    );
  });

  it('a parsed number is always finite', () => {
    const numberish = fc.stringMatching(/^[ +\-−]?[0-9０-９]{0,400}[.,。．，]?[0-9０-９]{0,5}[ %％]?$/);
    fc.assert(
      fc.property(numberish, (typed) => {
        const result = parseNumericAnswer(typed, { en: '%', 'zh-cn': '%' });
        return !result.ok || Number.isFinite(result.value);
      }),
      { numRuns: 1000 },
    );
  });

  it('an integer reads back the same with thousands separators, in full width, and with the unit', () => {
    const toFullWidth = (s: string) => s.replace(/[0-9,.%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const grouped = n.toLocaleString('en-US');
        const expected = n === 0 ? 0 : n;
        expect(parseNumericAnswer(grouped)).toEqual({ ok: true, value: expected });
        expect(parseNumericAnswer(toFullWidth(`${grouped}%`), { en: '%', 'zh-cn': '%' })).toEqual({
          ok: true,
          value: expected,
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('a value on either tolerance boundary earns the marks', () => {
    const q = (answer: number, absolute: number): NumericQuestion => ({
      id: 'n',
      type: 'numeric',
      prompt: text('How much?'),
      explanation: text('Because'),
      answer,
      tolerance: { absolute },
    });
    const decimals = fc.integer({ min: -100000, max: 100000 }).map((k) => k / 10);
    const tolerances = fc.integer({ min: 0, max: 50 }).map((k) => k / 10);
    fc.assert(
      fc.property(decimals, tolerances, (answer, tolerance) => {
        const typedHigh = (answer * 10 + tolerance * 10) / 10;
        const typedLow = (answer * 10 - tolerance * 10) / 10;
        const question_ = q(answer, tolerance);
        expect(scoreNumeric(question_, { value: String(typedHigh) })).toEqual({ type: 'points', earned: 1, total: 1 });
        expect(scoreNumeric(question_, { value: String(typedLow) })).toEqual({ type: 'points', earned: 1, total: 1 });
      }),
      { numRuns: 1000 },
    );
  });
});
