/**
 * The indicators a system has chosen, resolved to one flat shape the questionnaire, the
 * response import and the scoring all use, whether they come from the library or are custom.
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import type { CustomIndicator } from './custom';
import { validateCustomIndicator } from './custom';
import type { AnchorSet, IndicatorKind, IndicatorSource } from './library';
import type { LocalizedText } from '../locale';
import { findLibraryIndicator } from './library';
import type { AnswerScale, LoyaltyDirection } from './scale';
import { validateAnswerScale } from './scale';

/** A library indicator chosen for a system, optionally on its own scale. */
export interface LibraryIndicatorChoice {
  readonly source: 'library';
  readonly id: string;
  /** Overrides the system's scale for this indicator (e.g. 0–10 for recommendation). */
  readonly scale?: AnswerScale;
}

/** Most indicators one system may hold. */
export const MAX_SYSTEM_INDICATORS = 50;

/** An indicator ready for questionnaire, import and scoring. */
export interface ResolvedIndicator {
  readonly id: string;
  readonly source: IndicatorSource | 'custom';
  readonly kind: IndicatorKind;
  readonly direction: LoyaltyDirection;
  readonly scale: AnswerScale;
  readonly anchors: AnchorSet;
  /** UI keys, null for custom indicators (their text is the analyst's own). */
  readonly labelId: string | null;
  readonly questionId: string | null;
  /** Short name per language (a custom name is used for both). */
  readonly label: LocalizedText;
  /** Question template per language, may contain `{company}`. */
  readonly question: LocalizedText;
}

/** Anchors for a custom indicator: a statement to agree with, the most general wording. */
const CUSTOM_ANCHORS: AnchorSet = 'agreement';

function resolveCustom(custom: CustomIndicator): ResolvedIndicator {
  const en = custom.question?.en ?? custom.question?.['zh-cn'] ?? custom.name;
  const zh = custom.question?.['zh-cn'] ?? custom.question?.en ?? custom.name;
  return {
    id: custom.id,
    source: 'custom',
    kind: custom.kind,
    direction: custom.direction,
    scale: custom.scale,
    anchors: CUSTOM_ANCHORS,
    labelId: null,
    questionId: null,
    label: { en: custom.name, 'zh-cn': custom.name },
    question: { en, 'zh-cn': zh },
  };
}

/**
 * Resolves a system's indicator list against the library. Never throws. Issues (under
 * `<field>.<index>`, 0-based): `invalidType`; `invalidValue` {allowed:'library|custom'} on
 * `.source`; `unknownIndicator` {id} on `.id`; `duplicate` {value, first} on `.id` (first is
 * 1-based); scale issues on `.scale…`; custom-indicator issues (see `validateCustomIndicator`).
 * On `<field>`: `tooFew` {min:1}, `tooMany` {max:50}.
 */
export function resolveIndicators(
  choices: unknown,
  systemScale: AnswerScale,
  field = 'indicators',
): Validated<ResolvedIndicator[]> {
  if (!Array.isArray(choices)) return fail({ field, code: 'invalidType', params: { expected: 'list' } });
  if (choices.length < 1) return fail({ field, code: 'tooFew', params: { min: 1 } });
  if (choices.length > MAX_SYSTEM_INDICATORS)
    return fail({ field, code: 'tooMany', params: { max: MAX_SYSTEM_INDICATORS } });
  const issues: FieldIssue[] = [];
  const resolved: ResolvedIndicator[] = [];
  const firstIndex = new Map<string, number>();
  (choices as unknown[]).forEach((choice, index) => {
    const at = `${field}.${index}`;
    if (typeof choice !== 'object' || choice === null) {
      issues.push({ field: at, code: 'invalidType', params: { expected: 'indicator' } });
      return;
    }
    const record = choice as Record<string, unknown>;
    const id = typeof record['id'] === 'string' ? record['id'] : '';
    if (id !== '') {
      const first = firstIndex.get(id);
      if (first !== undefined)
        issues.push({ field: `${at}.id`, code: 'duplicate', params: { value: id, first: first + 1 } });
      else firstIndex.set(id, index);
    }
    if (record['source'] === 'custom') {
      const custom = validateCustomIndicator(choice, at);
      if (custom.ok) resolved.push(resolveCustom(custom.value));
      else issues.push(...custom.issues);
      return;
    }
    if (record['source'] !== 'library') {
      issues.push({ field: `${at}.source`, code: 'invalidValue', params: { allowed: 'library|custom' } });
      return;
    }
    const indicator = findLibraryIndicator(id);
    if (!indicator) {
      issues.push({ field: `${at}.id`, code: 'unknownIndicator', params: { id } });
      return;
    }
    let scale = systemScale;
    if (record['scale'] !== undefined) {
      const own = validateAnswerScale(record['scale'], `${at}.scale`);
      if (!own.ok) {
        issues.push(...own.issues);
        return;
      }
      scale = own.value;
    }
    resolved.push({
      id: indicator.id,
      source: indicator.source,
      kind: indicator.kind,
      direction: indicator.direction,
      scale,
      anchors: indicator.anchors,
      labelId: indicator.labelId,
      questionId: indicator.questionId,
      label: indicator.defaultLabel,
      question: indicator.defaultQuestion,
    });
  });
  return issues.length > 0 ? fail(...issues) : ok(resolved);
}
