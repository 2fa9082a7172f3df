/**
 * Between the site's saved data and an item's suspend data (./suspend.ts): the part of the
 * saved data an item reports and keeps on the platform, and, at launch, what the platform's copy
 * adds to the data on this device.
 *
 * Restoring never loses work on either side: a lesson marked done stays done; of two records of
 * a quiz, the later latest attempt and the better best are kept; a case or worksheet is taken
 * from the platform only when nothing of it is on this device. The platform's copy has passed
 * the codec's validation before it gets here.
 */
import type { Progress } from '../progress';
import type { SavedQuizzes } from '../quiz/saved';
import { attemptShare, type QuizRecord } from '../quiz/record';
import type { SavedCases } from '../cases/saved';
import { initialWorksheet, type Worksheet } from '../worksheet/worksheet';
import type { LmsItem } from './course';
import type { ItemSnapshot } from './suspend';

/** The saved-data slots an item touches. */
export interface SiteData {
  readonly progress: Progress;
  readonly quizzes: SavedQuizzes;
  readonly cases: SavedCases;
  readonly worksheet: Worksheet;
}

const pick = <T>(record: Readonly<Record<string, T>>, keys: readonly string[]): Record<string, T> =>
  Object.fromEntries(
    keys.filter((k) => Object.prototype.hasOwnProperty.call(record, k)).map((k) => [k, record[k]!] as const),
  );

const isBlank = (sheet: Worksheet) => JSON.stringify(sheet) === JSON.stringify(initialWorksheet());

/** The saved data that belongs to the item. */
export function itemSnapshot(item: LmsItem, data: SiteData): ItemSnapshot {
  return {
    lessons: pick(data.progress.lessons, item.lessons),
    quizzes: pick(data.quizzes.records, item.quizIds),
    cases: item.caseId === null ? {} : pick(data.cases.cases, [item.caseId]),
    worksheet: item.kind === 'worksheet' && !isBlank(data.worksheet) ? data.worksheet : null,
  };
}

function mergeRecord(local: QuizRecord, remote: QuizRecord): QuizRecord {
  const latest = Date.parse(remote.latest.at) > Date.parse(local.latest.at) ? remote.latest : local.latest;
  const a = attemptShare(local.best);
  const b = attemptShare(remote.best);
  const best = b > a || (b === a && Date.parse(remote.best.at) < Date.parse(local.best.at)) ? remote.best : local.best;
  return { best, latest };
}

/** The slots that change when the platform's copy is added to this device's data (unchanged ones are left out). */
export function restoreSnapshot(item: LmsItem, data: SiteData, remote: ItemSnapshot): Partial<SiteData> {
  const out: { -readonly [K in keyof SiteData]?: SiteData[K] } = {};
  const lessons = { ...data.progress.lessons };
  let lessonsChanged = false;
  for (const [slug, entry] of Object.entries(pick(remote.lessons, item.lessons)))
    if (!Object.prototype.hasOwnProperty.call(lessons, slug)) {
      lessons[slug] = entry;
      lessonsChanged = true;
    }
  if (lessonsChanged) out.progress = { ...data.progress, lessons };

  const records = { ...data.quizzes.records };
  let quizzesChanged = false;
  for (const [id, record] of Object.entries(pick(remote.quizzes, item.quizIds))) {
    const local = records[id];
    const merged = local === undefined ? record : mergeRecord(local, record);
    if (merged !== local && JSON.stringify(merged) !== JSON.stringify(local)) {
      records[id] = merged;
      quizzesChanged = true;
    }
  }
  if (quizzesChanged) out.quizzes = { ...data.quizzes, records };

  const caseId = item.caseId;
  const remoteCase = caseId === null ? undefined : remote.cases[caseId];
  const localCase = caseId === null ? undefined : data.cases.cases[caseId];
  if (
    caseId !== null &&
    remoteCase !== undefined &&
    (localCase === undefined || (localCase.run === null && localCase.attempts.length === 0))
  )
    out.cases = { ...data.cases, cases: { ...data.cases.cases, [caseId]: remoteCase } };

  if (item.kind === 'worksheet' && remote.worksheet !== null && isBlank(data.worksheet))
    out.worksheet = remote.worksheet;
  return out;
}
