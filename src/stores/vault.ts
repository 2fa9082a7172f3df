/**
 * The browser's vault: one per page, created on first use (never at import time, so tests
 * can install their own with `useVault`). It listens for changes made in other tabs.
 */
import { atom } from 'nanostores';
import { Vault, type StorageEngine, type StorageFault } from '../domain/storage/vault';

export const $storageFaults = atom<readonly StorageFault[]>([]);

let current: Vault | null = null;

/** localStorage, if this browser lets us use it; null when disabled or absent. */
function browserEngine(): StorageEngine | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    const probe = 'ccl:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return {
      getItem: (key) => storage.getItem(key),
      setItem: (key, value) => storage.setItem(key, value),
      removeItem: (key) => storage.removeItem(key),
      keys: () => Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null),
    };
  } catch {
    return null;
  }
}

export function getVault(): Vault {
  if (!current) {
    const vault = new Vault(browserEngine());
    if (typeof window !== 'undefined') {
      window.addEventListener('storage', (event) => {
        if (event.storageArea === null || event.storageArea === globalThis.localStorage) vault.external(event.key, event.newValue);
      });
    }
    useVault(vault);
  }
  return current!;
}

/** Install a vault (tests pass one over a fake engine). */
export function useVault(vault: Vault): Vault {
  current = vault;
  $storageFaults.set(vault.faults);
  vault.onFaults((faults) => $storageFaults.set(faults));
  return vault;
}
