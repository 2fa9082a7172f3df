import { useEffect, useState } from 'preact/hooks';
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
 * the saved value is shown by the render right after. Every change of the store renders the
 * island again (Preact batches them). This is all islands need of a store, so they do not
 * load a store binding library.
 */
export function useSavedStore<T>($store: ReadableAtom<T>, initial: T): T {
  const [, rerender] = useState({});
  const hydrated = useHydrated();
  useEffect(() => $store.listen(() => rerender({})), [$store]);
  return hydrated ? $store.get() : initial;
}
