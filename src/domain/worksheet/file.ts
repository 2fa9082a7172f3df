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
import { readJsonText } from '../files/json';
import { WORKSHEET_FILE_MAX_BYTES, validateWorksheet, type Worksheet } from './worksheet';

export const WORKSHEET_FILE_FORMAT = 'ccl-care-plan';

export function buildWorksheetFile(ws: Worksheet, version: number, now: Date): string {
  return `${JSON.stringify({ format: WORKSHEET_FILE_FORMAT, formatVersion: version, exportedAt: now.toISOString(), worksheet: ws }, null, 2)}\n`;
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
  const read = readJsonText(text, WORKSHEET_FILE_MAX_BYTES);
  if (!read.ok) return read;
  const parsed = read.value;
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
