/**
 * The one place saved data goes through. A vault wraps a key–value storage engine (the
 * browser's localStorage, or a fake in tests) and keeps an in-memory copy of every slot, so
 * that work is never lost during a visit whatever the storage does:
 *
 * - storage disabled (engine missing or throwing on reads): everything lives in memory and
 *   a `disabled` fault says so;
 * - storage that can be read but refuses writes (some private modes, policies, a full disk):
 *   everything saved is still read, shown and exported, changes stay in memory, and a
 *   `readonly` fault says that new work is not being saved. Reading and writing are checked
 *   separately: the vault probes writing once when it starts;
 * - storage full (a write throws a quota error): the value stays in memory, a `full` fault
 *   says the change is not saved, and export still has it;
 * - corrupt data: the raw text is copied to "<key>:damaged" and kept in memory, a `corrupt`
 *   fault says so, and the slot starts afresh; if the copy cannot be written the slot is
 *   blocked (memory only) so the only copy is never overwritten. Damaged copies stay listed
 *   (`damagedCopies`) on later visits until the user deletes them, and are exported;
 * - data from a newer version: left untouched, the slot works in memory, a `newer` fault,
 *   and export carries the stored envelope as it is (`entry`).
 */
import {
  DAMAGED_SUFFIX,
  KEY_PREFIX,
  damagedSlotOf,
  decodeRaw,
  encodeEnvelope,
  storageKey,
  type Envelope,
  type SlotDefinition,
} from './slot';

/** The minimum a storage engine must offer (localStorage does). Any call may throw. */
export interface StorageEngine {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** All keys currently stored. */
  keys(): string[];
}

export type StorageFault =
  | { readonly kind: 'disabled' }
  | { readonly kind: 'readonly' }
  | { readonly kind: 'full'; readonly slot: string }
  | { readonly kind: 'corrupt'; readonly slot: string; readonly reason: string; readonly raw: string; readonly copied: boolean }
  | { readonly kind: 'newer'; readonly slot: string; readonly version: number };

export type WriteOutcome = 'saved' | 'memory-only';

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

interface SlotState {
  value: unknown;
  /** When true, the slot is never written to storage (newer data, or an uncopied damaged one). */
  blocked: boolean;
  /** The stored envelope from a newer version of the site, kept for export. */
  newer?: Envelope;
}

const PROBE_KEY = `${KEY_PREFIX}probe`;

type Listener = (slot: string, value: unknown) => void;

export class Vault {
  private readonly slots = new Map<string, SlotState>();
  private readonly definitions = new Map<string, SlotDefinition<unknown>>();
  private faultList: StorageFault[] = [];
  private readonly valueListeners = new Set<Listener>();
  private readonly faultListeners = new Set<(faults: readonly StorageFault[]) => void>();

  /** `engine` null means storage is not available at all. */
  constructor(
    private readonly engine: StorageEngine | null,
    private readonly now: () => Date = () => new Date(),
  ) {
    if (!engine) this.addFault({ kind: 'disabled' });
    else this.probe(engine);
  }

  /** Reading and writing are checked apart: storage that reads but refuses writes is still read. */
  private probe(engine: StorageEngine): void {
    try {
      engine.getItem(PROBE_KEY);
    } catch {
      this.addFault({ kind: 'disabled' });
      return;
    }
    try {
      engine.setItem(PROBE_KEY, '1');
      engine.removeItem(PROBE_KEY);
    } catch {
      this.addFault({ kind: 'readonly' });
    }
  }

  get faults(): readonly StorageFault[] {
    return this.faultList;
  }

  get persistent(): boolean {
    return this.engine !== null && !this.faultList.some((f) => f.kind === 'disabled');
  }

  onFaults(listener: (faults: readonly StorageFault[]) => void): () => void {
    this.faultListeners.add(listener);
    return () => this.faultListeners.delete(listener);
  }

  onValue(listener: Listener): () => void {
    this.valueListeners.add(listener);
    return () => this.valueListeners.delete(listener);
  }

  /** The slot's current value, loading it from storage on first use. */
  read<T>(def: SlotDefinition<T>): T {
    this.definitions.set(def.name, def as SlotDefinition<unknown>);
    const known = this.slots.get(def.name);
    if (known) return known.value as T;
    const state = this.load(def);
    this.slots.set(def.name, state);
    return state.value as T;
  }

