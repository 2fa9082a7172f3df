/** The care-plan worksheet's totals for a results file: filled-in plan rows, checklist, ratings. */
import type { Worksheet } from '../worksheet/worksheet';
import { summariseRatings } from '../worksheet/summary';
import type { WorksheetTotals } from './results';

/** Null while no plan row has a need or a measure (the worksheet is not started). */
export function worksheetTotals(ws: Worksheet): WorksheetTotals | null {
  const filled = ws.plan.filter((row) => row.need.trim() !== '' || row.measure.trim() !== '');
  if (filled.length === 0) return null;
  const ratings = summariseRatings(ws.ratings);
  return {
    planRows: filled.length,
    checklistItems: ws.checklist.length,
    checklistDone: ws.checklist.filter((c) => c.done).length,
    selfTotal: ratings.self?.total ?? null,
    peerTotalMean: ratings.peerTotalMean,
    totalMax: ratings.totalMax,
  };
}
