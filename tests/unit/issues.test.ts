/**
 * The shared words for the problems every form has (src/i18n/issues.ts): which words an issue
 * gets, how they read after a place and on their own, in both languages.
 */
import fc from 'fast-check';
import { issuesEn, issuesZhCn } from '../../src/i18n/features/issues';
import { issueKey, issuePhrase, issueSentence, ISSUE_KEYS } from '../../src/i18n/issues';
import { asSentence } from '../../src/i18n/sentence';
import { messageNumber } from '../../src/i18n/numbers';
import { readNumber } from '../../src/domain/numbers';
import type { FieldIssue } from '../../src/domain/result';

const at = (code: string, params?: FieldIssue['params']): FieldIssue =>
  params === undefined ? { field: 'x', code } : { field: 'x', code, params };

describe('shared issue words', () => {
  it.each([
    [at('required'), 'A value is needed.', '不能为空。'],
    [at('notANumber', { value: '12 euros' }), '“12 euros” is not a number.', '“12 euros”不是数字。'],
    [at('notANumber'), 'Not a number.', '不是数字。'],
    [at('notAnInteger', { value: 2.5 }), '2.5 is not a whole number.', '2.5 不是整数。'],
    [at('notPositive', { value: 0 }), 'Must be more than 0.', '必须大于 0。'],
    [at('outOfRange', { min: 0, max: 10000 }), 'Must be between 0 and 10,000.', '必须在 0 到 10,000 之间。'],
    [
      at('outOfRange', { value: 11, min: 0, max: 10 }),
      '11 is outside the range 0 to 10.',
      '11 超出了 0 到 10 的范围。',
    ],
    [at('outOfRange', { value: -1, min: 0 }), 'Must be at least 0.', '不能小于 0。'],
    [at('outOfRange', { value: 120, max: 100 }), 'Must be at most 100.', '不能大于 100。'],
    [at('tooShort', { min: 1 }), 'A value is needed.', '不能为空。'],
    [at('tooShort', { min: 20 }), 'Too short (at least 20 characters).', '太短（至少 20 个字符）。'],
    [at('tooLong', { max: 120 }), 'Too long (at most 120 characters).', '太长（最多 120 个字符）。'],
    [
      at('tooLong', { max: 600, length: 700 }),
      'Too long (700 characters; at most 600).',
      '太长了（700 个字符，最多 600 个）。',
    ],
    [at('notAllowed', { value: '0.42' }), '“0.42” is not one of the choices.', '“0.42”不是可选项之一。'],
    [at('notAllowed', { value: '' }), 'Choose one.', '请选择一项。'],
  ])('%j reads as a sentence in both languages', (issue, english, chinese) => {
    expect(issueSentence(issue, issuesEn, 'en', messageNumber('en'))).toBe(english);
    expect(issueSentence(issue, issuesZhCn, 'zh-cn', messageNumber('zh-cn'))).toBe(chinese);
  });

  it('leaves a feature’s own codes, and shared codes missing the limits their words need, to the feature', () => {
    for (const issue of [
      at('badClassCode'),
      at('tooLong'),
      at('tooShort'),
      at('outOfRange'),
      at('mystery', { value: 1 }),
    ]) {
      expect(issueKey(issue)).toBeNull();
      expect(issuePhrase(issue, issuesEn, String)).toBeNull();
    }
  });

  it('follows a place as a phrase, with the feature’s way of writing numbers', () => {
    const issue = at('outOfRange', { value: 1234.5678, min: 0, max: 1000 });
    expect(issuePhrase(issue, issuesEn, (x) => x.toFixed(1))).toBe('1234.6 is outside the range 0.0 to 1000.0');
    expect(issuePhrase(issue, issuesEn, messageNumber('en'))).toBe('1,234.5678 is outside the range 0 to 1,000');
  });

  it('has every key in both languages, with the same placeholders', () => {
    const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(issuesEn).sort()).toEqual([...ISSUE_KEYS].sort());
    expect(Object.keys(issuesZhCn).sort()).toEqual([...ISSUE_KEYS].sort());
    for (const key of ISSUE_KEYS) expect(placeholders(issuesZhCn[key]), key).toEqual(placeholders(issuesEn[key]));
  });

  it('words every issue the shared number reader reports, leaving no placeholder unfilled', () => {
    const rule = fc.record(
      {
        min: fc.integer({ min: -100, max: 0 }),
        max: fc.integer({ min: 1, max: 100 }),
        integer: fc.boolean(),
        positive: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      // Typed text without braces, so a brace in the message can only be an unfilled placeholder.
      fc.property(
        fc.oneof(
          fc.string().filter((t) => !/[{}]/.test(t)),
          fc.double().map(String),
        ),
        rule,
        (raw, r) => {
          const issues: FieldIssue[] = [];
          readNumber(raw, 'x', r, issues);
          for (const issue of issues)
            for (const [strings, locale] of [
              [issuesEn, 'en'],
              [issuesZhCn, 'zh-cn'],
            ] as const) {
              const text = issueSentence(issue, strings, locale, messageNumber(locale));
              expect(text).not.toBeNull();
              expect(text).not.toMatch(/\{\w+\}/);
            }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('makes a sentence of a phrase once, in each language’s punctuation', () => {
    expect(asSentence('choose one', 'en')).toBe('Choose one.');
    expect(asSentence('Already a sentence.', 'en')).toBe('Already a sentence.');
    expect(asSentence('请选择一项', 'zh-cn')).toBe('请选择一项。');
    expect(asSentence('请选择一项。', 'zh-cn')).toBe('请选择一项。');
    expect(asSentence('', 'en')).toBe('');
  });
});
