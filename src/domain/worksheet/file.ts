/**
 * The worksheet file a learner exports, hands in or moves to another device:
 *
 *   {"format": "ccl-care-plan", "formatVersion": 1, "exportedAt": "<ISO time>", "worksheet": { … }}
 *
 * `formatVersion` is the version of the `worksheet` slot the data was written in. Importing is
 * all or nothing: the text is checked in full — size, JSON syntax (with the line and column of
 * the first error), the format tag and version, then every field — and only a file with no
 * issue at all gives a worksheet back.
 */
import { fail, ok, type Validated } from '../result';
import { WORKSHEET_FILE_MAX_BYTES, validateWorksheet, type Worksheet } from './worksheet';

export const WORKSHEET_FILE_FORMAT = 'ccl-care-plan';

export function buildWorksheetFile(ws: Worksheet, version: number, now: Date): string {
  return `${JSON.stringify({ format: WORKSHEET_FILE_FORMAT, formatVersion: version, exportedAt: now.toISOString(), worksheet: ws }, null, 2)}\n`;
}

/** Where JSON text first breaks the grammar: offset, line and column (from 1), or null if it is valid. */
export function jsonSyntaxError(text: string): { offset: number; line: number; column: number } | null {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  // Each parser returns false at the first error, leaving `i` on the offending character.
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) return false;
      i++;
    }
    return true;
  };
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < n) {
      const ch = text.charCodeAt(i);
      if (ch === 0x22) {
        i++;
        return true;
      }
      if (ch < 0x20) return false;
      if (ch === 0x5c) {
        i++;
        const esc = text[i];
        if (esc === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) return ((i += k), false);
          i += 5;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i++;
        else return false;
      } else i++;
    }
    return false;
  };
  const digits = () => {
    const start = i;
    while (i < n && text[i]! >= '0' && text[i]! <= '9') i++;
    return i > start;
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (!digits()) return false;
    if (text[i] === '.') {
      i++;
      if (!digits()) return false;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!digits()) return false;
    }
    return true;
  };
  const value = (depth: number): boolean => {
    if (depth > 256) return false;
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') return (i++, true);
      for (;;) {
        ws();
        if (!string()) return false;
        ws();
        if (text[i] !== ':') return false;
        i++;
        if (!value(depth + 1)) return false;
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return (i++, true);
        else return false;
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') return (i++, true);
      for (;;) {
        if (!value(depth + 1)) return false;
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return (i++, true);
        else return false;
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    return number();
  };
  let good = value(0);
  if (good) {
    ws();
    good = i === n;
  }
  if (good) return null;
  const offset = Math.min(i, n);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { offset, line, column };
}

/**
 * Read a worksheet file. Issues: `tooLarge` {max} (KB), `notJson` {line, column} or
 * `notJsonEnd` (cut short), `notWorksheetFile`, `newerFormat` {version}, `noMigration`
 * {version}, and any issue of `validateWorksheet`. Never throws.
 */
export function parseWorksheetFile(
  text: string,
  slot: { readonly version: number; readonly migrations?: Readonly<Record<number, (data: unknown) => unknown>> },
): Validated<Worksheet> {
  if (text.length > WORKSHEET_FILE_MAX_BYTES)
    return fail({ field: 'file', code: 'tooLarge', params: { max: WORKSHEET_FILE_MAX_BYTES / 1024 } });
  const body = text.replace(/^\uFEFF/, '');
  const syntax = jsonSyntaxError(body);
  if (syntax) {
    return syntax.offset >= body.trimEnd().length
      ? fail({ field: 'file', code: 'notJsonEnd' })
      : fail({ field: 'file', code: 'notJson', params: { line: syntax.line, column: syntax.column } });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return fail({ field: 'file', code: 'notJsonEnd' });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return fail({ field: 'file', code: 'notWorksheetFile' });
  const file = parsed as Record<string, unknown>;
  if (file['format'] !== WORKSHEET_FILE_FORMAT || !('worksheet' in file))
    return fail({ field: 'file', code: 'notWorksheetFile' });
  const version = file['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail({ field: 'file', code: 'notWorksheetFile' });
  if (version > slot.version) return fail({ field: 'file', code: 'newerFormat', params: { version } });
  let data = file['worksheet'];
  try {
    for (let v = version; v < slot.version; v++) {
      const migrate = slot.migrations?.[v];
      if (!migrate) return fail({ field: 'file', code: 'noMigration', params: { version: v } });
      data = migrate(data);
    }
  } catch {
    return fail({ field: 'file', code: 'noMigration', params: { version } });
  }
  const checked = validateWorksheet(data);
  return checked.ok ? ok(checked.value) : checked;
}
