/**
 * Custom indicators: the analyst's own, for what the library does not cover (a company's
 * loyalty definition may stress something specific — step 1 of the six measurement steps).
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import type { IndicatorKind } from './library';
import { findLibraryIndicator, INDICATOR_KINDS, LOYALTY_DIRECTIONS } from './library';
import type { AnswerScale, LoyaltyDirection } from './scale';
import { validateAnswerScale } from './scale';

/** Longest custom indicator name, in characters. */
export const MAX_CUSTOM_NAME = 120;
/** Longest custom question text, in characters. */
export const MAX_CUSTOM_QUESTION = 500;
/** Custom ids: `custom-` then lowercase letters, digits and single dashes, at most 64 characters. */
export const CUSTOM_ID_PATTERN = /^custom-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A custom indicator as saved in a system. */
export interface CustomIndicator {
  readonly source: 'custom';
  readonly id: string;
  /** The analyst's own name for it, in whatever language they wrote it. */
  readonly name: string;
  readonly kind: IndicatorKind;
  readonly direction: LoyaltyDirection;
  readonly scale: AnswerScale;
  /** Question wording per language; the name is used where one is missing. */
  readonly question?: { readonly en?: string; readonly 'zh-cn'?: string };
}

const length = (text: string) => [...text].length;

/** A fresh custom id from a name: `custom-<ascii slug>`, numbered when taken or empty. */
export function customIndicatorId(name: string, taken: ReadonlySet<string> | readonly string[] = []): string {
  const used = new Set(taken);
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const base = slug === '' ? 'custom' : `custom-${slug}`;
  if (base !== 'custom' && !used.has(base)) return base;
  for (let k = 1; ; k++) if (!used.has(`${base}-${k}`)) return `${base}-${k}`;
}

/**
 * Validates a custom indicator. Issues (under `<field>`):
 * - `id`: `required`, `invalidFormat` {pattern:'custom-…'}, `tooLong` {max:64}
 * - `name`: `required` (empty after trimming), `tooLong` {max:120}
 * - `kind`: `invalidValue` {allowed:'behavioural|attitudinal'}
 * - `direction`: `invalidValue` {allowed:'higher-is-more-loyal|lower-is-more-loyal'}
 * - `scale…`: as `validateAnswerScale`
 * - `question.en` / `question.zh-cn`: `invalidType`, `tooLong` {max:500}
 * The name and questions are returned trimmed.
 */
export function validateCustomIndicator(input: unknown, field = 'indicator'): Validated<CustomIndicator> {
  if (typeof input !== 'object' || input === null)
    return fail({ field, code: 'invalidType', params: { expected: 'indicator' } });
  const record = input as Record<string, unknown>;
  const issues: FieldIssue[] = [];

  const id = typeof record['id'] === 'string' ? record['id'] : '';
  if (id === '') issues.push({ field: `${field}.id`, code: 'required' });
  else if (id.length > 64) issues.push({ field: `${field}.id`, code: 'tooLong', params: { max: 64 } });
  else if (!CUSTOM_ID_PATTERN.test(id) || findLibraryIndicator(id)) {
    issues.push({ field: `${field}.id`, code: 'invalidFormat', params: { pattern: 'custom-…' } });
  }

  const name = typeof record['name'] === 'string' ? record['name'].trim() : '';
  if (name === '') issues.push({ field: `${field}.name`, code: 'required' });
  else if (length(name) > MAX_CUSTOM_NAME)
    issues.push({ field: `${field}.name`, code: 'tooLong', params: { max: MAX_CUSTOM_NAME } });

  const kind = record['kind'];
  if (!INDICATOR_KINDS.includes(kind as IndicatorKind)) {
    issues.push({ field: `${field}.kind`, code: 'invalidValue', params: { allowed: INDICATOR_KINDS.join('|') } });
  }
  const direction = record['direction'];
  if (!LOYALTY_DIRECTIONS.includes(direction as LoyaltyDirection)) {
    issues.push({
      field: `${field}.direction`,
      code: 'invalidValue',
      params: { allowed: LOYALTY_DIRECTIONS.join('|') },
    });
  }
  const scale = validateAnswerScale(record['scale'], `${field}.scale`);
  if (!scale.ok) issues.push(...scale.issues);

  const question: { en?: string; 'zh-cn'?: string } = {};
  const rawQuestion = record['question'];
  if (rawQuestion !== undefined) {
    if (typeof rawQuestion !== 'object' || rawQuestion === null) {
      issues.push({ field: `${field}.question`, code: 'invalidType', params: { expected: 'text' } });
    } else {
      for (const language of ['en', 'zh-cn'] as const) {
        const text = (rawQuestion as Record<string, unknown>)[language];
        if (text === undefined) continue;
        if (typeof text !== 'string')
          issues.push({ field: `${field}.question.${language}`, code: 'invalidType', params: { expected: 'text' } });
        else if (length(text.trim()) > MAX_CUSTOM_QUESTION) {
          issues.push({
            field: `${field}.question.${language}`,
            code: 'tooLong',
            params: { max: MAX_CUSTOM_QUESTION },
          });
        } else if (text.trim() !== '') question[language] = text.trim();
      }
    }
  }
  if (issues.length > 0 || !scale.ok) return fail(...issues);
  return ok({
    source: 'custom',
    id,
    name,
    kind: kind as IndicatorKind,
    direction: direction as LoyaltyDirection,
    scale: scale.value,
    ...(Object.keys(question).length > 0 ? { question } : {}),
  });
}
