import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';

/**
 * False in the server-rendered HTML and until the island has hydrated. Controls that need
 * JavaScript are disabled until then, so a click before hydration is never silently lost.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/**
 * A saved store's value, but its initial value until the island has hydrated: the first
 * render must match the server HTML (Preact does not patch attributes while hydrating), and
 * the saved value is shown by the render right after.
 */
export function useSavedStore<T>($store: ReadableAtom<T>, initial: T): T {
  const value = useStore($store);
  return useHydrated() ? value : initial;
}
