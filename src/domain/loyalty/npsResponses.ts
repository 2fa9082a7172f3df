/**
 * Reading 0–10 "would you recommend?" answers from pasted text or an uploaded file's text.
 *
 * The shape of the data decides how it is read, and the result says which reading was used:
 * - `column` — a real table: the first line is a header row (every cell text, no number) and the
 *   rows under it consistently have the header's number of cells (at least two) when split on one
 *   delimiter (tab, semicolon, comma or pipe; quoted cells as in RFC 4180). A table without a
 *   header reads this way too when one of its columns holds no answer at all (an id column).
 *   One column holds the answers: the caller may name it (`columnName`, matched ignoring case
 *   and surrounding spaces) or give its number (`columnNumber`, 1 = first); otherwise the first
 *   column whose non-blank cells are mostly (more than half, judged on the first 200 data rows)
 *   whole numbers 0–10 is used.
 * - `list` — anything else: every number counts, whatever separates it from the next — new
 *   lines, commas, semicolons, tabs, spaces, full-width `，` `；` `、` or the ideographic space —
 *   mixed freely from line to line. A first line with words and no answer on it is a header and
 *   is skipped (its text is returned). Words separated only by spaces (`not sure`) stay one value.
 *
 * A byte-order mark is dropped. Empty cells and blank lines are layout, not answers: they are
 * skipped without a report. Every other value that is not a whole number 0–10 is ignored and
 * counted by reason — `notANumber`, `notAnInteger`, `outOfRange` — with up to `maxExamples`
 * locations each. Rows count lines from 1 as a spreadsheet does (a header is row 1); columns
 * count cells of a table row from 1, or values of a list line from 1. Values are read as in
 * `numbers.ts`, so `９` and `10.0` count.
 */
import Papa from 'papaparse';
import type { Validated } from '../result';
import { fail, ok } from '../result';
import { parseUserNumber } from '../numbers';
import { NPS_SCALE_MAX, NPS_SCALE_MIN } from './netPromoterScore';

export const IGNORED_REASONS = ['notANumber', 'notAnInteger', 'outOfRange'] as const;
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
  /** Example locations kept per reason; default 100. */
  readonly maxExamples?: number;
}

/** A column of a table: its number from 1 and its header text (at most 40 characters), if any. */
export interface TableColumn {
  readonly number: number;
  readonly name: string | null;
}

export interface ParsedNpsResponses {
  /** Valid answers per score, index = score 0…10. */
  readonly distribution: readonly number[];
  /** Number of valid answers. */
  readonly n: number;
  readonly ignored: Readonly<Record<IgnoredReason, IgnoredGroup>>;
  readonly ignoredTotal: number;
  /** `list`: every number is an answer; `column`: one column of a table is. */
  readonly layout: 'list' | 'column';
  /** The column used (`column` layout only). */
  readonly column: TableColumn | null;
  /** Every column of the table (`column` layout, or a grid read as a list); [] for a plain list. */
  readonly columns: readonly TableColumn[];
  /** The delimiter of the table's cells (`column` layout only). */
  readonly delimiter: string | null;
  readonly hasHeader: boolean;
  /** The header line's text (at most 40 characters), if the first line was one. */
  readonly header: string | null;
  /** Non-blank rows read, the header excluded. */
  readonly dataRows: number;
}

/** How the text is laid out, judged from its first rows. */
export interface NpsShape {
  readonly layout: 'list' | 'column';
  /** The table's delimiter, when the rows are consistently split by one (a table or a grid). */
  readonly delimiter: string | null;
  /** The table's columns (empty for a plain list). */
  readonly columns: readonly TableColumn[];
  readonly hasHeader: boolean;
}

const DETECTION_SAMPLE = 200;
const EXAMPLE_TEXT_MAX = 40;
/** Share of the rows under the first that must have exactly its number of cells. */
const CONSISTENT_SHARE = 0.9;

/**
 * Parses answers out of `text`. Fails with: `required` on `responses` (blank text);
 * `columnNotFound` {column} on `column` (named column absent, or number outside 1…columns —
 * then also {columns}); `noScoreColumn` {columns} on `column` (no column of a table looks like
 * answers); `noValidResponses` {ignored} on `responses` (nothing countable).
 */
export function parseNpsResponses(text: string, options: NpsResponsesOptions = {}): Validated<ParsedNpsResponses> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') return fail({ field: 'responses', code: 'required' });
  const maxExamples = options.maxExamples ?? 100;
  const shape = detectShape(source);
  const explicit = options.columnName !== undefined || options.columnNumber !== undefined;
  if (shape.layout === 'list' && !(explicit && shape.delimiter !== null)) {
    if (explicit) return fail({ field: 'column', code: 'columnNotFound', params: columnParams(options, 1) });
    return readList(source, maxExamples);
  }
  return readTable(source, shape, options, maxExamples);
}

