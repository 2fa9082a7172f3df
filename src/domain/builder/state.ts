/**
 * The indicator-system builder's saved data: slot "builder", version 1.
 *
 *   {
 *     "systems":    [<indicator system>, …],   // engine format `indicator-system` v1, creation order
 *     "selectedId": "<id of the system open in the builder>" | null,
 *     "sectors":    { "<system id>": "<sector, e.g. car dealer>" },
 *     "steps":      { "<system id>": <the builder step last open, 1–6> }   // optional
 *   }
 *
 * Each system is exactly what `serialiseIndicatorSystem` exports (see
 * src/domain/indicators/system-schema.ts). The sector sits beside the systems because the
 * system format has no field for it yet. `steps` (added within version 1: older data simply has
 * none) lets the builder reopen each system on the step the user left it at; a step out of
 * range is dropped rather than refusing the whole save.
 *
 * Two levels of checking, on purpose:
 * - here, `validateBuilderState` checks the envelope and that each entry is recognisably an
 *   indicator system (format, version, id, name, indicators, weighting). It never throws.
 *   It runs wherever saved data is read — the "Your data" page included — so it must not pull
 *   the engine's zod schema and indicator library into those pages' JavaScript;
 * - the builder checks every system with the engine's `parseIndicatorSystem` when it opens it
 *   (src/islands/builder/Workbench.tsx). A system that fails is shown with its problems and
 *   kept, never dropped.
 *
 * Migrations: when this shape changes, `version` goes up and `migrations[1]` turns a
 * version-1 value into version 2. The systems inside carry their own `formatVersion`.
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import type { SlotDefinition } from '../storage/slot';
import type { IndicatorSystem } from '../indicators/system-schema';
import { isObject, own } from '../guards';

/** Most systems kept at once (each may hold thousands of answers). */
export const MAX_SYSTEMS = 100;
/** Longest sector text. */
export const MAX_SECTOR = 120;
/** Longest system name (as in the system format). */
export const MAX_SYSTEM_NAME = 120;
/** Ids the builder generates and accepts: letters, digits, `-` and `_`, starting with a letter or digit. */
export const SYSTEM_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export interface BuilderState {
  readonly systems: readonly IndicatorSystem[];
  readonly selectedId: string | null;
  /** Sector per system id; absent means not given. */
  readonly sectors: Readonly<Record<string, string>>;
  /** The step last open per system id (1…BUILDER_STEPS); absent means step 1. */
  readonly steps?: Readonly<Record<string, number>>;
}

/** Steps of the builder (training task 2). */
export const BUILDER_STEPS = 6;

export const initialBuilderState = (): BuilderState => ({ systems: [], selectedId: null, sectors: {} });

/** The light check of one saved system (the full check is the engine's, when it is opened). */
function checkSystemEntry(value: unknown, field: string): FieldIssue | null {
  if (!isObject(value)) return { field, code: 'invalidType', params: { expected: 'object' } };
  if (own(value, 'format') !== 'indicator-system') return { field: `${field}.format`, code: 'notAnIndicatorSystem' };
  if (own(value, 'formatVersion') !== 1)
    return { field: `${field}.formatVersion`, code: 'invalidValue', params: { allowed: '1' } };
  const id = own(value, 'id');
  if (typeof id !== 'string' || !SYSTEM_ID_PATTERN.test(id))
    return { field: `${field}.id`, code: 'invalidFormat', params: { pattern: 'A-Z a-z 0-9 - _' } };
  const name = own(value, 'name');
  if (typeof name !== 'string' || name.trim() === '') return { field: `${field}.name`, code: 'required' };
  if (name.length > MAX_SYSTEM_NAME)
    return { field: `${field}.name`, code: 'tooLong', params: { max: MAX_SYSTEM_NAME } };
  const indicators = own(value, 'indicators');
  if (!Array.isArray(indicators) || indicators.length === 0)
    return { field: `${field}.indicators`, code: 'tooFew', params: { min: 1 } };
  const weighting = own(value, 'weighting');
  if (!isObject(weighting) || typeof own(weighting, 'mode') !== 'string')
    return { field: `${field}.weighting`, code: 'required' };
  return null;
}

