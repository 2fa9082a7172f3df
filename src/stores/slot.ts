import { atom, onMount, type ReadableAtom } from 'nanostores';
import type { SlotDefinition } from '../domain/storage/slot';
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
  let loaded = false;
  const load = () => {
    if (loaded) return;
    loaded = true;
    const vault = getVault();
    $value.set(vault.read(def));
    vault.onValue((slot, value) => {
      if (slot === def.name && value !== $value.get()) $value.set(value as T);
    });
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
