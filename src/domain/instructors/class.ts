/**
 * A class's results: many results files read together for the dashboard.
 *
 * Every file is checked on its own (a bad one is listed with its reason and does not block the
 * others). The same trainee — name (trimmed, case-insensitive) and class code — handing in more
 * than once keeps the latest hand-in; the others are reported. The view: the assignment items,
 * one row per trainee, late hand-ins. The gradebook built on it — scores as trainees saw them,
 * statistics, sorting, case endings and paths, most-missed questions, CSV rows — is in
 * ./gradebook.ts.
 */
import type { FieldIssue } from '../result';
import { isLate, itemKey, type AssignmentItem } from './assignment';
import type { ResultsFile } from './results';
import { cellOf, type CellResult } from './cells';

export { cellOf, type CellResult };

/** One file as read: its name and the parse outcome. */
export type ReadFile =
  | { readonly fileName: string; readonly ok: true; readonly file: ResultsFile }
  | { readonly fileName: string; readonly ok: false; readonly issues: readonly FieldIssue[] };

export interface Duplicate {
  readonly name: string;
  readonly classCode: string;
  readonly kept: string;
  readonly dropped: readonly string[];
}

export interface TraineeRow {
  readonly name: string;
  readonly classCode: string;
  readonly handedInAt: string;
  readonly late: boolean;
  readonly fileName: string;
  readonly done: number;
  readonly cells: readonly (CellResult | null)[];
  /** The results file the row was read from (for the trainee view). */
  readonly file: ResultsFile;
}

export interface Spread {
  readonly n: number;
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

export interface ClassView {
  readonly items: readonly AssignmentItem[];
  readonly rows: readonly TraineeRow[];
  readonly rejected: readonly { readonly fileName: string; readonly issues: readonly FieldIssue[] }[];
  readonly duplicates: readonly Duplicate[];
  /** Distinct assignment titles seen (more than one is worth a notice). */
  readonly titles: readonly string[];
  readonly late: readonly TraineeRow[];
}

const traineeKey = (file: ResultsFile) =>
  `${file.payload.trainee.name.trim().toLowerCase()}\u0000${file.payload.assignment.classCode.toLowerCase()}`;

/** Keep the latest hand-in per trainee; report the others. Input order is kept for the rest. */
export function dedupe(files: readonly { readonly fileName: string; readonly file: ResultsFile }[]): {
  readonly kept: readonly { readonly fileName: string; readonly file: ResultsFile }[];
  readonly duplicates: readonly Duplicate[];
} {
  const byKey = new Map<string, { fileName: string; file: ResultsFile }[]>();
  for (const entry of files) {
    const key = traineeKey(entry.file);
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  }
  const kept: { fileName: string; file: ResultsFile }[] = [];
  const duplicates: Duplicate[] = [];
  for (const list of byKey.values()) {
    // Latest hand-in wins; on a tie, the file read last.
    let latest = list[0] as (typeof list)[number];
    for (const entry of list)
      if (Date.parse(entry.file.payload.handedInAt) >= Date.parse(latest.file.payload.handedInAt)) latest = entry;
    kept.push(latest);
    if (list.length > 1) {
      duplicates.push({
        name: latest.file.payload.trainee.name,
        classCode: latest.file.payload.assignment.classCode,
        kept: latest.fileName,
        dropped: list.filter((e) => e !== latest).map((e) => e.fileName),
      });
    }
  }
  const order = new Map(files.map((f, i) => [f, i]));
  kept.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return { kept, duplicates };
}

/** Min, median, max of some numbers (median of an even count: mean of the middle two). */
export function spreadOf(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { n: sorted.length, min: sorted[0] as number, median, max: sorted[sorted.length - 1] as number };
}

/** The whole class view from the files as read. */
export function aggregateClass(read: readonly ReadFile[]): ClassView {
  const rejected = read.flatMap((r) => (r.ok ? [] : [{ fileName: r.fileName, issues: r.issues }]));
  const good = read.flatMap((r) => (r.ok ? [{ fileName: r.fileName, file: r.file }] : []));
  const { kept, duplicates } = dedupe(good);
  const items: AssignmentItem[] = [];
  const seen = new Set<string>();
  const titles = new Set<string>();
  for (const { file } of kept) {
    titles.add(file.payload.assignment.title);
    for (const item of file.payload.assignment.items) {
      if (!seen.has(itemKey(item))) items.push(item);
      seen.add(itemKey(item));
    }
  }
  const rows: TraineeRow[] = kept.map(({ fileName, file }) => {
    const byKey = new Map(file.payload.items.map((r) => [itemKey(r), r]));
    const cells = items.map((item) => {
      const r = byKey.get(itemKey(item));
      return r ? cellOf(r) : null;
    });
    return {
      name: file.payload.trainee.name,
      classCode: file.payload.assignment.classCode,
      handedInAt: file.payload.handedInAt,
      late: isLate(file.payload.assignment.due, file.payload.handedInAt),
      fileName,
      done: cells.filter((c) => c?.done === true).length,
      cells,
      file,
    };
  });
  rows.sort((a, b) => a.name.localeCompare(b.name));
  return {
    items,
    rows,
    rejected,
    duplicates,
    titles: [...titles],
    late: rows.filter((r) => r.late),
  };
}
