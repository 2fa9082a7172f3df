/**
 * What a rating of 1, 3 and 5 looks like on each criterion (2 and 4 lie between). The texts are
 * UI strings `worksheet.rubric.<criterion>.<level>`; the domain lists which exist, so the page
 * and a test can check that every one is written in both languages.
 */
import { CRITERION_IDS, type CriterionId } from './ids';

/** The anchored levels of the rubric. */
export const RUBRIC_LEVELS = [1, 3, 5] as const;
export type RubricLevel = (typeof RUBRIC_LEVELS)[number];

export interface RubricAnchor {
  readonly criterion: CriterionId;
  readonly level: RubricLevel;
  /** The UI-string key of the description. */
  readonly key: `worksheet.rubric.${CriterionId}.${RubricLevel}`;
}

/** The rubric for one criterion: its three anchors, weakest first. */
export function rubricFor(criterion: CriterionId): readonly RubricAnchor[] {
  return RUBRIC_LEVELS.map((level) => ({ criterion, level, key: `worksheet.rubric.${criterion}.${level}` as const }));
}

/** Every anchor of every criterion, in criterion order. */
export const RUBRIC: readonly RubricAnchor[] = CRITERION_IDS.flatMap(rubricFor);
