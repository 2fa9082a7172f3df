/**
 * A calculator's export as a spreadsheet: built from what the calculator computed — its fields
 * with their labels and its result as figures, sentences and tables — never read back from the
 * page. Numbers stay numbers at full precision; text goes through `toCsv`'s formula guard.
 *
 * Layout: the title; a "Field, Value" header and one row per input; a blank row and the
 * "Result" heading; then each result item in the order the calculator shows it — a figure as
 * "label, number", a sentence on a row of its own, a table framed by blank rows under its caption.
 * A calculator without a result lists why (the messages it shows instead).
 */
import type { CsvCell } from '../csv';
import { parseUserNumber } from '../numbers';

/** One part of a result, in the order it is shown. */
export type SheetItem =
  /** A sentence: a formula with its numbers, an interpretation. */
  | string
  /** A headline figure, e.g. "Share of wallet (%)" and 62.5 (text only where it is a range). */
  | { readonly label: string; readonly value: number | string }
  /** A table: its caption and rows (the first row is the header). */
  | { readonly caption: string; readonly rows: readonly (readonly CsvCell[])[] };

/** One input as the calculator holds it: its label and the text typed or the option chosen. */
export interface SheetInput {
  readonly label: string;
  readonly text: string;
  /** True when the text is kept as it is, never read as a number (an option's label, a name). */
  readonly verbatim?: boolean;
}

export interface SheetHeadings {
  readonly title: string;
  readonly field: string;
  readonly value: string;
  readonly result: string;
}

/** A typed value as a cell: the number it stands for ("63,590", "80%", "８０") when it is one, else the text. */
export function inputCell(input: SheetInput): CsvCell {
  const text = input.text.trim();
  if (input.verbatim === true) return text;
  const parsed = parseUserNumber(text);
  return parsed.ok ? parsed.value : text;
}

/** The rows of a calculator's CSV file (see the module comment). */
export function sheetRows(
  headings: SheetHeadings,
  inputs: readonly SheetInput[],
  result: readonly SheetItem[],
): CsvCell[][] {
  const rows: CsvCell[][] = [[headings.title], [headings.field, headings.value]];
  for (const input of inputs) rows.push([input.label, inputCell(input)]);
  rows.push([], [headings.result]);
  for (const item of result) {
    if (typeof item === 'string') rows.push([item]);
    else if ('value' in item) rows.push([item.label, item.value]);
    else rows.push([], [item.caption], ...item.rows.map((row) => [...row]), []);
  }
  return rows;
}
