/**
 * Saved care-plan worksheet: the `worksheet` slot (browser storage key `ccl:worksheet`).
 *
 * Format, slot version 1 — the `Worksheet` of ./worksheet.ts as JSON:
 * ```
 * { "plan":      [{ "id": "p1", "need": "…", "measure": "…", "form": "customerClub" | "",
 *                   "channel": "phone" | "", "timing": "…", "cost": 1200 | null, "currency": "CNY" }, …],
 *   "checklist": [{ "id": "c1", "action": "…", "owner": "…", "due": "2026-12-01" | "", "done": false }, …],
 *   "ratings":   [{ "id": "s1", "by": "self" | "peer", "rater": "…",
 *                   "scores": { "needsAnalysis": 1–5 | null, … }, "comments": { "needsAnalysis": "…", … } }, …],
 *   "answers":   { "qualityProduct": "…", "humanisedCare": "…", … } }
 * ```
 * Saved on every change. A future version 2 adds `migrations[1]`, used both when reading older
 * saved data and when importing an older exported file (see ./file.ts).
 */
import type { SlotDefinition } from '../storage/slot';
import { initialWorksheet, validateWorksheet, type Worksheet } from './worksheet';

export const worksheetSlot: SlotDefinition<Worksheet> = {
  name: 'worksheet',
  version: 1,
  initial: initialWorksheet,
  validate: validateWorksheet,
};