  /** Keep `value` in memory and try to save it. Never throws. */
  write<T>(def: SlotDefinition<T>, value: T): WriteOutcome {
    this.read(def);
    const state = this.slots.get(def.name)!;
    state.value = value;
    this.emitValue(def.name, value);
    if (state.blocked || !this.engine) return 'memory-only';
    return this.trySet(storageKey(def.name), encodeEnvelope(def, value, this.now()), def.name) ? 'saved' : 'memory-only';
  }

  /**
   * The slot as a backup file carries it: the current value at the current version, or, for a
   * slot holding data from a newer version of the site, that stored data exactly as it is.
   */
  entry<T>(def: SlotDefinition<T>): SlotEntry {
    const value = this.read(def);
    const newer = this.slots.get(def.name)?.newer;
    return newer ? { v: newer.v, data: newer.data } : { v: def.version, data: value };
  }

  /**
   * Every damaged copy kept aside, sorted by slot: those in storage (from this visit or an
   * earlier one, whichever slots were read) and those that could only be kept in memory.
   */
  damagedCopies(): DamagedCopy[] {
    const copies = new Map<string, DamagedCopy>();
    if (this.engine && this.persistent) {
      try {
        for (const key of this.engine.keys()) {
          const slot = damagedSlotOf(key);
          const raw = slot === null ? null : this.engine.getItem(key);
          if (slot !== null && raw !== null) copies.set(slot, { slot, raw, stored: true });
        }
      } catch {
        /* storage went away while listing: what was listed so far still stands */
      }
    }
    for (const fault of this.faultList) {
      if (fault.kind === 'corrupt' && !fault.copied && !copies.has(fault.slot)) copies.set(fault.slot, { slot: fault.slot, raw: fault.raw, stored: false });
    }
    return [...copies.values()].sort((a, b) => (a.slot < b.slot ? -1 : a.slot > b.slot ? 1 : 0));
  }

  /**
   * Another tab changed a key (the browser's `storage` event). Valid data replaces the
   * in-memory value; anything else is reported and ignored.
   */
  external(key: string | null, newValue: string | null): void {
    if (key === null) {
      for (const [name, def] of this.definitions) this.replace(name, def.initial());
      return;
    }
    if (!key.startsWith(KEY_PREFIX) || key.endsWith(DAMAGED_SUFFIX)) return;
    const def = this.definitions.get(key.slice(KEY_PREFIX.length));
    if (!def) return;
    if (newValue === null) return this.replace(def.name, def.initial());
    const decoded = decodeRaw(def, newValue);
    if (decoded.kind === 'ok') this.replace(def.name, decoded.value);
    else if (decoded.kind === 'newer') {
      const state = this.slots.get(def.name)!;
      state.blocked = true;
      state.newer = decoded.envelope;
      this.addFault({ kind: 'newer', slot: def.name, version: decoded.version });
    }
  }

  /**
   * Delete a damaged copy (after the user downloaded or discarded it); unblocks the slot.
   * False when storage refused to delete it (it is still there and still listed).
   */
  discardDamaged(slot: string): boolean {
    let removed = true;
    try {
      this.engine?.removeItem(storageKey(slot) + DAMAGED_SUFFIX);
    } catch {
      removed = false;
    }
    if (!removed) return false;
    const state = this.slots.get(slot);
    const fault = this.faultList.find((f) => f.kind === 'corrupt' && f.slot === slot);
    if (state && fault && fault.kind === 'corrupt' && !fault.copied) state.blocked = false;
    this.setFaults(this.faultList.filter((f) => !(f.kind === 'corrupt' && f.slot === slot)));
    return true;
  }

