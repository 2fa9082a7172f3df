/**
 * The indicator-system builder's saved systems ($builder, slot "builder") and the actions
 * that change them. Actions that need the engine's schema or library load it on first use
 * (dynamic import), so the builder's first paint ships neither.
 */
import type { Validated } from '../domain/result';
import { fail, ok } from '../domain/result';
import type { IndicatorSystem } from '../domain/indicators/system-schema';
import {
  addSystem,
  builderSlot,
  duplicateSystem as duplicateIn,
  MAX_SYSTEM_NAME,
  MAX_SYSTEMS,
  newSystemId,
  removeSystem,
  replaceSystem,
  selectSystem as selectIn,
  setSector as setSectorIn,
  setStep as setStepIn,
  stepOf,
  uniqueSystemName,
} from '../domain/builder/state';
import { slotStore } from './slot';

export const builder = slotStore(builderSlot);
export const $builder = builder.$value;

/** Largest system file accepted for import, in characters (a system with 100,000 answers fits). */
export const MAX_SYSTEM_FILE = 30_000_000;

const ids = () => builder.get().systems.map((s) => s.id);

/** Checks a system name typed by the user: `required`, `tooLong`. */
export function checkSystemName(name: string): Validated<string> {
  const clean = name.trim();
  if (clean === '') return fail({ field: 'name', code: 'required' });
  if (clean.length > MAX_SYSTEM_NAME) return fail({ field: 'name', code: 'tooLong', params: { max: MAX_SYSTEM_NAME } });
  return ok(clean);
}

const roomForMore = (): Validated<true> =>
  builder.get().systems.length >= MAX_SYSTEMS
    ? fail({ field: 'systems', code: 'tooMany', params: { max: MAX_SYSTEMS } })
    : ok(true);

/** Creates a system from the textbook's nine indicators and opens it; resolves to its id. */
export async function createSystem(name: string, company = '', sector = ''): Promise<Validated<string>> {
  const checked = checkSystemName(name);
  if (!checked.ok) return checked;
  const room = roomForMore();
  if (!room.ok) return room;
  const { newIndicatorSystem } = await import('../domain/indicators/system');
  const id = newSystemId(ids());
  builder.set(addSystem(builder.get(), newIndicatorSystem(id, checked.value, company.trim().slice(0, 120)), sector));
  return ok(id);
}

export const selectSystem = (id: string) => builder.set(selectIn(builder.get(), id));

/** Keeps the builder step open for a system, so it reopens there. */
export const rememberStep = (id: string, step: number) => {
  const next = setStepIn(builder.get(), id, step);
  if (next !== builder.get()) builder.set(next);
};

/** The step to reopen the system open in the builder at (1 when none). */
export const savedStep = (): number => {
  const state = builder.get();
  return state.selectedId ? stepOf(state, state.selectedId) : 1;
};

/** Copies a system under a new name (`{name}` filled into `copyTemplate`) and opens the copy. */
export function duplicateSystem(id: string, copyTemplate: string): Validated<string> {
  const room = roomForMore();
  if (!room.ok) return room;
  const state = builder.get();
  const original = state.systems.find((s) => s.id === id);
  if (!original) return fail({ field: 'systems', code: 'unknownSystem' });
  const newId = newSystemId(ids());
  const name = uniqueSystemName(state, copyTemplate.replace('{name}', () => original.name).slice(0, MAX_SYSTEM_NAME));
  builder.set(duplicateIn(state, id, newId, name));
  return ok(newId);
}

export function renameSystem(id: string, name: string): Validated<string> {
  const checked = checkSystemName(name);
  if (!checked.ok) return checked;
  const system = builder.get().systems.find((s) => s.id === id);
  if (!system) return fail({ field: 'systems', code: 'unknownSystem' });
  builder.set(replaceSystem(builder.get(), { ...system, name: checked.value }));
  return checked;
}

export const deleteSystem = (id: string) => builder.set(removeSystem(builder.get(), id));

/** Saves a changed system (same id). */
export const updateSystem = (system: IndicatorSystem) => builder.set(replaceSystem(builder.get(), system));

/** Changes the step-1 texts of a system (company, definition); other fields as they are. */
export function updateDefinition(
  id: string,
  change: { readonly company?: string; readonly loyalCustomerDefinition?: string },
) {
  const system = builder.get().systems.find((s) => s.id === id);
  if (system) updateSystem({ ...system, ...change });
}

export const setSector = (id: string, sector: string) => builder.set(setSectorIn(builder.get(), id, sector));

/**
 * Imports a system file (JSON, as exported) as a new system, whatever id it had: checked
 * with the engine's `parseIndicatorSystemJson`, all or nothing. A name already in use gets
 * a number (`{name} (2)`). Resolves to the new id, or the file's problems.
 */
export async function importSystemJson(text: string): Promise<Validated<string>> {
  if (text.length > MAX_SYSTEM_FILE)
    return fail({ field: 'file', code: 'fileTooLarge', params: { maxCharacters: MAX_SYSTEM_FILE } });
  const room = roomForMore();
  if (!room.ok) return room;
  const { parseIndicatorSystemJson } = await import('../domain/indicators/system');
  const parsed = parseIndicatorSystemJson(text);
  if (!parsed.ok) return parsed;
  const state = builder.get();
  const id = newSystemId(ids());
  builder.set(addSystem(state, { ...parsed.value, id, name: uniqueSystemName(state, parsed.value.name) }));
  return ok(id);
}

/** A system as the JSON file the builder exports (the engine's `serialiseIndicatorSystem`). */
export async function exportSystemJson(id: string): Promise<string | null> {
  const system = builder.get().systems.find((s) => s.id === id);
  if (!system) return null;
  const { serialiseIndicatorSystem } = await import('../domain/indicators/system');
  return serialiseIndicatorSystem(system);
}
