/**
 * Importing respondents' answers from CSV text (exported from a survey tool or spreadsheet).
 *
 * Expected layout: a header row, then one row per respondent. One column holds the
 * respondent id (headed `respondent`, `id`, `respondent id`, `受访者`, `编号` …); every other
 * column holds one indicator's answers and is matched, ignoring case, spacing and a
 * trailing question mark, by the indicator id (`repurchase-intention`), the item id (`q3`),
 * the question text or the short label in either language. The delimiter (comma, tab,
 * semicolon, pipe) is detected. Empty lines are skipped; a trailing delimiter is tolerated.
 *
 * All-or-nothing: any problem returns issues and no data. File-level issues (field `file`
 * or `header`): `emptyFile`, `fileTooLarge` {maxCharacters}, `malformedCsv` {row, reason},
 * `noDataRows`, `tooManyRows` {max}, `missingRespondentColumn`, `missingColumn` {indicatorId},
 * and per header cell (field `column <position>`): `unknownColumn` {column, position},
 * `emptyHeader` {position}, `duplicateColumn` {column, position, firstPosition},
 * `ambiguousColumn` {column, position}. Row and cell issues as in `responses.ts`.
 */
import Papa from 'papaparse';
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import type { QuestionnaireItem } from './questionnaire';
import type { ResponseSet, RowToCheck } from './responses';
import { checkResponseRows, IssueList, MAX_RESPONDENTS } from './responses';

/** Largest CSV text accepted, in characters (about 20 MB). */
export const MAX_CSV_CHARACTERS = 20_000_000;

/** Header names recognised as the respondent id column (compared after normalisation). */
export const RESPONDENT_HEADERS: readonly string[] = [
  'respondent',
  'respondent id',
  'respondentid',
  'respondent no',
  'respondent number',
  'id',
  'customer id',
  'customer',
  '受访者',
  '受访者编号',
  '受访者id',
  '编号',
  '问卷编号',
  '答卷编号',
  '客户编号',
];

/** How a file column was matched to an indicator. */
export interface CsvColumnMatch {
  /** 1-based column position in the file. */
  readonly position: number;
  readonly header: string;
  readonly indicatorId: string;
  readonly matchedBy: 'indicator-id' | 'item-id' | 'question' | 'label';
}

/** A successful import. */
export interface CsvResponses {
  /** Answers in questionnaire item order. */
  readonly responses: ResponseSet;
  /** The delimiter detected. */
  readonly delimiter: string;
  /** The header of the respondent id column as written in the file. */
  readonly respondentColumn: string;
  readonly columns: readonly CsvColumnMatch[];
}

/** Header text reduced for matching: NFKC, lower case, spaces/underscores/dashes merged, no trailing ?/./: */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim()
    .replace(/[?.:。]+$/u, '')
    .trim();
}

const RESPONDENT_KEYS = new Set(RESPONDENT_HEADERS.map(normaliseHeader));

type Match = { readonly indicatorId: string; readonly matchedBy: CsvColumnMatch['matchedBy'] } | 'ambiguous';