/**
 * The shape of `text` (see the module comment): a table with its delimiter and columns, a grid
 * of answers (list layout, but with columns a caller may choose from), or a plain list.
 */
export function detectShape(text: string): NpsShape {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sample = firstLines(source, DETECTION_SAMPLE + 1);
  const firstLine = sample.split(/\r\n|\n|\r/, 1)[0] ?? '';
  let best: { delimiter: string; rows: string[][] } | null = null;
  for (const delimiter of DELIMITERS) {
    if (!firstLine.includes(delimiter)) continue;
    const rows = Papa.parse<string[]>(sample, { delimiter, skipEmptyLines: 'greedy' }).data;
    const width = rows[0]?.length ?? 0;
    if (width < 2 || rows.length < 2) continue;
    let consistent = 0;
    for (let i = 1; i < rows.length; i++) if ((rows[i] as string[]).length === width) consistent++;
    if (consistent < CONSISTENT_SHARE * (rows.length - 1)) continue;
    if (best === null || width > (best.rows[0] as string[]).length) best = { delimiter, rows };
  }
  if (best === null) return { layout: 'list', delimiter: null, columns: [], hasHeader: false };

  const rows = best.rows;
  const first = rows[0] as string[];
  const hasHeader = isHeaderRow(first);
  const columns = first.map((cell, i) => ({
    number: i + 1,
    name: hasHeader ? cell.trim().slice(0, EXAMPLE_TEXT_MAX) || null : null,
  }));
  if (hasHeader) return { layout: 'column', delimiter: best.delimiter, columns, hasHeader };
  // No header: a grid of answers, unless one column holds no answer at all (ids, dates, names).
  const data = rows.slice(0, DETECTION_SAMPLE);
  const stats = columns.map((_, c) => columnStats(data, c));
  const hasIdColumn =
    stats.some((s, c) => s.filled > 0 && s.valid === 0 && data.every((row) => answersIn(row[c] ?? '') === 0)) &&
    stats.some((s) => s.valid * 2 > s.filled);
  return { layout: hasIdColumn ? 'column' : 'list', delimiter: best.delimiter, columns, hasHeader };
}

/** Reads every number of a list (see the module comment), line by line. */
function readList(source: string, maxExamples: number): Validated<ParsedNpsResponses> {
  const tally = new Tally(maxExamples);
  const length = source.length;
  let header: string | null = null;
  let dataRows = 0;
  let row = 0;
  let pos = 0;
  while (pos < length) {
    // One line: [pos, end).
    let end = pos;
    let code = 0;
    while (end < length && (code = source.charCodeAt(end)) !== 10 && code !== 13) end++;
    row++;
    const lineStart = pos;
    pos = end + (code === 13 && source.charCodeAt(end + 1) === 10 ? 2 : end < length ? 1 : 0);
    if (header === null && tally.n === 0 && tally.ignoredTotal === 0 && dataRows === 0) {
      const line = source.slice(lineStart, end);
      if (line.trim() === '') continue;
      if (isHeaderLine(line) && source.slice(pos).trim() !== '') {
        header = line.trim().slice(0, EXAMPLE_TEXT_MAX);
        continue;
      }
    }
    if (readLine(source, lineStart, end, row, tally)) dataRows++;
  }
  if (tally.n === 0)
    return fail({ field: 'responses', code: 'noValidResponses', params: { ignored: tally.ignoredTotal } });
  return ok({
    ...tally.result(),
    layout: 'list',
    column: null,
    columns: [],
    delimiter: null,
    hasHeader: header !== null,
    header,
    dataRows,
  });
}

/**
 * Tallies the values of one list line, source[start, end). Values are split on every separator;
 * neighbouring words joined only by spaces form one value. Returns whether the line held any.
 */
