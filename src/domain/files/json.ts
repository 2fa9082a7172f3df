/**
 * Reading a JSON file a person chose (a worksheet, a record of completion): the size first, then
 * the syntax, with the line and column of the first error, so the message can say where the file
 * breaks; a file that simply stops part-way is told apart (`notJsonEnd`: cut short in a download
 * or a copy). The parsers of each format then check what the value holds.
 */
import { fail, ok, type Validated } from '../result';

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
 * The value of JSON `text` (a byte-order mark ignored). Issues, on field `file`: `tooLarge` {max}
 * (KB, from `maxBytes`), `notJson` {line, column}, `notJsonEnd`. Never throws.
 */
export function readJsonText(text: string, maxBytes: number): Validated<unknown> {
  if (text.length > maxBytes) return fail({ field: 'file', code: 'tooLarge', params: { max: maxBytes / 1024 } });
  const body = text.replace(/^\uFEFF/, '');
  const syntax = jsonSyntaxError(body);
  if (syntax) {
    return syntax.offset >= body.trimEnd().length
      ? fail({ field: 'file', code: 'notJsonEnd' })
      : fail({ field: 'file', code: 'notJson', params: { line: syntax.line, column: syntax.column } });
  }
  try {
    return ok(JSON.parse(body) as unknown);
  } catch {
    return fail({ field: 'file', code: 'notJsonEnd' });
  }
}
