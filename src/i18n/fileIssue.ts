/**
 * Words for the shared file check (`src/domain/files/checkFile.ts`): the keys a page hands to
 * any island with a file input, and the message for an issue. No dictionary is imported here,
 * so islands stay small; the words themselves are in ./features/files.ts.
 */
import type { FieldIssue } from '../domain/result';
import { format, type Locale } from './format';
import { fileSize } from './numbers';

export const FILE_KEYS = [
  'file.err.fileTooBig',
  'file.err.fileUnreadable',
  'file.err.fileEmpty',
  'file.err.fileBinary',
  'file.err.fileNotUtf8',
  'file.err.fileUnsafeKey',
  'file.err.fileIsJson',
  'file.err.fileNoNumbers',
  'file.kind.png',
  'file.kind.jpeg',
  'file.kind.gif',
  'file.kind.webp',
  'file.kind.pdf',
  'file.kind.zip',
  'file.kind.gzip',
  'file.kind.office',
  'file.kind.other',
  'file.unchanged',
  'file.choose',
  'file.chooseMany',
  'file.none',
  'file.many',
] as const;
export type FileKey = (typeof FILE_KEYS)[number];

/**
 * The message for an issue of the file check in the page's language, or null when the issue
 * is not one of the file check's (the caller then words it as before).
 */
export function fileIssueText(
  issue: FieldIssue,
  strings: Partial<Record<FileKey, string>>,
  locale: Locale = 'en',
): string | null {
  const key = `file.err.${issue.code}` as FileKey;
  const template = strings[key];
  if (template === undefined) return null;
  const params = issue.params ?? {};
  return format(template, {
    size: fileSize(Number(params['size'] ?? 0), locale),
    max: fileSize(Number(params['max'] ?? 0), locale),
    kind: strings[`file.kind.${String(params['kind'] ?? 'other')}` as FileKey] ?? strings['file.kind.other'] ?? '',
    key: String(params['key'] ?? ''),
  });
}