function readLine(source: string, start: number, end: number, row: number, tally: Tally): boolean {
  let column = 0;
  let any = false;
  // A run of words not yet reported: [junkStart, junkEnd), continued across spaces only.
  let junkStart = -1;
  let junkEnd = -1;
  let mergeable = false;
  const flushJunk = () => {
    if (junkStart < 0) return;
    tally.add(source.slice(junkStart, junkEnd), row, ++column);
    junkStart = -1;
  };
  let i = start;
  while (i < end) {
    const code = source.charCodeAt(i);
    if (isSeparator(code)) {
      if (!isSpace(code)) mergeable = false;
      i++;
      continue;
    }
    const tokenStart = i;
    while (i < end && !isSeparator(source.charCodeAt(i))) i++;
    any = true;
    const result = classifyRange(source, tokenStart, i);
    if (typeof result === 'number') {
      flushJunk();
      tally.count(result);
      column++;
      mergeable = false;
    } else if (result === 'notANumber' && mergeable) {
      junkEnd = i;
    } else {
      flushJunk();
      junkStart = tokenStart;
      junkEnd = i;
      mergeable = result === 'notANumber';
    }
  }
  flushJunk();
  return any;
}

/** Reads one column of a table (or every cell of a grid when no column applies). */
function readTable(
  source: string,
  shape: NpsShape,
  options: NpsResponsesOptions,
  maxExamples: number,
): Validated<ParsedNpsResponses> {
  const delimiter = shape.delimiter as string;
  const rows = Papa.parse<string[]>(source, { header: false, skipEmptyLines: false, delimiter }).data;
  const rowIndexes: number[] = [];
  for (let i = 0; i < rows.length; i++) if (!isBlankRow(rows[i] as string[])) rowIndexes.push(i);
  const first = rows[rowIndexes[0] as number] as string[];
  const dataIndexes = shape.hasHeader ? rowIndexes.slice(1) : rowIndexes;
  const width = shape.columns.length;

  const choice = chooseColumn(rows, dataIndexes, shape, options);
  if (!choice.ok) return choice;
  const columnIndex = choice.value;

  const tally = new Tally(maxExamples);
  for (const i of dataIndexes) tally.add((rows[i] as string[])[columnIndex] ?? '', i + 1, columnIndex + 1);
  if (tally.n === 0)
    return fail({ field: 'responses', code: 'noValidResponses', params: { ignored: tally.ignoredTotal } });
  const header = shape.hasHeader ? first.join(delimiter).trim().slice(0, EXAMPLE_TEXT_MAX) : null;
  return ok({
    ...tally.result(),
    layout: 'column',
    column: shape.columns[columnIndex] ?? { number: columnIndex + 1, name: null },
    columns: shape.columns.slice(0, Math.max(width, columnIndex + 1)),
    delimiter,
    hasHeader: shape.hasHeader,
    header,
    dataRows: dataIndexes.length,
  });
}

/** The index of the column to read. */
function chooseColumn(
  rows: readonly string[][],
  dataIndexes: readonly number[],
  shape: NpsShape,
  options: NpsResponsesOptions,
): Validated<number> {
  const width = shape.columns.length;
  if (options.columnName !== undefined) {
    const wanted = normaliseName(options.columnName);
    const index = shape.hasHeader
      ? shape.columns.findIndex((c) => c.name !== null && normaliseName(c.name) === wanted)
      : -1;
    if (index < 0) return fail({ field: 'column', code: 'columnNotFound', params: { column: options.columnName } });
    return ok(index);
  }
  if (options.columnNumber !== undefined) {
    const number = options.columnNumber;
    if (!Number.isInteger(number) || number < 1 || number > width)
      return fail({ field: 'column', code: 'columnNotFound', params: columnParams(options, width) });
    return ok(number - 1);
  }
  const sample = dataIndexes.slice(0, DETECTION_SAMPLE).map((i) => rows[i] as string[]);
  for (let c = 0; c < width; c++) {
    const s = columnStats(sample, c);
    if (s.filled > 0 && s.valid * 2 > s.filled) return ok(c);
  }
  return fail({ field: 'column', code: 'noScoreColumn', params: { columns: width } });
}

function columnParams(options: NpsResponsesOptions, columns: number): Record<string, string | number> {
  return { column: options.columnName ?? options.columnNumber ?? '', columns };
}

/** Non-blank cells of column `c` and how many of them are valid answers. */
function columnStats(rows: readonly string[][], c: number): { filled: number; valid: number } {
  let filled = 0;
  let valid = 0;
  for (const row of rows) {
    const cell = row[c] ?? '';
    if (cell.trim() === '') continue;
    filled++;
    if (typeof classify(cell) === 'number') valid++;
  }
  return { filled, valid };
}

/** Counts valid answers per score and ignored values per reason. */
class Tally {
  readonly distribution: number[] = new Array<number>(NPS_SCALE_MAX + 1).fill(0);
  readonly ignored: Record<IgnoredReason, { count: number; examples: ValueLocation[] }> = {
    notANumber: { count: 0, examples: [] },
    notAnInteger: { count: 0, examples: [] },
    outOfRange: { count: 0, examples: [] },
  };
  n = 0;
  ignoredTotal = 0;
  constructor(private readonly maxExamples: number) {}

