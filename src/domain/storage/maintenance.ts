/**
 * What the "Your data" page does with the vault, kept apart from it so that pages which only
 * read and write saved work do not load it:
 *
 * - `slotEntry`: a slot as the backup file carries it — its current value, or, for a slot
 *   holding data written by a newer version of the site, that stored data exactly as it is;
 * - `damagedCopies` / `discardDamaged`: the damaged copies kept aside under
 *   "ccl:<slot>:damaged", whichever visit set them aside, and deleting one;
 * - `replaceAll`: import and reset, all or nothing.
 */
import { DAMAGED_SUFFIX, damagedSlotOf, encodeEnvelope, storageKey, type Envelope, type SlotDefinition } from './slot';
import type { Vault } from './vault';

/** A damaged copy kept aside: in storage under "<key>:damaged", or only in memory when it could not be copied. */
export interface DamagedCopy {
  readonly slot: string;
  readonly raw: string;
  readonly stored: boolean;
}

/** One slot as a backup file carries it: its version and data. */
export interface SlotEntry {
  readonly v: number;
  readonly data: unknown;
}

/** What an import or reset puts in place. Slots absent from `values` and `newer` are reset. */
export interface Replacement {
  /** Current-version values, validated. */
  readonly values: ReadonlyMap<string, unknown>;
  /** Slots written by a newer version of the site, to be stored exactly as they are. */
  readonly newer?: ReadonlyMap<string, SlotEntry>;
  /** Damaged copies to keep aside (slot → raw text); an existing different copy is never overwritten. */
  readonly damaged?: ReadonlyMap<string, string>;
}

/** The slot as a backup file carries it (see the module comment). */
export function slotEntry(vault: Vault, def: SlotDefinition<unknown>): SlotEntry {
  const state = vault.internals().state(def);
  return state.newer ? { v: state.newer.v, data: state.newer.data } : { v: def.version, data: state.value };
}

/**
 * Every damaged copy kept aside, sorted by slot: those in storage (from this visit or an
 * earlier one, whichever slots were read) and those that could only be kept in memory.
 */
export function damagedCopies(vault: Vault): DamagedCopy[] {
  const { engine } = vault.internals();
  const copies = new Map<string, DamagedCopy>();
  if (engine) {
    try {
      for (const key of engine.keys()) {
        const slot = damagedSlotOf(key);
        const raw = slot === null ? null : engine.getItem(key);
        if (slot !== null && raw !== null) copies.set(slot, { slot, raw, stored: true });
      }
    } catch {
      /* storage went away while listing: what was listed so far still stands */
    }
  }
  for (const fault of vault.faults) {
    if (fault.kind === 'corrupt' && !fault.copied && !copies.has(fault.slot))
      copies.set(fault.slot, { slot: fault.slot, raw: fault.raw, stored: false });
  }
  return [...copies.values()].sort((a, b) => (a.slot < b.slot ? -1 : a.slot > b.slot ? 1 : 0));
}

/**
 * Delete a damaged copy (after the user downloaded or discarded it); unblocks its slot.
 * False when storage refused to delete it (it is still there and still listed).
 */
export function discardDamaged(vault: Vault, slot: string): boolean {
  const inside = vault.internals();
  try {
    inside.engine?.removeItem(storageKey(slot) + DAMAGED_SUFFIX);
  } catch {
    return false;
  }
  const fault = vault.faults.find((f) => f.kind === 'corrupt' && f.slot === slot);
  const state = inside.loaded(slot);
  if (state && fault && fault.kind === 'corrupt' && !fault.copied) state.blocked = false;
  inside.setFaults(vault.faults.filter((f) => !(f.kind === 'corrupt' && f.slot === slot)));
  return true;
}

/**
 * Replace every given slot at once (import or reset). Either all are saved or none is:
 * on a failed write the previous stored texts are put back and memory is not changed.
 * Blocked slots (newer data, an uncopied damaged one) are never overwritten in storage.
 * Slots from a newer version are stored as they are; damaged copies are added beside the
 * slots, never over a different copy already kept.
 */
export function replaceAll(vault: Vault, defs: readonly SlotDefinition<unknown>[], replacement: Replacement): boolean {
  const { values, newer = new Map<string, SlotEntry>(), damaged = new Map<string, string>() } = replacement;
  const inside = vault.internals();
  const { engine } = inside;
  const at = inside.now();
  const newerEnvelope = (entry: SlotEntry): Envelope => ({ v: entry.v, savedAt: at.toISOString(), data: entry.data });
  const writable = new Set(defs.filter((def) => !inside.state(def).blocked).map((def) => def.name));
  if (engine) {
    const previous = new Map<string, string | null>();
    const put = (key: string, text: string | null) => {
      if (!previous.has(key)) previous.set(key, engine.getItem(key));
      if (text === null) engine.removeItem(key);
      else engine.setItem(key, text);
    };
    try {
      for (const def of defs) {
        if (!writable.has(def.name)) continue;
        const entry = newer.get(def.name);
        if (values.has(def.name)) put(storageKey(def.name), encodeEnvelope(def, values.get(def.name), at));
        else if (entry) put(storageKey(def.name), JSON.stringify(newerEnvelope(entry)));
        else put(storageKey(def.name), null);
      }
      for (const [slot, raw] of damaged) {
        const key = storageKey(slot) + DAMAGED_SUFFIX;
        if (engine.getItem(key) === null) put(key, raw);
      }
    } catch {
      for (const [key, text] of previous) {
        try {
          if (text === null) engine.removeItem(key);
          else engine.setItem(key, text);
        } catch {
          /* best effort: the in-memory copy is still intact */
        }
      }
      return false;
    }
  }
  for (const def of defs) {
    const entry = newer.get(def.name);
    if (!values.has(def.name) && entry && writable.has(def.name)) {
      const state = inside.state(def);
      state.blocked = true;
      state.newer = newerEnvelope(entry);
      inside.addFault({ kind: 'newer', slot: def.name, version: entry.v });
      inside.replace(def.name, def.initial());
    } else inside.replace(def.name, values.has(def.name) ? values.get(def.name) : def.initial());
  }
  return true;
}
