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
 *   on later visits until the user deletes them, and are exported (./maintenance.ts);
 * - data from a newer version: left untouched, the slot works in memory, a `newer` fault,
 *   and export carries the stored envelope as it is.
 */
import {
  DAMAGED_SUFFIX,
  KEY_PREFIX,
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
  | {
      readonly kind: 'corrupt';
      readonly slot: string;
      readonly reason: string;
      readonly raw: string;
      readonly copied: boolean;
    }
  | { readonly kind: 'newer'; readonly slot: string; readonly version: number };

export type WriteOutcome = 'saved' | 'memory-only';

/** A slot's state in memory (see `VaultInternals`). */
export interface SlotState {
  value: unknown;
  /** When true, the slot is never written to storage (newer data, or an uncopied damaged one). */
  blocked: boolean;
  /** The stored envelope from a newer version of the site, kept for export. */
  newer?: Envelope;
}

const PROBE_KEY = `${KEY_PREFIX}probe`;

type Listener = (slot: string, value: unknown) => void;

/** See `Vault.internals`. `engine` is null when storage is disabled. */
export interface VaultInternals {
  readonly engine: StorageEngine | null;
  readonly now: () => Date;
  /** The slot's state, loading it first if needed. */
  state(def: SlotDefinition<unknown>): SlotState;
  /** The slot's state if it has been loaded. */
  loaded(slot: string): SlotState | undefined;
  /** Set a slot's value in memory and tell listeners. */
  replace(slot: string, value: unknown): void;
  addFault(fault: StorageFault): void;
  setFaults(faults: StorageFault[]): void;
}

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

  /**
   * What the data page's operations (./maintenance.ts: export, import, reset, damaged
   * copies) need from the vault. They live apart so that pages that only read and write do
   * not load them; features use `read` and `write`.
   */
  internals(): VaultInternals {
    return {
      engine: this.persistent ? this.engine : null,
      now: this.now,
      state: (def) => {
        this.read(def);
        return this.slots.get(def.name)!;
      },
      loaded: (slot) => this.slots.get(slot),
      replace: (slot, value) => this.replace(slot, value),
      addFault: (fault) => this.addFault(fault),
      setFaults: (faults) => this.setFaults(faults),
    };
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
    return this.trySet(storageKey(def.name), encodeEnvelope(def, value, this.now()), def.name)
      ? 'saved'
      : 'memory-only';
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
        if (decoded.migratedFrom !== undefined)
          this.trySet(key, encodeEnvelope(def, decoded.value, this.now()), def.name);
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
      if (slot)
        this.setFaults(
          this.faultList.filter((f) => !(f.kind === 'readonly' || (f.kind === 'full' && f.slot === slot))),
        );
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
    const same = (f: StorageFault) =>
      f.kind === fault.kind && ('slot' in f ? f.slot : '') === ('slot' in fault ? fault.slot : '');
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
