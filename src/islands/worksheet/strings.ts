/**
 * The UI strings the worksheet island needs. Only types come from the dictionary, so no
 * dictionary is bundled; the page picks the keys with `isIslandKey`.
 */
import type { worksheetEn } from '../../i18n/features/worksheet';
import type { STORAGE_NOTICE_KEYS } from '../StorageNotice';
import type { FileKey } from '../../i18n/fileIssue';
import type { IssueKey } from '../../i18n/issues';
import { format } from '../../i18n/format';

type WorksheetKey = keyof typeof worksheetEn;
/** Keys only the static case brief uses; the island never needs them. */
type PageOnlyKey =
  | 'worksheet.title'
  | 'worksheet.summary'
  | 'worksheet.lessonLink'
  | 'worksheet.intro'
  | 'worksheet.questions.heading'
  | `worksheet.brief.${string}`
  | `worksheet.facts.${string}`
  | `worksheet.fact.${string}`
  | `worksheet.group.${string}`
  | `worksheet.deliverable${string}`
  | `worksheet.criteria.${string}`;
export type IslandKey = Exclude<WorksheetKey, PageOnlyKey> | (typeof STORAGE_NOTICE_KEYS)[number] | FileKey | IssueKey;
export type WorksheetStrings = Readonly<Record<IslandKey, string>>;

const PAGE_ONLY =
  /^worksheet\.(?:title|summary|lessonLink|intro|questions\.heading|brief\.|facts?\.|group\.|deliverable|criteria\.)/;
/** Whether the island needs a worksheet key (the page picks exactly these). */
export const isIslandKey = (key: string): boolean => key.startsWith('worksheet.') && !PAGE_ONLY.test(key);

/** Ids of a control's error message, for aria-describedby. */
export const errorId = (controlId: string) => `${controlId}-error`;

/** Full titles of the ratings ("Your own rating", "Peer rating 2"), without names, in order. */
export function ratingTitles(s: WorksheetStrings, ratings: readonly { by: 'self' | 'peer' }[]): string[] {
  let peer = 0;
  return ratings.map((r) => (r.by === 'self' ? s['worksheet.self'] : format(s['worksheet.peer'], { n: ++peer })));
}

/** A mean or total with one decimal at most (both languages write 3.6); a dash for none. */
