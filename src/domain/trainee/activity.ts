/**
 * Everything a trainee has done, for the progress page and the record of completion: lessons,
 * self-checks and module assessments (`summariseProgress`), case attempts, the care-plan
 * worksheet and the calculators used — each mapped to the unit's five learning objectives.
 *
 * Rules:
 * - A **case** counts as done once one attempt has reached an ending. Its **best attempt** is
 *   the one with the highest overall score (the mean of its care dimensions on 0–100, each
 *   within the range the case can reach); on a tie, the later one. Its ending is the case's
 *   best ending, its dimension scores the care profile.
 * - The **worksheet** counts as done when `reviewWorksheet` finds nothing missing; started
 *   when it has a plan row, a checklist item or an answer.
 * - A **calculator** counts as used when numbers of it are saved anywhere (a lesson or the
 *   toolbox); it is named once however many places hold it.
 * - An **objective's** items are its lessons (done when completed), the module assessments
 *   assigned to it (done when passed), the cases that serve it (done when finished) and the
 *   worksheet if it serves it (done when complete). Its share is done ÷ items.
 * - **Continue with** is the lesson opened last when it is not completed; otherwise the first
 *   lesson after it in course order that is not completed, then the first in the course; null
 *   when every lesson is completed.
 * - Every percentage is a whole number rounded down (`wholePercent`), as everywhere else.
 */
import { meanOfScores, normalisedByRanges, type ScoreRanges } from '../cases/scoring';
import type { DimensionId } from '../cases/dimensions';
import type { EndingKind } from '../cases/scenario';
import { continueLesson } from '../progress';
import { wholePercent } from '../quiz/display';
import { summariseProgress } from '../quiz/progress';
import type { CourseProgress, ProgressInput } from '../quiz/progress-types';
import { LEARNING_OBJECTIVES, type LearningObjective } from '../quiz/types';

/** What the page knows about a case at build time. */
export interface CaseInfo {
  readonly id: string;
  /** Ending id → its kind. */
  readonly endings: Readonly<Record<string, EndingKind>>;
  /** Lowest and highest reachable total per declared dimension (`reachableRanges`). */
  readonly ranges: ScoreRanges;
  readonly objectives: readonly LearningObjective[];
}

/** The parts of a finished attempt the summary reads. */
export interface FinishedAttempt {
  readonly endingId: string;
  readonly scores: Readonly<Partial<Record<DimensionId, number>>>;
  readonly finishedAt: string;
}

export interface CaseActivity {
  readonly caseId: string;
  readonly attempts: number;
  readonly best: {
    readonly endingId: string;
    readonly kind: EndingKind | null;
    /** Whole percent, 0–100. */
    readonly overall: number;
    /** Whole percent per dimension, in the order of the case's ranges. */
    readonly profile: readonly { readonly dimension: DimensionId; readonly percent: number }[];
    readonly finishedAt: string;
  } | null;
}

export interface WorksheetFacts {
  readonly planRows: number;
  readonly checklistItems: number;
  readonly answers: number;
  /** Nothing missing (`reviewWorksheet` returned no issues). */
  readonly complete: boolean;
}

export interface WorksheetActivity extends WorksheetFacts {
  readonly started: boolean;
}

export interface ObjectiveActivity {
  readonly objective: LearningObjective;
  readonly items: number;
  readonly done: number;
  /** Whole percent, 0–100. */
  readonly percent: number;
}

export interface TraineeActivity {
  readonly course: CourseProgress;
  readonly cases: readonly CaseActivity[];
  readonly casesFinished: number;
  readonly worksheet: WorksheetActivity;
  /** Calculator names with saved numbers, in the order given. */
  readonly calculatorsUsed: readonly string[];
  readonly objectives: readonly ObjectiveActivity[];
  /** Lessons completed ÷ lessons, whole percent. */
  readonly lessonPercent: number;
  /** Every objective item done ÷ all items (each item counted once), whole percent. */
  readonly overallPercent: number;
  readonly continueWith: string | null;
}

