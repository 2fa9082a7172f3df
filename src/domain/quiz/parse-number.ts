/**
 * Reading a typed number the way learners type it, in either language.
 *
 * Accepted (surrounding spaces ignored):
 * - plain decimals: `62.5`, `62`, `.5`, `-3`, `+3`, `−3` (the typographic minus sign);
 * - a decimal comma: `62,5` (one comma, no point);
 * - thousands separated by commas or spaces: `63,590`, `63 590`, `1,234.5` — a comma followed
 *   by groups of exactly three digits is read as a thousands separator, so `1,500` is 1500;
 * - the question's unit after the number, in either language, with or without a space:
 *   `62.5%`, `62.5 %`, `600 yuan`, `600元` (only the question's own unit; no unit is also fine);
 * - full-width characters as a Chinese input method types them: `６２．５％`, `６２，５`, and the
 *   ideographic full stop between digits `62。5` (what `.` gives in full-width punctuation mode).
 *
 * Not accepted (→ `notANumber`): fractions (`5/8`), exponents (`6.25e1`), several numbers,
 * a unit that is not the question's (`62.5%` when the unit is yuan), anything else.
 * Empty or blank text → `noAnswer`.
 *
 * `0.625` is read as 0.625, never as 62.5%: the number typed is the number scored.
 */
import { fail, ok, type Validated } from '../result';
import type { LocalizedText } from './types';

const THOUSANDS = /^[+-]?[1-9]\d{0,2}(?:[, ]\d{3})+(?:\.\d+)?$/;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Parses the learner's typed answer; issues use field `answer` and codes `noAnswer` / `notANumber`. */
export function parseNumericAnswer(raw: string, unit?: LocalizedText): Validated<number> {
  // NFKC folds full-width digits, `．`, `，`, `％`, `＋`, `－` and no-break spaces to ASCII.
  let text = raw.normalize('NFKC').trim();
  if (text === '') return fail({ field: 'answer', code: 'noAnswer' });

  text = stripUnit(text, unit)
    .replace(/\u2212/g, '-')
    .replace(/(\d)\u3002(?=\d)/g, '$1.');

  if (THOUSANDS.test(text)) text = text.replace(/[, ]/g, '');
  else if (/^[^,.]*,[^,.]*$/.test(text)) text = text.replace(',', '.');

  if (!DECIMAL.test(text)) return fail({ field: 'answer', code: 'notANumber', params: { value: raw } });
  const value = Number(text);
  // A long enough digit string overflows to Infinity: never let that through as a number.
  if (!Number.isFinite(value)) return fail({ field: 'answer', code: 'notANumber', params: { value: raw } });
  return ok(Object.is(value, -0) ? 0 : value);
}

/** Removes the question's unit (either language, case-insensitive) from the end of the text. */
function stripUnit(text: string, unit: LocalizedText | undefined): string {
  if (unit === undefined) return text;
  const units = [unit.en, unit['zh-cn']]
    .map((u) => u.normalize('NFKC').trim().toLowerCase())
    .filter((u) => u !== '')
    .sort((a, b) => b.length - a.length);
  const lower = text.toLowerCase();
  for (const u of units) {
    if (lower.endsWith(u)) return lower.slice(0, lower.length - u.length).trim();
  }
  return text;
}
