/**
 * Respondents' answers: the validated shape, typed-in tables, and the checks both typed and
 * imported (CSV) answers go through. All-or-nothing: a table with any problem yields issues
 * and no data, so nothing partial is ever scored or saved.
 *
 * Table issues name the cell as `row <r>, column "<header>"` (rows counted as a spreadsheet
 * shows them: in a CSV file the header is row 1 and the first respondent row 2; in a typed
 * table the first respondent is row 1) and carry `row` and `column` params:
 * - `missing` — empty cell (answer or respondent id)
 * - `notANumber` {value} — not a number
 * - `outOfRange` {min, max, value} — outside the indicator's scale
 * - `tooLong` {max:100} — respondent id too long
 * - `duplicateRespondent` {id, firstRow} — the same respondent id twice
 * - `fieldCount` {row, expected, actual} on `row <r>` — a file row with the wrong number of cells
 * At most 50 issues are listed; a last issue `moreIssues` {shown, omitted} counts the rest.
 */
import type { FieldIssue, Validated } from '../result';
import { fail, ok } from '../result';
import type { AnswerScale } from './scale';
import { parseUserNumber } from '../numbers';

/** One respondent's answers, aligned with `ResponseSet.indicatorIds`. */
export interface Respondent {
  readonly id: string;
  readonly answers: readonly number[];
}

/** Validated answers: every respondent answered every indicator within its scale. */
export interface ResponseSet {
  readonly indicatorIds: readonly string[];
  readonly respondents: readonly Respondent[];
}

/** What a column of answers must satisfy (questionnaire items and resolved indicators fit). */
export interface AnswerColumn {
  readonly indicatorId: string;
  readonly scale: AnswerScale;
}

/** A cell as typed or read from a file. */
export type AnswerCell = string | number | null | undefined;

/** A typed-in row: the respondent id and one cell per column, in column order. */
export interface TypedResponseRow {
  readonly respondentId: AnswerCell;
  readonly answers: readonly AnswerCell[];
}

/** Most issues listed before the rest are only counted. */
export const MAX_LISTED_ISSUES = 50;
/** Longest respondent id. */
export const MAX_RESPONDENT_ID = 100;
/** Most respondents in one response set. */
export const MAX_RESPONDENTS = 100_000;
/** Column name used for the respondent id in typed tables and issue fields. */
export const RESPONDENT_COLUMN = 'respondent';

/**
 * Reads one answer cell with the site's one number reader (`parseUserNumber`: decimal point or
 * comma, full-width digits, thousands separators); rejects hex, exponents, "Infinity" and the
 * like. An empty cell is missing, not zero.
 */
export function parseAnswerCell(
  cell: AnswerCell,
): { readonly kind: 'value'; readonly value: number } | { readonly kind: 'missing' } | { readonly kind: 'notANumber' } {
  if (cell === null || cell === undefined) return { kind: 'missing' };
  const parsed = parseUserNumber(cell, { percentSign: false });
  if (parsed.ok) return { kind: 'value', value: parsed.value };
  return parsed.code === 'required' ? { kind: 'missing' } : { kind: 'notANumber' };
}

/** A row to check, with the row number and column headers to name in issues. */
export interface RowToCheck {
  readonly row: number;
  readonly respondentId: AnswerCell;
  readonly answers: readonly AnswerCell[];
  /** Set when a file row has a different number of cells from its header: reported instead of its cells. */
  readonly fieldCount?: { readonly expected: number; readonly actual: number };
}

const cellField = (row: number, column: string) => `row ${row}, column "${column}"`;

/** Collects issues, keeping the first `MAX_LISTED_ISSUES` and counting the rest. */
export class IssueList {
  readonly listed: FieldIssue[] = [];
  count = 0;
  add(issue: FieldIssue): void {
    this.count++;
    if (this.listed.length < MAX_LISTED_ISSUES) this.listed.push(issue);
  }
  /** Adds issues from another capped list, counting what its `moreIssues` entry left out. */
  addAll(issues: readonly FieldIssue[]): void {
    for (const issue of issues) {
      const omitted = issue.params?.['omitted'];
      if (issue.code === 'moreIssues' && typeof omitted === 'number') this.count += omitted;
      else this.add(issue);
    }
  }
  /** The listed issues plus `moreIssues` {shown, omitted} on `field` when some were only counted. */
  result(field: string): FieldIssue[] {
    const omitted = this.count - this.listed.length;
    return omitted > 0
      ? [...this.listed, { field, code: 'moreIssues', params: { shown: this.listed.length, omitted } }]
      : [...this.listed];
  }
}

/**
 * Checks rows against columns (all-or-nothing). `headers[k]` names column k in issues;
 * `respondentHeader` names the id column; `capField` is where `moreIssues` goes.
 */
