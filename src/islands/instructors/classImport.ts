/** Reading results files for the class dashboard: loaded with the first files (parsing and hashing are not needed before). */
import { aggregateClass, type ClassView, type ReadFile } from '../../domain/instructors/class';
import {
  gradebookCsvRows,
  type GradebookColumn,
  type GradebookCsvLabels,
  type GradebookRow,
} from '../../domain/instructors/gradebook';
import { parseResultsFile } from '../../domain/instructors/results';
import { toCsv } from '../../domain/csv';
import type { FieldIssue } from '../../domain/result';

export interface RawFile {
  readonly fileName: string;
  readonly text: string;
  /** Why the shared file check refused the file (then `text` is empty and nothing of it is read or saved). */
  readonly refused?: FieldIssue;
}

/** Each file checked on its own, then the class view. */
export async function readClass(files: readonly RawFile[]): Promise<ClassView> {
  const read = await Promise.all(
    files.map(async ({ fileName, text, refused }): Promise<ReadFile> => {
      if (refused) return { fileName, ok: false, issues: [refused] };
      const r = await parseResultsFile(text);
      return r.ok ? { fileName, ok: true, file: r.value } : { fileName, ok: false, issues: r.issues };
    }),
  );
  return aggregateClass(read);
}

/** The gradebook as shown (rows in their order) as a spreadsheet-safe CSV file. */
export const gradebookCsv = (
  rows: readonly GradebookRow[],
  columns: readonly GradebookColumn[],
  labels: GradebookCsvLabels,
  columnLabel: (column: GradebookColumn) => string,
) => toCsv(gradebookCsvRows(rows, columns, labels, columnLabel), { bom: true });
