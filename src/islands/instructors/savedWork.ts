/**
 * The trainee's saved work, read through the stores, for the kinds of item an assignment has.
 * Loaded on demand: each store brings its slot's checks, and the page only needs those it uses.
 */
import type { SavedWork } from '../../domain/instructors/collect';

export { collectItems } from '../../domain/instructors/collect';

import { loadCalculators, loadCases, loadQuizzes, loadWorksheet } from './stores';

/** A store's value as it changes (nanostores' `subscribe`: called at once, then on every change). */
export interface Watchable<T> {
  subscribe(listener: (value: T) => void): () => void;
}

export const STORES: { readonly [K in keyof SavedWork]: () => Promise<Watchable<SavedWork[K]>> } = {
  quizzes: () => loadQuizzes().then((m) => m.$quizzes),
  cases: () => loadCases().then((m) => m.$cases),
  calculators: () => loadCalculators().then((m) => m.$calculators),
  // The worksheet as its totals, recomputed whenever it changes.
  worksheet: async () => {
    const { $worksheet, worksheetTotals } = await loadWorksheet();
    return { subscribe: (listener) => $worksheet.subscribe((ws) => listener(worksheetTotals(ws))) };
  },
};
