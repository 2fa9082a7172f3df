import { atom, onMount, type ReadableAtom } from 'nanostores';
import type { SlotDefinition } from '../domain/storage/slot';
import type { Vault } from '../domain/storage/vault';
import { getVault } from './vault';

export interface SlotStore<T> {
  /** Subscribe with `useStore`; loads from storage when first mounted. */
  readonly $value: ReadableAtom<T>;
  /** The current value, loading it first if needed. */
  get(): T;
  /** Replace the value: kept in memory, saved if storage allows (faults go to $storageFaults). */
  set(value: T): void;
}

/** A nanostore backed by one vault slot, kept in step with imports and other tabs. */
export function slotStore<T>(def: SlotDefinition<T>): SlotStore<T> {
  const $value = atom<T>(def.initial());
  let source: Vault | null = null;
  let unsubscribe = () => {};
  /** Read from the current vault the first time, and again if the vault was replaced. */
  const load = () => {
    const vault = getVault();
    if (vault === source) return;
    source = vault;
    unsubscribe();
    unsubscribe = vault.onValue((slot, value) => {
      if (slot === def.name && value !== $value.get()) $value.set(value as T);
    });
    $value.set(vault.read(def));
  };
  onMount($value, () => {
    load();
  });
  return {
    $value,
    get: () => {
      load();
      return $value.get();
    },
    set: (value) => {
      load();
      getVault().write(def, value);
    },
  };
}