/** Checks saved builder data (see the module comment for what is and is not checked). Never throws. */
export function validateBuilderState(data: unknown): Validated<BuilderState> {
  try {
    if (!isObject(data)) return fail({ field: '', code: 'invalidType', params: { expected: 'object' } });
    const systems = own(data, 'systems');
    if (!Array.isArray(systems)) return fail({ field: 'systems', code: 'invalidType', params: { expected: 'list' } });
    if (systems.length > MAX_SYSTEMS) return fail({ field: 'systems', code: 'tooMany', params: { max: MAX_SYSTEMS } });
    const issues: FieldIssue[] = [];
    const ids = new Set<string>();
    systems.forEach((system: unknown, i) => {
      const issue = checkSystemEntry(system, `systems.${i}`);
      if (issue) return void issues.push(issue);
      const id = (system as IndicatorSystem).id;
      if (ids.has(id)) issues.push({ field: `systems.${i}.id`, code: 'duplicate', params: { value: id } });
      ids.add(id);
    });
    if (issues.length > 0) return fail(...issues);
    const selected = own(data, 'selectedId');
    if (selected !== null && selected !== undefined && typeof selected !== 'string') {
      return fail({ field: 'selectedId', code: 'invalidType', params: { expected: 'text' } });
    }
    const rawSectors = own(data, 'sectors');
    if (rawSectors !== undefined && !isObject(rawSectors))
      return fail({ field: 'sectors', code: 'invalidType', params: { expected: 'object' } });
    const sectors: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const id of ids) {
      const sector = rawSectors ? own(rawSectors, id) : undefined;
      if (sector === undefined) continue;
      if (typeof sector !== 'string')
        return fail({ field: `sectors.${id}`, code: 'invalidType', params: { expected: 'text' } });
      if (sector.length > MAX_SECTOR)
        return fail({ field: `sectors.${id}`, code: 'tooLong', params: { max: MAX_SECTOR } });
      if (sector !== '') sectors[id] = sector;
    }
    // A selection that points nowhere (its system deleted in another tab) falls back to the first system.
    const selectedId =
      typeof selected === 'string' && ids.has(selected)
        ? selected
        : ((systems[0] as IndicatorSystem | undefined)?.id ?? null);
    const rawSteps = own(data, 'steps');
    if (rawSteps !== undefined && !isObject(rawSteps))
      return fail({ field: 'steps', code: 'invalidType', params: { expected: 'object' } });
    const steps: Record<string, number> = {};
    for (const id of ids) {
      const step = rawSteps ? own(rawSteps, id) : undefined;
      if (typeof step === 'number' && Number.isInteger(step) && step > 1 && step <= BUILDER_STEPS) steps[id] = step;
    }
    return ok({
      systems: systems as IndicatorSystem[],
      selectedId,
      sectors: { ...sectors },
      ...(Object.keys(steps).length > 0 ? { steps } : {}),
    });
  } catch {
    // Only exotic values (throwing getters) get here, never parsed JSON.
    return fail({ field: '', code: 'unreadable' });
  }
}

export const builderSlot: SlotDefinition<BuilderState> = {
  name: 'builder',
  version: 1,
  initial: initialBuilderState,
  validate: validateBuilderState,
};

/** A fresh system id: time and randomness in base 36, e.g. `sys-m3k9x2-4f7a1c`. */
export function newSystemId(
  taken: Iterable<string> = [],
  now = Date.now(),
  random: () => number = Math.random,
): string {
  const used = new Set(taken);
  for (;;) {
    const id = `sys-${now.toString(36)}-${Math.floor(random() * 36 ** 6)
      .toString(36)
      .padStart(6, '0')}`;
    if (!used.has(id)) return id;
  }
}

