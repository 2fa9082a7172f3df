/**
 * The care-plan worksheet store ($worksheet) and the actions that change it. Every change is
 * saved at once through the `worksheet` slot; the rules live in src/domain/worksheet/edit.ts.
 *
 * The store loads with the page (it shows what was saved); the editing rules load on first use
 * — the page asks for them as soon as the learner focuses the worksheet — so the actions return
 * promises. They run in the order they were called. If the rules cannot be loaded (offline
 * before the site was cached), an action changes nothing and the page says so (`loadEditing`
 * rejects for it); the next action tries again.
 */
import type * as Rules from '../domain/worksheet/edit';
import type { Worksheet } from '../domain/worksheet/worksheet';
import { worksheetSlot } from '../domain/worksheet/slot';
import { slotStore } from './slot';

export const worksheet = slotStore(worksheetSlot);
export const $worksheet = worksheet.$value;

let loading: Promise<typeof Rules> | null = null;
/** The editing rules, loaded once (again after a failure). */
export const loadEditing = () =>
  (loading ??= import('../domain/worksheet/edit').catch((error: unknown) => {
    loading = null;
    throw error;
  }));

type RuleName = keyof typeof Rules;
/** The arguments of a rule after the worksheet it applies to. */
type Args<K extends RuleName> = (typeof Rules)[K] extends (ws: Worksheet, ...rest: infer A) => unknown ? A : never;
type Changes = {
  [K in RuleName]: (typeof Rules)[K] extends (ws: Worksheet, ...rest: never[]) => Worksheet ? K : never;
}[RuleName];
type Additions = 'addEntry' | 'addPeerRating';

/** Apply an editing rule to the saved worksheet: `change('setScore', 's1', 'lowCost', 4)`. */
export async function change<K extends Changes>(rule: K, ...args: Args<K>): Promise<void> {
  const rules = await loadEditing().catch(() => null);
  if (rules)
    worksheet.set((rules[rule] as unknown as (ws: Worksheet, ...rest: Args<K>) => Worksheet)(worksheet.get(), ...args));
}

/**
 * Add an entry (a row, an item, a peer rating); resolves to its id, null when the list is full,
 * undefined when the editing rules could not be loaded.
 */
export async function add<K extends Additions>(rule: K, ...args: Args<K>): Promise<string | null | undefined> {
  const rules = await loadEditing().catch(() => undefined);
  if (!rules) return undefined;
  const { worksheet: next, id } = (
    rules[rule] as unknown as (ws: Worksheet, ...rest: Args<K>) => { worksheet: Worksheet; id: string | null }
  )(worksheet.get(), ...args);
  if (id !== null) worksheet.set(next);
  return id;
}

/** Replace the whole worksheet (an imported file, already checked in full). */
export const replaceWorksheet = (value: Worksheet) => worksheet.set(value);

export const resetWorksheet = () => worksheet.set(worksheetSlot.initial());
