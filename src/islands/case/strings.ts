/**
 * The UI strings the case islands need: pages pick exactly these with `pickStrings`.
 * Islands import only the types from here, so the key lists stay out of the browser bundle.
 */
import { DIMENSION_IDS, ENDING_KINDS, PRINCIPLE_IDS } from '../../domain/cases';
import { STORAGE_NOTICE_KEYS } from '../storage-notice-keys';

/** Names of the care dimensions, their explanations and the ending kinds (also used by the pages). */
export const DIMENSION_KEYS = DIMENSION_IDS.map((id) => `cases.dim.${id}` as const);
export const ENDING_KIND_KEYS = ENDING_KINDS.map((kind) => `cases.kind.${kind}` as const);
export const PRINCIPLE_KEYS = PRINCIPLE_IDS.map((id) => `cases.principle.${id}` as const);

export const CASE_PLAYER_KEYS = [
  'cases.player',
  'cases.scene',
  'cases.decisionOf',
  'cases.decisionAtMost',
  'cases.conversation',
  'cases.earlier',
  'cases.choices',
  'cases.continue',
  'cases.back',
  'cases.restart',
  'cases.youChose',
  'cases.feedback',
  'cases.resumed',
  'cases.restarted',
  'cases.undone',
  'cases.changed',
  'cases.stepFailed',
  'cases.ending',
  'cases.kind',
  'cases.tone.success',
  'cases.tone.mixed',
  'cases.tone.poor',
  'cases.tryAgain',
  'cases.compareLink',
  'cases.profile',
  'cases.profileIntro',
  'cases.chartTitle',
  'cases.chartDesc',
  'cases.col.dimension',
  'cases.col.points',
  'cases.col.range',
  'cases.col.score',
  'cases.rangeValue',
  'cases.overall',
  'cases.compare',
  'cases.matched',
  'cases.noComparable',
  'cases.yours',
  'cases.original',
  'cases.same',
  'cases.different',
  'cases.noOriginal',
  'cases.notReached',
  'cases.debrief',
  'cases.applied',
  'cases.missed',
  'cases.none',
  'cases.module',
  'cases.originalStory',
  'cases.source',
  'cases.reflection',
  'cases.reflectionSaved',
  'cases.charCount',
  'cases.charsLeft',
  'cases.tooLong',
  'cases.checklist',
  'cases.download',
  'cases.downloadHelp',
  'cases.downloadFailed',
  'cases.noRecord',
  'cases.history',
  'cases.showHistory',
  'cases.loadFailed',
  'cases.col.finished',
  'cases.col.ending',
  'cases.col.overall',
  'cases.col.file',
  'cases.downloadOne',
  'cases.downloadOneLabel',
  'cases.thisAttempt',
  'cases.olderVersion',
  ...DIMENSION_KEYS,
  ...ENDING_KIND_KEYS,
  ...PRINCIPLE_KEYS,
  ...STORAGE_NOTICE_KEYS,
] as const;

export type CaseStrings = Record<(typeof CASE_PLAYER_KEYS)[number], string>;

export const CASE_LIST_KEYS = [
  'cases.status',
  'cases.status.notStarted',
  'cases.status.inProgress',
  'cases.status.finished',
  'cases.status.attempts',
  'cases.role',
  'cases.minutes',
] as const;

export type CaseListStrings = Record<(typeof CASE_LIST_KEYS)[number], string>;
