/**
 * The problems many forms share — a blank field, text that is not a number, a number out of
 * range, text too long, a value not among the choices — worded once per language
 * (./features/issues.ts), for every feature: calculators, the indicator builder, the care-plan
 * worksheet, the instructors' forms and the self-checks. A feature words only *where* a
 * problem is ("Care plan, row 2, Cost: …") and the problems that are its own. No dictionary is
 * imported here, nor the number formatting (each feature passes its own), so islands stay small;
 * pages hand islands the ISSUE_KEYS strings.
 */
import type { FieldIssue } from '../domain/result';
import { format, type Locale } from './format';
import { asSentence } from './sentence';

export const ISSUE_KEYS = [
  'issue.required',
  'issue.notANumber',
  'issue.notANumber.value',
  'issue.notAnInteger',
  'issue.notAnInteger.value',
  'issue.notPositive',
  'issue.outOfRange',
  'issue.outOfRange.value',
  'issue.outOfRange.min',
  'issue.outOfRange.max',
  'issue.tooShort',
  'issue.tooLong',
  'issue.tooLong.length',
  'issue.notAllowed',
  'issue.choose',
] as const;
export type IssueKey = (typeof ISSUE_KEYS)[number];

const has = (issue: FieldIssue, key: string) =>
  issue.params !== undefined && Object.prototype.hasOwnProperty.call(issue.params, key);

/** The shared key for an issue, chosen by its code and the params it carries; null for a feature's own code. */
export function issueKey(issue: FieldIssue): IssueKey | null {
  const withValue = has(issue, 'value');
  switch (issue.code) {
    case 'required':
      return 'issue.required';
    case 'notANumber':
      return withValue ? 'issue.notANumber.value' : 'issue.notANumber';
    case 'notAnInteger':
      return withValue ? 'issue.notAnInteger.value' : 'issue.notAnInteger';
    case 'notPositive':
      return 'issue.notPositive';
    case 'outOfRange':
      if (has(issue, 'min') && has(issue, 'max')) return withValue ? 'issue.outOfRange.value' : 'issue.outOfRange';
      return has(issue, 'min') ? 'issue.outOfRange.min' : has(issue, 'max') ? 'issue.outOfRange.max' : null;
    case 'tooShort':
      // Text of at least one character is simply required text.
      return issue.params?.['min'] === 1 ? 'issue.required' : has(issue, 'min') ? 'issue.tooShort' : null;
    case 'tooLong':
      return !has(issue, 'max') ? null : has(issue, 'length') ? 'issue.tooLong.length' : 'issue.tooLong';
    case 'notAllowed':
      // A blank choice asks for a choice.
      return withValue && issue.params?.['value'] !== '' ? 'issue.notAllowed' : 'issue.choose';
    default:
      return null;
  }
}

/**
 * What is wrong, as a phrase to follow a place ("a value is needed", "“abc” is not a
 * number"), with numbers written by `num` (the feature's way of writing numbers). Null when the
 * issue is not one of the shared ones: the feature words it.
 */
export function issuePhrase(
  issue: FieldIssue,
  strings: Partial<Record<IssueKey, string>>,
  num: (x: number) => string,
): string | null {
  const key = issueKey(issue);
  const template = key === null ? undefined : strings[key];
  if (template === undefined) return null;
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(issue.params ?? {}))
    params[name] = typeof value === 'number' ? num(value) : value;
  return format(template, params);
}

/** The shared problem as a sentence of its own, or null when the issue is the feature's to word. */
export const issueSentence = (
  issue: FieldIssue,
  strings: Partial<Record<IssueKey, string>>,
  locale: Locale,
  num: (x: number) => string,
): string | null => {
  const phrase = issuePhrase(issue, strings, num);
  return phrase === null ? null : asSentence(phrase, locale);
};
