/**
 * The strings the class views need, in a module of their own so that listing them does not load
 * the views (they load with the first results files). The gradebook's own words are every key of
 * its feature dictionary; the page adds them to the strings it picks.
 */
import { FILE_KEYS } from '../../i18n/fileIssue';
import type { gradebookEn } from '../../i18n/features/gradebook';

export const CLASS_VIEW_KEYS = [
  'inst.class.rejectedHeading',
  'inst.class.duplicate',
  'inst.class.titles',
  'inst.col.name',
  'inst.col.classCode',
  'inst.col.handedIn',
  'inst.col.late',
  'inst.yes',
  'inst.no',
  'inst.class.dimension',
  'inst.class.decision',
  'inst.class.choice',
  'inst.class.count',
  'inst.class.late',
  'inst.class.noLate',
  'inst.reason.notJson',
  'inst.reason.tooLarge',
  'inst.reason.notResultsFile',
  'inst.reason.newerVersion',
  'inst.reason.badVersion',
  'inst.reason.badChecksum',
  'inst.reason.checksumMismatch',
  'inst.reason.unreadable',
  'inst.reason.field',
  'cases.dim.empathy',
  'cases.dim.flexibility',
  'cases.dim.ownership',
  'cases.dim.dignity',
  'cases.dim.followThrough',
  'cases.dim.proactivity',
  ...FILE_KEYS,
] as const;
export type GradebookKey = keyof typeof gradebookEn;
export type ClassViewStrings = Record<(typeof CLASS_VIEW_KEYS)[number] | GradebookKey, string>;