function headerIndex(items: readonly QuestionnaireItem[]): Map<string, Match> {
  const index = new Map<string, Match>();
  const add = (text: string, indicatorId: string, matchedBy: CsvColumnMatch['matchedBy']) => {
    const key = normaliseHeader(text);
    if (key === '') return;
    const existing = index.get(key);
    if (existing === undefined) index.set(key, { indicatorId, matchedBy });
    else if (existing !== 'ambiguous' && existing.indicatorId !== indicatorId) index.set(key, 'ambiguous');
  };
  // Most specific first: an id always wins over a question or label that happens to equal it.
  for (const item of items) add(item.indicatorId, item.indicatorId, 'indicator-id');
  for (const item of items) add(item.id, item.indicatorId, 'item-id');
  for (const item of items)
    for (const text of [item.question.en, item.question['zh-cn']]) add(text, item.indicatorId, 'question');
  for (const item of items)
    for (const text of [item.label.en, item.label['zh-cn']]) add(text, item.indicatorId, 'label');
  return index;
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

interface HeaderLayout {
  readonly respondentPosition: number;
  readonly respondentHeader: string;
  readonly columns: readonly CsvColumnMatch[];
}

function readHeader(
  header: readonly string[],
  body: readonly (readonly string[])[],
  items: readonly QuestionnaireItem[],
): Validated<HeaderLayout> {
  const index = headerIndex(items);
  const issues: FieldIssue[] = [];
  let respondentPosition = -1;
  const byIndicator = new Map<string, CsvColumnMatch>();
  header.forEach((raw, p) => {
    const text = raw.trim();
    const position = p + 1;
    const field = `column ${position}`;
    const key = normaliseHeader(text);
    if (key === '') {
      // A trailing delimiter gives an empty, unnamed column: harmless if it holds nothing.
      if (body.some((row) => (row[p] ?? '').trim() !== ''))
        issues.push({ field, code: 'emptyHeader', params: { position } });
      return;
    }
    const match = index.get(key);
    if (match === undefined && RESPONDENT_KEYS.has(key)) {
      if (respondentPosition >= 0)
        issues.push({
          field,
          code: 'duplicateColumn',
          params: { column: text, position, firstPosition: respondentPosition + 1 },
        });
      else respondentPosition = p;
      return;
    }
    if (match === undefined) issues.push({ field, code: 'unknownColumn', params: { column: text, position } });
    else if (match === 'ambiguous') issues.push({ field, code: 'ambiguousColumn', params: { column: text, position } });
    else if (byIndicator.has(match.indicatorId)) {
      issues.push({
        field,
        code: 'duplicateColumn',
        params: { column: text, position, firstPosition: byIndicator.get(match.indicatorId)!.position },
      });
    } else byIndicator.set(match.indicatorId, { position, header: text, ...match });
  });
  if (respondentPosition < 0) issues.push({ field: 'header', code: 'missingRespondentColumn' });
  for (const item of items) {
    if (!byIndicator.has(item.indicatorId))
      issues.push({ field: 'header', code: 'missingColumn', params: { indicatorId: item.indicatorId } });
  }
  if (issues.length > 0) return fail(...issues);
  return ok({
    respondentPosition,
    respondentHeader: header[respondentPosition]!.trim(),
    columns: items.map((item) => byIndicator.get(item.indicatorId)!),
  });
}

/**
 * Parses CSV text into validated answers for a questionnaire's items. Never throws; returns
 * issues and no data if anything is wrong (see the module comment for the issue codes).
 */
export function importResponsesCsv(text: string, items: readonly QuestionnaireItem[]): Validated<CsvResponses> {
  // trim() also strips a byte-order mark.
  if (text.trim() === '') return fail({ field: 'file', code: 'emptyFile' });
  if (text.length > MAX_CSV_CHARACTERS)
    return fail({ field: 'file', code: 'fileTooLarge', params: { maxCharacters: MAX_CSV_CHARACTERS } });
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
    delimitersToGuess: [',', '\t', ';', '|'],
  });
  const parseIssues = parsed.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e): FieldIssue => ({
      field: 'file',
      code: 'malformedCsv',
      params: { row: (e.row ?? 0) + 1, reason: e.code },
    }));
  if (parseIssues.length > 0) {
    const list = new IssueList();
    list.addAll(parseIssues);
    return fail(...list.result('file'));
  }
  const rows = parsed.data;
  const headerIndexInFile = rows.findIndex((row) => !isBlank(row));
  if (headerIndexInFile < 0) return fail({ field: 'file', code: 'emptyFile' });
  const header = rows[headerIndexInFile]!;
  const body: { row: number; cells: readonly string[] }[] = [];
  for (let r = headerIndexInFile + 1; r < rows.length; r++)
    if (!isBlank(rows[r]!)) body.push({ row: r + 1, cells: rows[r]! });
  if (body.length === 0) return fail({ field: 'file', code: 'noDataRows' });
  if (body.length > MAX_RESPONDENTS)
    return fail({ field: 'file', code: 'tooManyRows', params: { max: MAX_RESPONDENTS } });

  const layout = readHeader(
    header,
    body.map((b) => b.cells),
    items,
  );
  if (!layout.ok) {
    const list = new IssueList();
    list.addAll(layout.issues);
    return fail(...list.result('header'));
  }
  const { respondentPosition, respondentHeader, columns } = layout.value;
  // Unnamed columns at the end (trailing delimiters) do not count: a row may stop before them,
  // and cells past the named columns are allowed only if empty.
  let width = header.length;
  while (width > 0 && header[width - 1]!.trim() === '') width--;
  const toCheck = body.map(({ row, cells }): RowToCheck => {
    const extraFilled = cells.slice(width).some((c) => c.trim() !== '');
    if (cells.length < width || extraFilled) {
      return { row, respondentId: '', answers: [], fieldCount: { expected: width, actual: cells.length } };
    }
    return { row, respondentId: cells[respondentPosition], answers: columns.map((c) => cells[c.position - 1]) };
  });
  const checked = checkResponseRows(
    toCheck,
    items,
    columns.map((c) => c.header),
    respondentHeader,
    'file',
  );
  if (!checked.ok) return checked;
  return ok({
    responses: checked.value,
    delimiter: parsed.meta.delimiter,
    respondentColumn: respondentHeader,
    columns,
  });
}