  /**
   * Replace every given slot at once (import or reset). Either all are saved or none is:
   * on a failed write the previous stored texts are put back and memory is not changed.
   * Blocked slots (newer data, an uncopied damaged one) are never overwritten in storage.
   * Slots from a newer version are stored as they are; damaged copies are added beside the
   * slots, never over a different copy already kept.
   */
  replaceAll(defs: readonly SlotDefinition<unknown>[], replacement: Replacement): boolean {
    const { values, newer = new Map<string, SlotEntry>(), damaged = new Map<string, string>() } = replacement;
    const at = this.now();
    const newerEnvelope = (entry: SlotEntry): Envelope => ({ v: entry.v, savedAt: at.toISOString(), data: entry.data });
    const writable = defs.filter((def) => {
      this.read(def);
      return !this.slots.get(def.name)!.blocked;
    });
    if (this.engine && this.persistent) {
      const engine = this.engine;
      const previous = new Map<string, string | null>();
      const put = (key: string, text: string | null) => {
        if (!previous.has(key)) previous.set(key, engine.getItem(key));
        if (text === null) engine.removeItem(key);
        else engine.setItem(key, text);
      };
      try {
        for (const def of writable) {
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
    const canWrite = new Set(writable.map((def) => def.name));
    for (const def of defs) {
      const entry = newer.get(def.name);
      if (!values.has(def.name) && entry && canWrite.has(def.name)) {
        const state = this.slots.get(def.name)!;
        state.blocked = true;
        state.newer = newerEnvelope(entry);
        this.addFault({ kind: 'newer', slot: def.name, version: entry.v });
        this.replace(def.name, def.initial());
      } else this.replace(def.name, values.has(def.name) ? values.get(def.name) : def.initial());
    }
    return true;
  }

  private load<T>(def: SlotDefinition<T>): SlotState {
    if (!this.engine) return { value: def.initial(), blocked: true };
    const key = storageKey(def.name);
    let raw: string | null;
    try {
      raw = this.engine.getItem(key);
    } catch {
      this.addFault({ kind: 'disabled' });
      return { value: def.initial(), blocked: true };
    }
    if (raw === null) return { value: def.initial(), blocked: false };
    const decoded = decodeRaw(def, raw);
    switch (decoded.kind) {
      case 'ok':
        if (decoded.migratedFrom !== undefined) this.trySet(key, encodeEnvelope(def, decoded.value, this.now()), def.name);
        return { value: decoded.value, blocked: false };
      case 'newer':
        this.addFault({ kind: 'newer', slot: def.name, version: decoded.version });
        return { value: def.initial(), blocked: true, newer: decoded.envelope };
      case 'corrupt': {
        const copied = this.trySet(key + DAMAGED_SUFFIX, raw, null);
        this.addFault({ kind: 'corrupt', slot: def.name, reason: decoded.reason, raw, copied });
        return { value: def.initial(), blocked: !copied };
      }
    }
  }

  /** Write a key; on failure record why. `slot` null: do not record a `full` fault. */
  private trySet(key: string, text: string, slot: string | null): boolean {
    if (!this.engine) return false;
    try {
      this.engine.setItem(key, text);
      if (slot) this.setFaults(this.faultList.filter((f) => !(f.kind === 'readonly' || (f.kind === 'full' && f.slot === slot))));
      return true;
    } catch (error) {
      if (isQuotaError(error)) {
        if (slot) this.addFault({ kind: 'full', slot });
      } else this.addFault({ kind: 'readonly' });
      return false;
    }
  }

  private replace(slot: string, value: unknown): void {
    const state = this.slots.get(slot);
    if (state) state.value = value;
    else this.slots.set(slot, { value, blocked: false });
    this.emitValue(slot, value);
  }

  private emitValue(slot: string, value: unknown): void {
    for (const listener of this.valueListeners) listener(slot, value);
  }

  private addFault(fault: StorageFault): void {
    const same = (f: StorageFault) => f.kind === fault.kind && ('slot' in f ? f.slot : '') === ('slot' in fault ? fault.slot : '');
    this.setFaults([...this.faultList.filter((f) => !same(f)), fault]);
  }

  private setFaults(next: StorageFault[]): void {
    this.faultList = next;
    for (const listener of this.faultListeners) listener(next);
  }
}

/** Browsers name the quota error differently (QuotaExceededError, NS_ERROR_DOM_QUOTA_REACHED, code 22/1014). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** A storage engine held in memory, for tests and as a model of localStorage. */
export class MemoryEngine implements StorageEngine {
  readonly data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, String(value));
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  keys() {
    return [...this.data.keys()];
  }
}