  count(score: number): void {
    this.distribution[score] = (this.distribution[score] as number) + 1;
    this.n++;
  }

  /** Tallies one cell; an empty cell is layout and is skipped without a report. */
  add(cell: string, row: number, column: number): void {
    const result = classify(cell);
    if (typeof result === 'number') return this.count(result);
    if (result === 'empty') return;
    const group = this.ignored[result];
    group.count++;
    this.ignoredTotal++;
    if (group.examples.length < this.maxExamples)
      group.examples.push({ row, column, value: cell.trim().slice(0, EXAMPLE_TEXT_MAX) });
  }

  result() {
    return { distribution: this.distribution, n: this.n, ignored: this.ignored, ignoredTotal: this.ignoredTotal };
  }
}

/** A valid answer (0–10), `empty` for a blank cell, or the reason the cell is not an answer. */
export function classify(cell: string): number | IgnoredReason | 'empty' {
  return classifyRange(cell, 0, cell.length);
}

function classifyRange(text: string, start: number, end: number): number | IgnoredReason | 'empty' {
  // Fast path for the overwhelmingly common value: one or two ASCII digits, nothing else.
  const length = end - start;
  if (length === 1) {
    const digit = text.charCodeAt(start) - 48;
    if (digit >= 0 && digit <= 9) return digit;
  } else if (length === 2 && text.charCodeAt(start) === 49 && text.charCodeAt(start + 1) === 48) {
    return 10;
  }
  let cell = text.slice(start, end);
  // A value quoted as a spreadsheet quotes it ("9") is that value.
  if (cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"')) cell = cell.slice(1, -1);
  const parsed = parseUserNumber(cell);
  if (!parsed.ok) return parsed.code === 'required' ? 'empty' : 'notANumber';
  if (!Number.isInteger(parsed.value)) return 'notAnInteger';
  if (parsed.value < NPS_SCALE_MIN || parsed.value > NPS_SCALE_MAX) return 'outOfRange';
  return parsed.value;
}

const DELIMITERS = ['\t', ';', ',', '|'] as const;

/** Separators of a list: , ; tab | their full-width forms, 、 and every kind of space. */
function isSeparator(code: number): boolean {
  return (
    code === 44 ||
    code === 59 ||
    code === 9 ||
    code === 124 ||
    code === 0xff0c ||
    code === 0xff1b ||
    code === 0x3001 ||
    isSpace(code)
  );
}
const LIST_SEPARATORS = /[,;\t|\uff0c\uff1b\u3001 \u00a0\u3000\u202f\u2000-\u200b]+/;

/** Spaces: words separated only by these may belong to one value (`not sure`). */
function isSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x3000 || code === 0x202f || (code >= 0x2000 && code <= 0x200b);
}

/** The first `count` non-blank lines of `text` (from its first 64 KB), as text. */
function firstLines(text: string, count: number): string {
  const head = text.slice(0, 65_536);
  let seen = 0;
  let i = 0;
  while (i < head.length && seen < count) {
    let end = head.indexOf('\n', i);
    if (end < 0) end = head.length;
    if (head.slice(i, end).trim() !== '') seen++;
    i = end + 1;
  }
  return head.slice(0, Math.min(i, head.length));
}

function isBlankRow(row: readonly string[]): boolean {
  for (const cell of row) if (cell.trim() !== '') return false;
  return true;
}

const LETTER = /\p{L}/u;

/** A header row of a table: no cell is a number, and some cell has a letter. */
function isHeaderRow(row: readonly string[]): boolean {
  let words = 0;
  for (const cell of row) {
    if (cell.trim() === '') continue;
    if (parseUserNumber(cell).ok) return false;
    if (LETTER.test(cell)) words++;
  }
  return words > 0;
}

/** How many answers a text holds when read as a list. */
function answersIn(text: string): number {
  const probe = new Tally(0);
  readLine(text, 0, text.length, 1, probe);
  return probe.n;
}

/**
 * A header line of a list: it has at least as many words as answers (`推荐意愿（0–10 分）`,
 * `Score out of 10`), where a word is a value with a letter in it.
 */
function isHeaderLine(line: string): boolean {
  if (!LETTER.test(line)) return false;
  let words = 0;
  for (const token of line.split(LIST_SEPARATORS)) if (LETTER.test(token)) words++;
  return words > 0 && words >= answersIn(line);
}

function normaliseName(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}
