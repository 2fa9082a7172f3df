/**
 * Reading 0–10 "would you recommend?" answers from pasted text or an uploaded file's text.
 *
 * Shapes understood (the delimiter — tab, semicolon, comma or pipe — is the one found on the
 * most of the first 100 non-blank lines, ties going in that order, so a semicolon file with
 * decimal commas reads as semicolon-separated; papaparse's own guess needs more rows than a
 * short paste has):
 * - one answer per line;
 * - answers on one line, separated by commas, tabs or semicolons;
 * - a grid of answers with no header (every column mostly 0–10 whole numbers): all cells count;
 * - a table with a header row (first row entirely non-numeric) or an id column: one column holds
 *   the answers. The caller may name the column (`columnName`, matched ignoring case and
 *   surrounding spaces) or give its number (`columnNumber`, 1 = first); otherwise the first
 *   column whose non-blank cells are mostly (more than half, judged on the first 200 data rows)
 *   whole numbers 0–10 is used.
 *
 * Lines that are entirely blank are layout, not answers, and are skipped; so are blank cells at
 * the end of a row in list layout (spreadsheets export ragged rows that way). Every other value
 * that is not a whole number 0–10 is ignored and counted by reason — `empty`, `notANumber`,
 * `notAnInteger`, `outOfRange` — with up to `maxExamples` locations each. Locations count rows
 * and columns from 1 as a spreadsheet does (the header is row 1); a row is a line of the text
 * unless a quoted cell spans lines. Values are read as in `numbers.ts`, so `９` and `10.0` count.
 */
import Papa from 'papaparse';
import type { Validated } from '../result';
import { fail, ok } from '../result';
import { parseUserNumber } from '../numbers';
import { NPS_SCALE_MAX, NPS_SCALE_MIN } from './netPromoterScore';

export const IGNORED_REASONS = ['empty', 'notANumber', 'notAnInteger', 'outOfRange'] as const;
/** Why a value was not counted as an answer. */
export type IgnoredReason = (typeof IGNORED_REASONS)[number];

/** Where an ignored value was, as a spreadsheet counts (from 1), and what it was (at most 40 characters). */
export interface ValueLocation {
  readonly row: number;
  readonly column: number;
  readonly value: string;
}

export interface IgnoredGroup {
  readonly count: number;
  readonly examples: readonly ValueLocation[];
}

export interface NpsResponsesOptions {
  /** Header text of the column that holds the answers. */
  readonly columnName?: string;
  /** Number of the column that holds the answers, 1 = first. */
  readonly columnNumber?: number;
  /** Example locations kept per reason; default 5. */
  readonly maxExamples?: number;
}

export interface ParsedNpsResponses {
  /** Valid answers per score, index = score 0…10. */
  readonly distribution: readonly number[];
  /** Number of valid answers. */
  readonly n: number;
  readonly ignored: Readonly<Record<IgnoredReason, IgnoredGroup>>;
  readonly ignoredTotal: number;
  /** `list`: every cell is an answer; `column`: one column of a table is. */
  readonly layout: 'list' | 'column';
  /** The column used (`column` layout only): its number from 1 and its header text, if any. */
  readonly column: { readonly number: number; readonly name: string | null } | null;
  readonly hasHeader: boolean;
  /** Non-blank rows read, the header excluded. */
  readonly dataRows: number;
}

const DETECTION_SAMPLE = 200;
const EXAMPLE_TEXT_MAX = 40;

/**
 * Parses answers out of `text`. Fails with: `required` on `responses` (blank text);
 * `columnNotFound` {column} on `column` (named column absent, or number outside 1…columns —
 * then also {columns}); `noScoreColumn` {columns} on `column` (no column looks like answers);
 * `noValidResponses` {ignored} on `responses` (nothing countable).
 */
export function parseNpsResponses(text: string, options: NpsResponsesOptions = {}): Validated<ParsedNpsResponses> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') return fail({ field: 'responses', code: 'required' });
  const rows = Papa.parse<string[]>(source, {
    header: false,
    skipEmptyLines: false,
    delimiter: detectDelimiter(source),
  }).data;

  const rowIndexes: number[] = [];
  let width = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as string[];
    if (!isBlankRow(row)) {
      rowIndexes.push(i);
      if (row.length > width) width = row.length;
    }
  }
  const first = rows[rowIndexes[0] as number] as string[];
  const hasHeader = rowIndexes.length > 1 && isHeaderRow(first);
  const dataIndexes = hasHeader ? rowIndexes.slice(1) : rowIndexes;

  const choice = chooseColumn(rows, dataIndexes, width, hasHeader ? first : null, options);
  if (!choice.ok) return choice;
  const columnIndex = choice.value;

  const tally = new Tally(options.maxExamples ?? 5);
  for (const i of dataIndexes) {
    const row = rows[i] as string[];
    if (columnIndex === null) {
      let last = row.length - 1;
      while (last >= 0 && (row[last] as string).trim() === '') last--;
      for (let c = 0; c <= last; c++) tally.add(row[c] as string, i, c);
    } else {
      tally.add(row[columnIndex] ?? '', i, columnIndex);
    }
  }

  if (tally.n === 0) {
    return fail({ field: 'responses', code: 'noValidResponses', params: { ignored: tally.ignoredTotal } });
  }
  return ok({
    distribution: tally.distribution,
    n: tally.n,
    ignored: tally.ignored,
    ignoredTotal: tally.ignoredTotal,
    layout: columnIndex === null ? 'list' : 'column',
    column:
      columnIndex === null
        ? null
        : { number: columnIndex + 1, name: hasHeader ? (first[columnIndex] ?? '').trim() : null },
    hasHeader,
    dataRows: dataIndexes.length,
  });
}

