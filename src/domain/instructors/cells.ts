/** What one item result shows: done or not, and a score where the item has one. */
import type { ItemResult } from './results';

export interface CellResult {
  readonly done: boolean;
  /** Share earned in [0, 1] where the item has a score (self-checks: best; worksheet: self total). */
  readonly score: number | null;
  /** Short text for the cell: an ending id, a worksheet total… */
  readonly detail: string;
}

export const share = (earned: number, total: number) =>
  total > 0 && Number.isFinite(earned / total) ? Math.min(1, Math.max(0, earned / total)) : 0;

/** What one item result shows in the class table. */
export function cellOf(result: ItemResult): CellResult {
  switch (result.kind) {
    case 'case':
      return result.attempt
        ? { done: true, score: null, detail: result.attempt.endingId }
        : { done: false, score: null, detail: '' };
    case 'worksheet': {
      const s = result.summary;
      if (!s || s.planRows === 0) return { done: false, score: null, detail: '' };
      return s.selfTotal === null
        ? { done: true, score: null, detail: '' }
        : { done: true, score: share(s.selfTotal, s.totalMax), detail: `${s.selfTotal}/${s.totalMax}` };
    }
    case 'calculator':
      return { done: result.fields !== null, score: null, detail: '' };
    case 'selfCheck':
    case 'assessment':
      return result.best
        ? {
            done: true,
            score: share(result.best.earned, result.best.total),
            detail: `${result.best.earned}/${result.best.total}`,
          }
        : { done: false, score: null, detail: '' };
  }
}
