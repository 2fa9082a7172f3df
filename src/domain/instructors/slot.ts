/**
 * The class an instructor keeps on this device: slot "instructors" (version 1).
 *
 *   { "files": [{ "fileName": "<up to 200 characters>", "text": "<the results file as read>" }, …] }
 *
 * The files are kept as their text and read again (checksum and all) when the class is
 * reopened, so this slot's check stays tiny — it ships on the "Your data" page — and a saved
 * class can never hold anything a fresh import would refuse. At most {@link MAX_SAVED_FILES}
 * files of at most {@link MAX_SAVED_TEXT} characters each.
 *
 * Migrations: none yet. A change of shape raises `version` and adds `migrations[1]`.
 */
import { fail, ok, type Validated } from '../result';
import type { SlotDefinition } from '../storage/slot';

export const MAX_SAVED_FILES = 300;
export const MAX_SAVED_TEXT = 100_000;
const NAME_MAX = 200;

export interface SavedClassFile {
  readonly fileName: string;
  readonly text: string;
}

export interface SavedClass {
  readonly files: readonly SavedClassFile[];
}

/** Checks saved data of version 1. Never throws. */
export function validateSavedClass(data: unknown): Validated<SavedClass> {
  const files = typeof data === 'object' && data !== null ? (data as { files?: unknown }).files : undefined;
  if (!Array.isArray(files)) return fail({ field: 'files', code: 'notAnArray' });
  if (files.length > MAX_SAVED_FILES)
    return fail({ field: 'files', code: 'tooMany', params: { max: MAX_SAVED_FILES } });
  const clean: SavedClassFile[] = [];
  for (const [i, f] of files.entries()) {
    const { fileName, text } = (typeof f === 'object' && f !== null ? f : {}) as { fileName?: unknown; text?: unknown };
    if (
      typeof fileName !== 'string' ||
      fileName.length > NAME_MAX ||
      typeof text !== 'string' ||
      text.length > MAX_SAVED_TEXT
    ) {
      return fail({ field: `files.${i}`, code: 'invalid' });
    }
    clean.push({ fileName, text });
  }
  return ok({ files: clean });
}

export const instructorsSlot: SlotDefinition<SavedClass> = {
  name: 'instructors',
  version: 1,
  initial: () => ({ files: [] }),
  validate: validateSavedClass,
};
