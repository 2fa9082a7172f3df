import type { builderEn } from '../../i18n/features/builder';
import type { STORAGE_NOTICE_KEYS } from '../StorageNotice';
import type { FileKey } from '../../i18n/fileIssue';
import type { IssueKey } from '../../i18n/issues';

/** A key of the builder's UI strings. */
export type BuilderKey = keyof typeof builderEn;
/** The strings the builder island receives from its page: all builder keys, the storage notice's, the file check's and the shared problems'. */
export type BuilderStrings = Readonly<
  Record<BuilderKey | (typeof STORAGE_NOTICE_KEYS)[number] | FileKey | IssueKey, string>
>;