export function checkResponseRows(
  rows: readonly RowToCheck[],
  columns: readonly AnswerColumn[],
  headers: readonly string[],
  respondentHeader: string,
  capField: string,
): Validated<ResponseSet> {
  const issues = new IssueList();
  const respondents: Respondent[] = [];
  const firstRow = new Map<string, number>();
  for (const { row, respondentId, answers, fieldCount } of rows) {
    if (fieldCount) {
      issues.add({ field: `row ${row}`, code: 'fieldCount', params: { row, ...fieldCount } });
      continue;
    }
    const idText = respondentId === null || respondentId === undefined ? '' : String(respondentId).trim();
    const idField = cellField(row, respondentHeader);
    const where = { row, column: respondentHeader };
    if (idText === '') issues.add({ field: idField, code: 'missing', params: where });
    else if (idText.length > MAX_RESPONDENT_ID)
      issues.add({ field: idField, code: 'tooLong', params: { ...where, max: MAX_RESPONDENT_ID } });
    else if (firstRow.has(idText)) {
      issues.add({
        field: idField,
        code: 'duplicateRespondent',
        params: { ...where, id: idText, firstRow: firstRow.get(idText)! },
      });
    } else firstRow.set(idText, row);

    const values: number[] = [];
    columns.forEach(({ scale }, k) => {
      const column = headers[k] ?? columns[k]!.indicatorId;
      const field = cellField(row, column);
      const cell = answers[k];
      const parsed = parseAnswerCell(cell);
      if (parsed.kind === 'missing') issues.add({ field, code: 'missing', params: { row, column } });
      else if (parsed.kind === 'notANumber') {
        issues.add({ field, code: 'notANumber', params: { row, column, value: String(cell).slice(0, 40) } });
      } else if (parsed.value < scale.min || parsed.value > scale.max) {
        issues.add({
          field,
          code: 'outOfRange',
          params: { row, column, min: scale.min, max: scale.max, value: parsed.value },
        });
      } else values.push(parsed.value);
    });
    if (issues.count === 0) respondents.push({ id: idText, answers: values });
  }
  if (issues.count > 0) return fail(...issues.result(capField));
  return ok({ indicatorIds: columns.map((c) => c.indicatorId), respondents });
}

/**
 * Validates a typed-in table: one row per respondent, one answer per column (in column
 * order). Rows are numbered from 1; columns are named by indicator id. Issues as in the
 * module comment, plus `tooFew` {min:1} / `tooMany` {max} on `table` for no rows / too many.
 */
export function validateTypedResponses(
  rows: readonly TypedResponseRow[],
  columns: readonly AnswerColumn[],
): Validated<ResponseSet> {
  if (rows.length === 0) return fail({ field: 'table', code: 'tooFew', params: { min: 1 } });
  if (rows.length > MAX_RESPONDENTS) return fail({ field: 'table', code: 'tooMany', params: { max: MAX_RESPONDENTS } });
  return checkResponseRows(
    rows.map((r, i) => ({ row: i + 1, respondentId: r.respondentId, answers: r.answers })),
    columns,
    columns.map((c) => c.indicatorId),
    RESPONDENT_COLUMN,
    'table',
  );
}

/**
 * Validates a response set saved inside a system against the system's indicators:
 * `indicatorIds` must list each indicator exactly once (any order) — `unknownIndicator` {id},
 * `duplicate` {value} on `<field>.indicatorIds.<k>`, `missingIndicator` {id} on
 * `<field>.indicatorIds`; each respondent (`<field>.respondents.<i>`): `required` / `tooLong`
 * / `duplicate` {value, first} on `.id`, `wrongLength` {expected, actual} on `.answers`,
 * `notANumber` / `outOfRange` {min, max, value} on `.answers.<k>`.
 */
export function validateResponseSet(
  input: ResponseSet,
  columns: readonly AnswerColumn[],
  field = 'responses',
): Validated<ResponseSet> {
  const issues = new IssueList();
  const byId = new Map(columns.map((c) => [c.indicatorId, c]));
  const seen = new Set<string>();
  const scales: AnswerScale[] = [];
  input.indicatorIds.forEach((id, k) => {
    const column = byId.get(id);
    if (!column) issues.add({ field: `${field}.indicatorIds.${k}`, code: 'unknownIndicator', params: { id } });
    else if (seen.has(id))
      issues.add({ field: `${field}.indicatorIds.${k}`, code: 'duplicate', params: { value: id } });
    else {
      seen.add(id);
      scales.push(column.scale);
    }
  });
  for (const c of columns) {
    if (!seen.has(c.indicatorId))
      issues.add({ field: `${field}.indicatorIds`, code: 'missingIndicator', params: { id: c.indicatorId } });
  }
  if (issues.count > 0) return fail(...issues.result(field));
  const first = new Map<string, number>();
  input.respondents.forEach((r, i) => {
    const at = `${field}.respondents.${i}`;
    const id = r.id.trim();
    if (id === '') issues.add({ field: `${at}.id`, code: 'required' });
    else if (id.length > MAX_RESPONDENT_ID)
      issues.add({ field: `${at}.id`, code: 'tooLong', params: { max: MAX_RESPONDENT_ID } });
    else if (first.has(id))
      issues.add({ field: `${at}.id`, code: 'duplicate', params: { value: id, first: first.get(id)! + 1 } });
    else first.set(id, i);
    if (r.answers.length !== scales.length) {
      issues.add({
        field: `${at}.answers`,
        code: 'wrongLength',
        params: { expected: scales.length, actual: r.answers.length },
      });
      return;
    }
    r.answers.forEach((value, k) => {
      const scale = scales[k]!;
      if (!Number.isFinite(value)) issues.add({ field: `${at}.answers.${k}`, code: 'notANumber' });
      else if (value < scale.min || value > scale.max) {
        issues.add({
          field: `${at}.answers.${k}`,
          code: 'outOfRange',
          params: { min: scale.min, max: scale.max, value },
        });
      }
    });
  });
  return issues.count > 0 ? fail(...issues.result(field)) : ok(input);
}
