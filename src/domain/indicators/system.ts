/**
 * Reading, checking and writing saved indicator systems (format `indicator-system`,
 * version 1; shape in `system-schema.ts`), so a system can be exported as JSON and
 * imported again on another device — export → import gives back exactly what was saved.
 *
 * `parseIndicatorSystem` never throws on arbitrary input and cannot be used for prototype
 * pollution: the schema builds fresh objects from known keys only, so a `__proto__` or
 * `constructor` key in the file is dropped. Issues name the field with a dotted path
 * (`weighting.matrix.2.0`, `indicators.3.id`) and are capped at 50 plus a `moreIssues` count.
 *
 * File-level codes (field `(root)` / `format` / `formatVersion` / `file`): `invalidJson`,
 * `invalidType` {expected:'object'}, `notAnIndicatorSystem`, `newerVersion` {version,
 * supported}, `unreadable`. Schema codes: see `../zod-issues.ts`. Cross-field codes: `required`
 * (blank name or id), `minNotBelowMax` {min, max} on `scale`, `kindNotInMethod` {kind, method}
 * on `indicators.<i>`, and those of `resolveIndicators`, `systemWeights` and
 * `validateResponseSet`.
 */
import type { FieldIssue, Validated } from '../result';
import { fail, isNewerVersion, ok } from '../result';
import { DEFAULT_THRESHOLDS } from '../loyalty/segment';
import { findLibraryIndicator, libraryIndicatorsFrom } from './library';
import type { LibraryIndicatorChoice, ResolvedIndicator } from './resolve';
import { resolveIndicators } from './resolve';
import { IssueList, validateResponseSet } from './responses';
import type { AnswerScale } from './scale';
import { SCALE_PRESETS } from './scale';
import type { IndicatorSystem, MeasurementMethod } from './system-schema';
import { INDICATOR_SYSTEM_FORMAT, INDICATOR_SYSTEM_VERSION, indicatorSystemSchema } from './system-schema';
import type { SystemWeights } from './weighting';
import { systemWeights } from './weighting';
import { fromZodIssue } from '../zod-issues';

/** A parsed system together with what its cross-field checks computed. */
export interface CheckedIndicatorSystem {
  readonly system: IndicatorSystem;
  readonly indicators: readonly ResolvedIndicator[];
  readonly weights: SystemWeights;
}

const CAP_FIELD = '(root)';

function methodAllows(method: MeasurementMethod, kind: ResolvedIndicator['kind']): boolean {
  return method === 'combined' || method === kind;
}

/** Cross-field checks on a system the schema accepted. */
export function checkIndicatorSystem(system: IndicatorSystem): Validated<CheckedIndicatorSystem> {
  const issues: FieldIssue[] = [];
  if (system.id.trim() === '') issues.push({ field: 'id', code: 'required' });
  if (system.name.trim() === '') issues.push({ field: 'name', code: 'required' });
  if (system.scale.min >= system.scale.max) {
    issues.push({ field: 'scale', code: 'minNotBelowMax', params: { min: system.scale.min, max: system.scale.max } });
    return fail(...issues);
  }
  const resolved = resolveIndicators(system.indicators, system.scale);
  if (!resolved.ok) return fail(...issues, ...resolved.issues);
  const indicators = resolved.value;
  indicators.forEach((indicator, i) => {
    if (!methodAllows(system.method, indicator.kind)) {
      issues.push({
        field: `indicators.${i}`,
        code: 'kindNotInMethod',
        params: { kind: indicator.kind, method: system.method },
      });
    }
  });
  const weights = systemWeights(system.weighting, indicators.length);
  if (!weights.ok) issues.push(...weights.issues);
  if (system.responses) {
    const responses = validateResponseSet(
      system.responses,
      indicators.map((i) => ({ indicatorId: i.id, scale: i.scale })),
    );
    if (!responses.ok) issues.push(...responses.issues);
  }
  if (issues.length > 0 || !weights.ok) return fail(...issues);
  return ok({ system, indicators, weights: weights.value });
}