export interface ActivityInput extends ProgressInput {
  readonly cases: readonly CaseInfo[];
  /** Finished attempts by case id, oldest first. */
  readonly attempts: Readonly<Record<string, readonly FinishedAttempt[]>>;
  readonly worksheet: WorksheetFacts;
  /** Objectives the care-plan worksheet (training task 1) serves. */
  readonly worksheetObjectives: readonly LearningObjective[];
  /** Every calculator name, in display order. */
  readonly calculators: readonly string[];
  /** Keys of saved calculator entries: `<calculator>@<place>`. */
  readonly calculatorEntries: readonly string[];
  /** The lesson opened most recently. */
  readonly lastLesson: string | null;
}

export function caseActivity(info: CaseInfo, attempts: readonly FinishedAttempt[]): CaseActivity {
  let best: CaseActivity['best'] = null;
  let bestScore = -1;
  for (const attempt of attempts) {
    const normalised = normalisedByRanges(info.ranges, attempt.scores);
    const overall = meanOfScores(normalised);
    if (overall < bestScore) continue;
    bestScore = overall;
    best = {
      endingId: attempt.endingId,
      kind: Object.hasOwn(info.endings, attempt.endingId) ? info.endings[attempt.endingId]! : null,
      overall: wholePercent(overall, 100),
      profile: (Object.keys(info.ranges) as DimensionId[]).map((dimension) => ({
        dimension,
        percent: wholePercent(normalised[dimension] ?? 0, 100),
      })),
      finishedAt: attempt.finishedAt,
    };
  }
  return { caseId: info.id, attempts: attempts.length, best };
}

/** Summarises everything the trainee has done (see the rules above). */
export function summariseActivity(input: ActivityInput): TraineeActivity {
  const course = summariseProgress(input);
  const cases = input.cases.map((info) =>
    caseActivity(info, Object.hasOwn(input.attempts, info.id) ? input.attempts[info.id]! : []),
  );
  const finished = new Set(cases.filter((c) => c.attempts > 0).map((c) => c.caseId));
  const worksheet: WorksheetActivity = {
    ...input.worksheet,
    started: input.worksheet.planRows + input.worksheet.checklistItems + input.worksheet.answers > 0,
  };
  const usedNames = new Set(input.calculatorEntries.map((key) => key.slice(0, key.indexOf('@'))));
  const calculatorsUsed = input.calculators.filter((name) => usedNames.has(name));

  // Every item once, with the objectives it serves.
  const items: { done: boolean; objectives: readonly LearningObjective[] }[] = [
    ...course.lessons.map((l) => ({ done: l.completed, objectives: l.objectives })),
    ...(input.assessments ?? []).map((a) => ({
      done: course.modules.flatMap((m) => m.assessments).find((p) => p.quizId === a.quizId)?.passed === true,
      objectives: a.objectives ?? [],
    })),
    ...input.cases.map((c) => ({ done: finished.has(c.id), objectives: c.objectives })),
    { done: worksheet.complete, objectives: input.worksheetObjectives },
  ];
  const objectives = LEARNING_OBJECTIVES.map((objective): ObjectiveActivity => {
    const own = items.filter((i) => i.objectives.includes(objective));
    const done = own.filter((i) => i.done).length;
    return { objective, items: own.length, done, percent: wholePercent(done, own.length) };
  });
  const counted = items.filter((i) => i.objectives.length > 0);
  const completed = new Set(course.lessons.filter((l) => l.completed).map((l) => l.lessonId));
  return {
    course,
    cases,
    casesFinished: finished.size,
    worksheet,
    calculatorsUsed,
    objectives,
    lessonPercent: wholePercent(course.overall.completedLessons, course.overall.lessons),
    overallPercent: wholePercent(counted.filter((i) => i.done).length, counted.length),
    continueWith: continueLesson(
      input.lessons.map((l) => l.id),
      completed,
      input.lastLesson,
    ),
  };
}
