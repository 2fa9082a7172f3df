/**
 * Where an issue's field path points, in terms a message can name: "care plan, row 2, cost".
 * Paths count from 0 (`plan.1.cost`); `index` here counts from 1, as people do.
 */
export type WorksheetSection = 'plan' | 'checklist' | 'ratings' | 'answers' | 'file';

export interface IssueLocation {
  readonly section: WorksheetSection;
  /** Row, item or rating number, from 1. */
  readonly index?: number;
  /** The column or field: `cost`, `scores.lowCost`, `comments.lowCost`, a question id, … */
  readonly column?: string;
}

const SECTIONS: readonly string[] = ['plan', 'checklist', 'ratings', 'answers'];

export function locateIssue(field: string): IssueLocation {
  const [head, second, ...rest] = field.split('.');
  if (head === undefined || !SECTIONS.includes(head)) return { section: 'file' };
  const section = head as WorksheetSection;
  if (second === undefined) return { section };
  if (section === 'answers') return { section, column: [second, ...rest].join('.') };
  const n = Number(second);
  if (!/^\d+$/.test(second) || !Number.isSafeInteger(n)) return { section, column: [second, ...rest].join('.') };
  return rest.length > 0 ? { section, index: n + 1, column: rest.join('.') } : { section, index: n + 1 };
}
