/**
 * The browser's vault: one per page, created on first use (never at import time, so tests
 * can install their own with `useVault`). It listens for changes made in other tabs.
 */
import { atom } from 'nanostores';
import { SAVED_EVENT } from '../domain/storage/slot';
import { Vault, type StorageEngine, type StorageFault } from '../domain/storage/vault';

export const $storageFaults = atom<readonly StorageFault[]>([]);

let current: Vault | null = null;

/**
 * A storage engine over a `Storage` (localStorage), or null when it cannot even be read.
 * Storage that reads but refuses writes is returned: the vault then still shows and exports
 * everything saved and says that new work is not being saved.
 */
export function storageEngine(storage: Storage | undefined | null): StorageEngine | null {
  try {
    if (!storage) return null;
    storage.getItem('ccl:probe');
    return {
      getItem: (key) => storage.getItem(key),
      setItem: (key, value) => storage.setItem(key, value),
      removeItem: (key) => storage.removeItem(key),
      keys: () =>
        Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null),
    };
  } catch {
    return null;
  }
}

/** localStorage, if this browser lets us read it (reading `localStorage` itself may throw). */
function browserEngine(): StorageEngine | null {
  try {
    return storageEngine(globalThis.localStorage);
  } catch {
    return null;
  }
}

export function getVault(): Vault {
  if (!current) {
    const vault = new Vault(browserEngine());
    if (typeof window !== 'undefined') {
      window.addEventListener('storage', (event) => {
        if (event.storageArea === null || event.storageArea === globalThis.localStorage)
          vault.external(event.key, event.newValue);
      });
      // Page scripts that are not islands (the lesson header's progress line) hear of changes
      // made on this page without loading the stores: `ccl:saved`, detail { slot, value }.
      vault.onValue((slot, value) => window.dispatchEvent(new CustomEvent(SAVED_EVENT, { detail: { slot, value } })));
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
