/**
 * What an item reports to a learning platform, from the progress saved for it (an
 * `ItemSnapshot`, see ./suspend.ts) — the same rules as the site's own pages:
 *
 * - A module is **completed** when every lesson is complete (self-check passed, or marked
 *   done: `selfCheckPassed`) and the assessment has been taken; **incomplete** once anything
 *   has been done; **not attempted** before. Its **success** is the assessment's best attempt
 *   against the item's mastery score (`reachesPassMark`); unknown until it is taken.
 * - The **score** is the assessment's best attempt as the site shows it: the whole percentage,
 *   rounded down (`wholePercent`) as raw 0–100, and that percentage ÷ 100 as scaled, so the
 *   platform never shows a learner more than the site did and "passed" agrees with the score.
 * - A case is completed once a play reached an ending, incomplete while one is under way; the
 *   worksheet is completed when it is finished as the progress page counts it (nothing left
 *   that `reviewWorksheet` asks for), incomplete once anything is written in it. Neither has a
 *   score.
 * - **Interactions**: each answer of the latest attempt of each quiz of a module (question id,
 *   the learner's response in the standard's format, right/wrong or the share of the points),
 *   and each choice of a case's latest play (decision id, choice id, neutral).
 */
import type { LmsItem } from './course';
import type { ItemSnapshot } from './suspend';
import { reachesPassMark, selfCheckPassed, verdictOf, wholePercent } from '../quiz/display';
import { reviewWorksheet } from '../worksheet/review';
import type { QuestionType } from '../quiz/types';

export type Completion = 'completed' | 'incomplete' | 'not attempted';
export type Success = 'passed' | 'failed' | 'unknown';
export type InteractionType = 'choice' | 'sequencing' | 'matching' | 'numeric';

export interface Interaction {
  /** `<quiz id>.<question id>` or `<case id>.<decision node id>`. */
  readonly id: string;
  readonly type: InteractionType;
  /** The response in the standard's format (see `formatResponse`). */
  readonly response: string;
  /** `correct`, `incorrect`, `neutral`, or the share of the points earned as a decimal. */
  readonly result: string;
}

export interface ItemReport {
  readonly completion: Completion;
  readonly success: Success;
  /** Whole percentage (0–100, rounded down) and the same ÷ 100; null when there is no score yet. */
  readonly score: { readonly raw: number; readonly scaled: number } | null;
  readonly interactions: readonly Interaction[];
}

const INTERACTION_TYPE: Record<QuestionType, InteractionType> = {
  singleChoice: 'choice',
  multipleChoice: 'choice',
  ordering: 'sequencing',
  matching: 'matching',
  numeric: 'numeric',
};

/** A response as SCORM 1.2 (`a,b`, `item.category`) or SCORM 2004 / cmi5 (`a[,]b`, `item[.]category`) writes it. */
export function formatResponse(standard: 'scorm12' | 'scorm2004', type: InteractionType, answer: unknown): string {
  const list = standard === 'scorm12' ? ',' : '[,]';
  const pair = standard === 'scorm12' ? '.' : '[.]';
  const value = (answer ?? {}) as Record<string, unknown>;
  if (type === 'choice' && Array.isArray(value['selected'])) return value['selected'].map(String).join(list);
  if (type === 'sequencing' && Array.isArray(value['order'])) return value['order'].map(String).join(list);
  if (type === 'matching' && typeof value['placements'] === 'object' && value['placements'] !== null)
    return Object.entries(value['placements'] as Record<string, unknown>)
      .map(([item, category]) => `${item}${pair}${String(category)}`)
      .join(list);
  return typeof answer === 'string' || typeof answer === 'number' ? String(answer) : '';
}

function quizInteractions(
  standard: 'scorm12' | 'scorm2004',
  item: LmsItem,
  snapshot: ItemSnapshot,
  questionTypes: Readonly<Record<string, Readonly<Record<string, QuestionType>>>>,
): Interaction[] {
  return item.quizIds.flatMap((quizId) => {
    const latest = snapshot.quizzes[quizId]?.latest;
    const types = questionTypes[quizId] ?? {};
    if (latest === undefined) return [];
    return Object.entries(latest.answers).flatMap(([questionId, answer]) => {
      const questionType = types[questionId];
      if (questionType === undefined) return [];
      const type = INTERACTION_TYPE[questionType];
      const points = latest.questions?.[questionId];
      const verdict = points === undefined ? null : verdictOf(points.earned, points.total);
      const result =
        verdict === null
          ? 'neutral'
          : verdict === 'right'
            ? 'correct'
            : verdict === 'wrong'
              ? standard === 'scorm12'
                ? 'wrong'
                : 'incorrect'
              : String(Math.floor((points!.earned / points!.total) * 100) / 100);
      return [{ id: `${quizId}.${questionId}`, type, response: formatResponse(standard, type, answer), result }];
    });
  });
}

export function itemReport(
  standard: 'scorm12' | 'scorm2004',
  item: LmsItem,
  snapshot: ItemSnapshot,
  questionTypes: Readonly<Record<string, Readonly<Record<string, QuestionType>>>>,
): ItemReport {
  if (item.kind === 'case') {
    const saved = item.caseId === null ? undefined : snapshot.cases[item.caseId];
    const last = saved?.attempts.at(-1);
    const choices = saved?.run?.choices ?? last?.choices ?? [];
    return {
      completion: last !== undefined ? 'completed' : saved?.run ? 'incomplete' : 'not attempted',
      success: 'unknown',
      score: null,
      interactions: choices.map((c) => ({
        id: `${item.caseId}.${c.nodeId}`,
        type: 'choice',
        response: c.choiceId,
        result: 'neutral',
      })),
    };
  }
  if (item.kind === 'worksheet') {
    const sheet = snapshot.worksheet;
    const written =
      sheet !== null &&
      (Object.values(sheet.answers).some((a) => a.trim() !== '') ||
        sheet.plan.some((row) => row.need.trim() !== '' || row.measure.trim() !== ''));
    // Finished as the progress page counts it: nothing left that a finished plan lacks.
    const finished = sheet !== null && reviewWorksheet(sheet).length === 0;
    return {
      completion: finished ? 'completed' : written ? 'incomplete' : 'not attempted',
      success: 'unknown',
      score: null,
      interactions: [],
    };
  }
  const lessonDone = (slug: string) => snapshot.lessons[slug] !== undefined || selfCheckPassed(snapshot.quizzes[slug]);
  const assessment = item.assessmentId === null ? undefined : snapshot.quizzes[item.assessmentId];
  const anything =
    item.lessons.some((slug) => snapshot.lessons[slug] !== undefined) ||
    item.quizIds.some((id) => snapshot.quizzes[id] !== undefined);
  const allLessons = item.lessons.every(lessonDone);
  const taken = item.assessmentId === null || assessment !== undefined;
  const percent = assessment === undefined ? null : wholePercent(assessment.best.earned, assessment.best.total);
  return {
    completion: allLessons && taken && anything ? 'completed' : anything ? 'incomplete' : 'not attempted',
    success:
      assessment === undefined || item.masteryScore === null
        ? 'unknown'
        : reachesPassMark(assessment.best.earned, assessment.best.total, item.masteryScore)
          ? 'passed'
          : 'failed',
    score: percent === null ? null : { raw: percent, scaled: percent / 100 },
    interactions: quizInteractions(standard, item, snapshot, questionTypes),
  };
}