/** The system open in the builder, if any. */
export function selectedSystem(state: BuilderState): IndicatorSystem | undefined {
  return state.systems.find((s) => s.id === state.selectedId);
}

/** Adds a system (its id must be new) and opens it. */
export function addSystem(state: BuilderState, system: IndicatorSystem, sector = ''): BuilderState {
  const sectors = { ...state.sectors };
  if (sector.trim() !== '') sectors[system.id] = sector.trim().slice(0, MAX_SECTOR);
  return { ...state, systems: [...state.systems, system], selectedId: system.id, sectors };
}

/** Replaces the system with the same id (no change if there is none). */
export function replaceSystem(state: BuilderState, system: IndicatorSystem): BuilderState {
  if (!state.systems.some((s) => s.id === system.id)) return state;
  return { ...state, systems: state.systems.map((s) => (s.id === system.id ? system : s)) };
}

/** Opens another system. */
export function selectSystem(state: BuilderState, id: string): BuilderState {
  return state.systems.some((s) => s.id === id) ? { ...state, selectedId: id } : state;
}

/** A copy of a system under a new id and name, placed after the original and opened. */
export function duplicateSystem(state: BuilderState, id: string, newId: string, name: string): BuilderState {
  const index = state.systems.findIndex((s) => s.id === id);
  if (index < 0) return state;
  const copy: IndicatorSystem = { ...state.systems[index]!, id: newId, name: name.slice(0, MAX_SYSTEM_NAME) };
  const systems = [...state.systems];
  systems.splice(index + 1, 0, copy);
  const sectors = { ...state.sectors };
  const sector = state.sectors[id];
  if (sector !== undefined) sectors[newId] = sector;
  return { ...state, systems, selectedId: newId, sectors };
}

/** Removes a system; the selection moves to its neighbour. */
export function removeSystem(state: BuilderState, id: string): BuilderState {
  const index = state.systems.findIndex((s) => s.id === id);
  if (index < 0) return state;
  const systems = state.systems.filter((s) => s.id !== id);
  const { [id]: _gone, ...sectors } = state.sectors;
  const { [id]: _step, ...steps } = state.steps ?? {};
  const selectedId =
    state.selectedId === id ? (systems[Math.min(index, systems.length - 1)]?.id ?? null) : state.selectedId;
  return { systems, selectedId, sectors, ...(state.steps ? { steps } : {}) };
}

/** The step last open for a system (1 when none was kept). */
export const stepOf = (state: BuilderState, id: string): number => state.steps?.[id] ?? 1;

/** Keeps the step open for a system (whole numbers 1…BUILDER_STEPS; step 1 is kept as absent). */
export function setStep(state: BuilderState, id: string, step: number): BuilderState {
  if (!state.systems.some((s) => s.id === id) || !Number.isInteger(step) || step < 1 || step > BUILDER_STEPS)
    return state;
  const { [id]: _old, ...steps } = state.steps ?? {};
  return { ...state, steps: step === 1 ? steps : { ...steps, [id]: step } };
}

/** Sets (or clears, with '') a system's sector. */
export function setSector(state: BuilderState, id: string, sector: string): BuilderState {
  const { [id]: _old, ...sectors } = state.sectors;
  const clean = sector.slice(0, MAX_SECTOR);
  return { ...state, sectors: clean.trim() === '' ? sectors : { ...sectors, [id]: clean } };
}

/**
 * A name not yet used by another system: `name` itself, or `template` filled with the name
 * and a number (`{name} ({n})`) from 2 up.
 */
export function uniqueSystemName(state: BuilderState, name: string, template = '{name} ({n})'): string {
  const used = new Set(state.systems.map((s) => s.name.trim()));
  const base = name.trim();
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = template
      .replace('{name}', () => base)
      .replace('{n}', () => String(n))
      .slice(0, MAX_SYSTEM_NAME);
    if (!used.has(candidate)) return candidate;
  }
}
