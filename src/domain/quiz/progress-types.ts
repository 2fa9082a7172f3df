/**
 * The input and output shapes of `summariseProgress` (see `progress.ts` for the rules).
 * Inputs are deliberately plain: lesson ids in course order with their module and objectives,
 * the saved quiz records, and optional maps of lesson id → ISO time for visits and "done" marks.
 */
import type { QuizRecords } from './record';
import type { LearningObjective } from './types';

export const COURSE_MODULES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type CourseModule = (typeof COURSE_MODULES)[number];

export interface ProgressLesson {
  /** Lesson id (slug). Lessons are passed in course order. */
  readonly id: string;
  readonly module: CourseModule;
  /** Learning objectives (1–5) the lesson serves. */
  readonly objectives: readonly LearningObjective[];
  /** Id of the lesson's self-check bank, when it has one. */
  readonly quizId?: string | undefined;
}

export interface ProgressAssessment {
  /** Id of the assessment's bank. */
  readonly quizId: string;
  readonly module: CourseModule;
  /** Share of the points (0–1) needed to pass, as in the bank. */
  readonly passMark?: number | undefined;
  readonly objectives?: readonly LearningObjective[] | undefined;
}

export interface ProgressInput {
  readonly lessons: readonly ProgressLesson[];
  readonly assessments?: readonly ProgressAssessment[] | undefined;
  /** Saved quiz records by quiz id. */
  readonly records: QuizRecords;
  /** Lessons the learner marked as done: lesson id → when (ISO 8601). */
  readonly markedDone?: Readonly<Record<string, string>> | undefined;
  /** Last visit per lesson: lesson id → when (ISO 8601). */
  readonly visited?: Readonly<Record<string, string>> | undefined;
}

export interface ScoreSummary {
  readonly earned: number;
  readonly total: number;
  /** earned ÷ total, 0–1. */
  readonly share: number;
}

export interface LessonProgress {
  readonly lessonId: string;
  readonly module: CourseModule;
  readonly objectives: readonly LearningObjective[];
  readonly completed: boolean;
  /** Best self-check attempt; null when not attempted or the lesson has none. */
  readonly best: ScoreSummary | null;
  /** Most recent visit, mark or attempt (ISO 8601), or null. */
  readonly lastActivityAt: string | null;
}

export interface AssessmentProgress {
  readonly quizId: string;
  readonly attempted: boolean;
  readonly best: ScoreSummary | null;
  /** Best attempt reached the pass mark; null when there is no pass mark. */
  readonly passed: boolean | null;
}

export interface GroupProgress {
  readonly lessons: number;
  readonly completedLessons: number;
  /** completedLessons ÷ lessons, 0–1. */
  readonly completion: number;
  readonly best: ScoreSummary | null;
}

export interface ModuleProgress extends GroupProgress {
  readonly module: CourseModule;
  readonly assessments: readonly AssessmentProgress[];
}

export interface ObjectiveProgress extends GroupProgress {
  readonly objective: LearningObjective;
}

export interface ContinuePoint {
  readonly lessonId: string;
  readonly reason: 'start' | 'next' | 'review';
}

export interface CourseProgress {
  readonly lessons: readonly LessonProgress[];
  /** Modules that have lessons or assessments, A to F. */
  readonly modules: readonly ModuleProgress[];
  /** All five objectives, 1 to 5. */
  readonly objectives: readonly ObjectiveProgress[];
  readonly overall: GroupProgress;
  readonly continueWith: ContinuePoint | null;
  readonly mostRecent: { readonly lessonId: string; readonly at: string } | null;
}