/**
 * Reads an indicator system from any value (typically `JSON.parse` of an imported file) and
 * returns it checked, or precise issues. Never throws.
 */
export function parseIndicatorSystem(input: unknown): Validated<IndicatorSystem> {
  const checked = parseAndCheckIndicatorSystem(input);
  return checked.ok ? ok(checked.value.system) : checked;
}

/** Like `parseIndicatorSystem`, also returning the resolved indicators and weights. */
export function parseAndCheckIndicatorSystem(input: unknown): Validated<CheckedIndicatorSystem> {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return fail({ field: CAP_FIELD, code: 'invalidType', params: { expected: 'object' } });
    }
    const record = input as Record<string, unknown>;
    const own = (key: string) => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);
    if (own('format') !== INDICATOR_SYSTEM_FORMAT) return fail({ field: 'format', code: 'notAnIndicatorSystem' });
    const version = own('formatVersion');
    if (isNewerVersion(version, INDICATOR_SYSTEM_VERSION)) {
      return fail({
        field: 'formatVersion',
        code: 'newerVersion',
        params: { version, supported: INDICATOR_SYSTEM_VERSION },
      });
    }
    const parsed = indicatorSystemSchema.safeParse(input);
    const issues = new IssueList();
    if (!parsed.success) {
      for (const issue of parsed.error.issues) for (const one of fromZodIssue(issue, input, CAP_FIELD)) issues.add(one);
      return fail(...issues.result(CAP_FIELD));
    }
    const checked = checkIndicatorSystem(parsed.data);
    if (checked.ok) return checked;
    issues.addAll(checked.issues);
    return fail(...issues.result(CAP_FIELD));
  } catch {
    // Only exotic inputs (throwing getters, revoked proxies) get here, never JSON.
    return fail({ field: CAP_FIELD, code: 'unreadable' });
  }
}

/** Parses exported JSON text; `invalidJson` on `file` when it is not JSON at all. */
export function parseIndicatorSystemJson(text: string): Validated<IndicatorSystem> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail({ field: 'file', code: 'invalidJson' });
  }
  return parseIndicatorSystem(data);
}

/** The system as JSON text for export (two-space indented, stable key order). */
export function serialiseIndicatorSystem(system: IndicatorSystem): string {
  return `${JSON.stringify(system, null, 2)}\n`;
}

/**
 * A library indicator as a system entry: with its own scale when its default scale differs
 * from the system's (recommendation intention is asked 0–10 like NPS).
 */
export function libraryChoice(id: string, systemScale: AnswerScale): LibraryIndicatorChoice {
  const indicator = findLibraryIndicator(id);
  const preset = indicator ? SCALE_PRESETS[indicator.defaultScale] : systemScale;
  const same = preset.min === systemScale.min && preset.max === systemScale.max;
  return same ? { source: 'library', id } : { source: 'library', id, scale: { min: preset.min, max: preset.max } };
}

/**
 * A new system to start from: the textbook's nine indicators (module E), combined method,
 * equal direct weights, a 1–5 scale, the default 50% thresholds, no responses.
 */
export function newIndicatorSystem(id: string, name: string, company = ''): IndicatorSystem {
  const scale = { min: SCALE_PRESETS['five-point'].min, max: SCALE_PRESETS['five-point'].max };
  const indicators = libraryIndicatorsFrom('module-e').map((i) => libraryChoice(i.id, scale));
  return {
    format: INDICATOR_SYSTEM_FORMAT,
    formatVersion: INDICATOR_SYSTEM_VERSION,
    id,
    name,
    company,
    loyalCustomerDefinition: '',
    method: 'combined',
    indicators,
    weighting: { mode: 'direct', raw: indicators.map(() => 1) },
    scale,
    thresholds: { attitude: DEFAULT_THRESHOLDS.attitude, behaviour: DEFAULT_THRESHOLDS.behaviour },
  };
}
