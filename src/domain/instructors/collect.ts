/**
 * What a trainee's saved work says about each assignment item: the item results of the
 * results file, read from the saved slots (quizzes, cases, calculators, worksheet).
 */

import { WORK_OF, type AssignmentItem } from './assignment';
import type { ItemResult } from './results';
import type { SavedQuizzes } from '../quiz/saved';
import type { SavedCases } from '../cases/saved';
import type { SavedCalculators } from '../calculators/saved';
import type { WorksheetTotals } from './results';
import { own } from '../guards';

export interface SavedWork {
  readonly quizzes: SavedQuizzes;
  readonly cases: SavedCases;
  readonly calculators: SavedCalculators;
  /** The worksheet's totals (see ./worksheet-totals.ts), null when no plan row is filled in. */
  readonly worksheet: WorksheetTotals | null;
}

/** The calculator's saved inputs: those of its toolbox page, else the most recently saved anywhere. */
function calculatorEntry(saved: SavedCalculators, name: string) {
  const onTool = own(saved.entries, `${name}@tools/${name}/`);
  if (onTool) return onTool;
  const others = Object.entries(saved.entries).filter(([key]) => key.startsWith(`${name}@`));
  return others.map(([, e]) => e).sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt))[0];
}

/** One item's result from the saved work; undefined while the part of the work it reads is not loaded. */
export function collectItem(item: AssignmentItem, loaded: Partial<SavedWork>): ItemResult | undefined {
  if (loaded[WORK_OF[item.kind]] === undefined) return undefined;
  const work = loaded as SavedWork;
  switch (item.kind) {
    case 'case': {
      const attempts = own(work.cases.cases, item.id)?.attempts ?? [];
      return { kind: 'case', id: item.id, attempt: attempts[attempts.length - 1] ?? null };
    }
    case 'worksheet':
      return { kind: 'worksheet', id: item.id, summary: work.worksheet };
    case 'calculator': {
      const entry = calculatorEntry(work.calculators, item.id);
      return {
        kind: 'calculator',
        id: item.id,
        fields: entry ? { ...entry.fields } : null,
        savedAt: entry?.savedAt ?? null,
      };
    }
    case 'selfCheck':
    case 'assessment': {
      const record = own(work.quizzes.records, item.id);
      return { kind: item.kind, id: item.id, best: record?.best ?? null, latest: record?.latest ?? null };
    }
  }
}

/** Every item's result, or undefined while some saved work is not loaded. */
export function collectItems(items: readonly AssignmentItem[], work: Partial<SavedWork>): ItemResult[] | undefined {
  const results = items.map((item) => collectItem(item, work));
  return results.every((r) => r !== undefined) ? (results as ItemResult[]) : undefined;
}
