/**
 * Writing results as CSV that is safe to open in a spreadsheet.
 *
 * Format: RFC 4180 — fields separated by commas, records ended by CRLF (the last one too), a
 * field wrapped in double quotes when it holds a comma, a double quote, CR or LF, and a double
 * quote inside a field written twice.
 *
 * Formula injection (CSV injection, OWASP): a spreadsheet runs a cell whose text starts with
 * `=`, `+`, `-` or `@` as a formula, and a leading tab or CR can hide such a start. Any text
 * cell whose first character is one of those — or whose first non-space character is one of
 * `= + - @`, or their full-width forms `＝ ＋ － ＠` that East Asian spreadsheets also read — gets a
 * leading apostrophe, which spreadsheets show as text and do not run. Two kinds of cell stay
 * untouched because they cannot be formulas: numbers passed as numbers (`-12.5` stays a number
 * the spreadsheet can add up) and text that is exactly a plain decimal number (`"-12.5"`).
 *
 * `bom: true` starts the file with U+FEFF so that Excel reads it as UTF-8 (Chinese text
 * otherwise comes out garbled).
 */

/** One cell: text, a number, or empty. */
export type CsvCell = string | number | null;

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark so Excel detects the encoding. Default false. */
  readonly bom?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]|^\s+[=+\-@\uff1d\uff0b\uff0d\uff20]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Serialises rows as RFC 4180 CSV with formula neutralisation (see the module comment). */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  let out = options.bom === true ? '\uFEFF' : '';
  for (const row of rows) {
    out += row.map(csvField).join(',') + '\r\n';
  }
  return out;
}

/** One field as it appears in the file (quoted and neutralised as needed). */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    // A non-finite number has no spreadsheet meaning; an empty cell is the honest output.
    return Number.isFinite(cell) ? String(cell) : '';
  }
  const text = neutraliseFormula(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Prefixes an apostrophe to text a spreadsheet would run as a formula. */
export function neutraliseFormula(text: string): string {
  if (PLAIN_NUMBER.test(text)) return text;
  return FORMULA_START.test(text) ? `'${text}` : text;
}