/** The column index to read, or null for "every cell" (list layout). */
function chooseColumn(
  rows: readonly string[][],
  dataIndexes: readonly number[],
  width: number,
  header: readonly string[] | null,
  options: NpsResponsesOptions,
): Validated<number | null> {
  if (options.columnName !== undefined) {
    const wanted = normaliseName(options.columnName);
    const index = header === null ? -1 : header.findIndex((h) => normaliseName(h) === wanted);
    if (index < 0) return fail({ field: 'column', code: 'columnNotFound', params: { column: options.columnName } });
    return ok(index);
  }
  if (options.columnNumber !== undefined) {
    const number = options.columnNumber;
    if (!Number.isInteger(number) || number < 1 || number > width) {
      return fail({ field: 'column', code: 'columnNotFound', params: { column: number, columns: width } });
    }
    return ok(number - 1);
  }
  if (width === 1 || (header === null && dataIndexes.length === 1)) return ok(null);

  const sample = dataIndexes.slice(0, DETECTION_SAMPLE);
  const answerLike: boolean[] = [];
  const blankColumn: boolean[] = [];
  for (let c = 0; c < width; c++) {
    let filled = 0;
    let valid = 0;
    for (const i of sample) {
      const cell = (rows[i] as string[])[c] ?? '';
      if (cell.trim() === '') continue;
      filled++;
      if (typeof classify(cell) === 'number') valid++;
    }
    answerLike.push(filled > 0 && valid * 2 > filled);
    blankColumn.push(filled === 0);
  }
  // A grid of answers (ragged rows leave a blank last column; that does not make it a table).
  if (header === null && answerLike.every((like, c) => like || blankColumn[c] === true)) return ok(null);
  const index = answerLike.indexOf(true);
  if (index < 0) return fail({ field: 'column', code: 'noScoreColumn', params: { columns: width } });
  return ok(index);
}

/** Counts valid answers per score and ignored values per reason. */
class Tally {
  readonly distribution: number[] = new Array<number>(NPS_SCALE_MAX + 1).fill(0);
  readonly ignored: Record<IgnoredReason, { count: number; examples: ValueLocation[] }> = {
    empty: { count: 0, examples: [] },
    notANumber: { count: 0, examples: [] },
    notAnInteger: { count: 0, examples: [] },
    outOfRange: { count: 0, examples: [] },
  };
  n = 0;
  ignoredTotal = 0;
  constructor(private readonly maxExamples: number) {}

  add(cell: string, rowIndex: number, columnIndex: number): void {
    const result = classify(cell);
    if (typeof result === 'number') {
      this.distribution[result] = (this.distribution[result] as number) + 1;
      this.n++;
      return;
    }
    const group = this.ignored[result];
    group.count++;
    this.ignoredTotal++;
    if (group.examples.length < this.maxExamples) {
      group.examples.push({
        row: rowIndex + 1,
        column: columnIndex + 1,
        value: cell.trim().slice(0, EXAMPLE_TEXT_MAX),
      });
    }
  }
}

/** A valid answer (0–10) or the reason the cell is not one. */
export function classify(cell: string): number | IgnoredReason {
  // Fast path for the overwhelmingly common cell: one or two ASCII digits, nothing else.
  const length = cell.length;
  if (length === 1) {
    const digit = cell.charCodeAt(0) - 48;
    if (digit >= 0 && digit <= 9) return digit;
  } else if (length === 2 && cell === '10') {
    return 10;
  }
  const parsed = parseUserNumber(cell);
  if (!parsed.ok) return parsed.code === 'required' ? 'empty' : 'notANumber';
  if (!Number.isInteger(parsed.value)) return 'notAnInteger';
  if (parsed.value < NPS_SCALE_MIN || parsed.value > NPS_SCALE_MAX) return 'outOfRange';
  return parsed.value;
}

const DELIMITERS = ['\t', ';', ',', '|'] as const;

/** The delimiter present on the most of the first 100 non-blank lines (see the module comment). */
export function detectDelimiter(text: string): string {
  const lines = text
    .slice(0, 65_536)
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== '')
    .slice(0, 100);
  let best: string = ',';
  let bestLines = 0;
  for (const delimiter of DELIMITERS) {
    const count = lines.filter((line) => line.includes(delimiter)).length;
    if (count > bestLines) {
      best = delimiter;
      bestLines = count;
    }
  }
  return best;
}

function isBlankRow(row: readonly string[]): boolean {
  for (const cell of row) if (cell.trim() !== '') return false;
  return true;
}

/** A header row: every non-blank cell is text that is not a number. */
function isHeaderRow(row: readonly string[]): boolean {
  let text = 0;
  for (const cell of row) {
    if (cell.trim() === '') continue;
    if (parseUserNumber(cell).ok) return false;
    text++;
  }
  return text > 0;
}

function normaliseName(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}
