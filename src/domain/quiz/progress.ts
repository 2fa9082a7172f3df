/**
 * Progress for the dashboard: per lesson, per module (A–F) and per learning objective (the
 * unit's five), plus where to continue.
 *
 * Rules:
 * - A lesson is **completed** when its self-check has been passed (best attempt at or above
 *   the pass mark: `selfCheckPassed`), or when the learner marked it done (`markedDone`).
 * - **completion** of a group = completed lessons ÷ lessons (0 when the group has none).
 * - A group's **best** score adds up the best attempts of every attempted quiz in the group —
 *   its lessons' self-checks and the assessments assigned to it — as Σ earned ÷ Σ total, so a
 *   quiz weighs by its points. Null until something has been attempted.
 * - **continueWith**: the first lesson in course order that is not completed (`start` when
 *   nothing has been done yet, `next` otherwise); once all are completed, the lesson with the
 *   most recent activity (`review`), or the first lesson when no activity has a valid time.
 * - Times are ISO 8601 strings; one that does not parse is ignored, never an error.
 */
import {
  COURSE_MODULES,
  type AssessmentProgress,
  type ContinuePoint,
  type CourseProgress,
  type GroupProgress,
  type LessonProgress,
  type ModuleProgress,
  type ObjectiveProgress,
  type ProgressAssessment,
  type ProgressInput,
  type ProgressLesson,
  type ScoreSummary,
} from './progress-types';
import type { QuizRecord } from './record';
import { selfCheckPassed } from './display';
import { LEARNING_OBJECTIVES } from './types';

const PASS_SLACK = 1e-9;

/** Summarises the learner's progress through the course (see the rules above). */
export function summariseProgress(input: ProgressInput): CourseProgress {
  const assessments = input.assessments ?? [];
  const record = (quizId: string | undefined) => lookup(input.records, quizId);
  const lessons = input.lessons.map((lesson): LessonProgress => {
    const quiz = record(lesson.quizId);
    return {
      lessonId: lesson.id,
      module: lesson.module,
      objectives: lesson.objectives,
      completed: selfCheckPassed(quiz) || lookup(input.markedDone ?? {}, lesson.id) !== undefined,
      best: quiz === undefined ? null : summary([quiz]),
      lastActivityAt: latest([
        lookup(input.visited ?? {}, lesson.id),
        lookup(input.markedDone ?? {}, lesson.id),
        quiz?.latest.at,
      ]),
    };
  });

  const group = (inLessons: LessonProgress[], quizIds: (string | undefined)[]): GroupProgress => {
    const completedLessons = inLessons.filter((l) => l.completed).length;
    const attempted = [...new Set(quizIds)].map(record).filter((r): r is QuizRecord => r !== undefined);
    return {
      lessons: inLessons.length,
      completedLessons,
      completion: inLessons.length === 0 ? 0 : completedLessons / inLessons.length,
      best: attempted.length === 0 ? null : summary(attempted),
    };
  };
  const quizIdsOf = (keep: (lesson: ProgressLesson) => boolean) => input.lessons.filter(keep).map((l) => l.quizId);

  const modules = COURSE_MODULES.filter(
    (m) => lessons.some((l) => l.module === m) || assessments.some((a) => a.module === m),
  ).map((module): ModuleProgress => {
    const own = assessments.filter((a) => a.module === module);
    return {
      module,
      ...group(
        lessons.filter((l) => l.module === module),
        [...quizIdsOf((l) => l.module === module), ...own.map((a) => a.quizId)],
      ),
      assessments: own.map((a) => assessmentProgress(a, record(a.quizId))),
    };
  });

  const objectives = LEARNING_OBJECTIVES.map((objective): ObjectiveProgress => ({
    objective,
    ...group(
      lessons.filter((l) => l.objectives.includes(objective)),
      [
        ...quizIdsOf((l) => l.objectives.includes(objective)),
        ...assessments.filter((a) => a.objectives?.includes(objective)).map((a) => a.quizId),
      ],
    ),
  }));

  const mostRecent = mostRecentLesson(lessons);
  return {
    lessons,
    modules,
    objectives,
    overall: group(lessons, [...quizIdsOf(() => true), ...assessments.map((a) => a.quizId)]),
    continueWith: continuePoint(lessons, mostRecent?.lessonId),
    mostRecent,
  };
}

function assessmentProgress(assessment: ProgressAssessment, quiz: QuizRecord | undefined): AssessmentProgress {
  const best = quiz === undefined ? null : summary([quiz]);
  const { passMark } = assessment;
  return {
    quizId: assessment.quizId,
    attempted: quiz !== undefined,
    best,
    passed: passMark === undefined ? null : best !== null && best.total > 0 && best.share >= passMark - PASS_SLACK,
  };
}

function continuePoint(lessons: readonly LessonProgress[], mostRecentId: string | undefined): ContinuePoint | null {
  const next = lessons.find((l) => !l.completed);
  const started = lessons.some((l) => l.completed || l.lastActivityAt !== null);
  if (next !== undefined) return { lessonId: next.lessonId, reason: started ? 'next' : 'start' };
  const review = mostRecentId ?? lessons[0]?.lessonId;
  return review === undefined ? null : { lessonId: review, reason: 'review' };
}

function mostRecentLesson(lessons: readonly LessonProgress[]): CourseProgress['mostRecent'] {
  let found: { lessonId: string; at: string } | null = null;
  for (const lesson of lessons) {
    const at = lesson.lastActivityAt;
    if (at !== null && (found === null || Date.parse(at) > Date.parse(found.at)))
      found = { lessonId: lesson.lessonId, at };
  }
  return found;
}

/** Σ best earned ÷ Σ best total over the records (totals ≤ 0 and non-finite values are skipped). */
function summary(records: readonly QuizRecord[]): ScoreSummary {
  const usable = records
    .map((r) => r.best)
    .filter((b) => Number.isFinite(b.earned) && Number.isFinite(b.total) && b.total > 0);
  const earned = usable.reduce((a, b) => a + Math.min(b.total, Math.max(0, b.earned)), 0);
  const total = usable.reduce((a, b) => a + b.total, 0);
  const share = earned / total;
  return { earned, total, share: Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0 };
}

/** The latest of the valid ISO times given, or null. */
function latest(times: readonly (string | undefined)[]): string | null {
  let best: string | null = null;
  for (const t of times) {
    if (t === undefined || Number.isNaN(Date.parse(t))) continue;
    if (best === null || Date.parse(t) > Date.parse(best)) best = t;
  }
  return best;
}

function lookup<T>(map: Readonly<Record<string, T>>, key: string | undefined): T | undefined {
  return key !== undefined && Object.hasOwn(map, key) ? map[key] : undefined;
}
