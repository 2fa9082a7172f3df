/**
 * Lesson progress: which lessons the learner marked complete, and the last lesson opened.
 * Saved in the "progress" slot; lesson keys are slugs, shared by both languages, so
 * progress made in English shows in Chinese too.
 */
import { fail, ok, type Validated } from './result';
import type { SlotDefinition } from './storage/slot';

export interface LessonProgress {
  /** When the learner marked the lesson complete (ISO time). */
  readonly completedAt: string;
}

export interface Progress {
  readonly lessons: Readonly<Record<string, LessonProgress>>;
  /** Slug of the lesson opened most recently, for "continue where you left off". */
  readonly lastLesson: string | null;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;
const isIsoTime = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));

export function validateProgress(data: unknown): Validated<Progress> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail({ field: '', code: 'notAnObject' });
  const { lessons, lastLesson } = data as Record<string, unknown>;
  if (typeof lessons !== 'object' || lessons === null || Array.isArray(lessons))
    return fail({ field: 'lessons', code: 'notAnObject' });
  const clean: Record<string, LessonProgress> = Object.create(null);
  for (const [slug, entry] of Object.entries(lessons)) {
    if (!SLUG.test(slug)) return fail({ field: `lessons.${slug}`, code: 'badSlug' });
    const completedAt = (entry as { completedAt?: unknown } | null)?.completedAt;
    if (!isIsoTime(completedAt)) return fail({ field: `lessons.${slug}.completedAt`, code: 'notATime' });
    clean[slug] = { completedAt };
  }
  if (lastLesson !== null && !(typeof lastLesson === 'string' && SLUG.test(lastLesson)))
    return fail({ field: 'lastLesson', code: 'badSlug' });
  return ok({ lessons: { ...clean }, lastLesson });
}

export const progressSlot: SlotDefinition<Progress> = {
  name: 'progress',
  version: 2,
  initial: () => ({ lessons: {}, lastLesson: null }),
  validate: validateProgress,
  migrations: {
    // Version 1 kept a plain list of completed slugs without times.
    1: (data) => {
      const completed = (data as { completed?: unknown } | null)?.completed;
      const lessons: Record<string, LessonProgress> = {};
      if (Array.isArray(completed))
        for (const slug of completed)
          if (typeof slug === 'string') lessons[slug] = { completedAt: new Date(0).toISOString() };
      return { lessons, lastLesson: null };
    },
  },
};

export const isComplete = (progress: Progress, slug: string) =>
  Object.prototype.hasOwnProperty.call(progress.lessons, slug);

export function markComplete(progress: Progress, slug: string, at: Date): Progress {
  return { ...progress, lessons: { ...progress.lessons, [slug]: { completedAt: at.toISOString() } } };
}

export function markIncomplete(progress: Progress, slug: string): Progress {
  const { [slug]: _removed, ...rest } = progress.lessons;
  return { ...progress, lessons: rest };
}

export function visitLesson(progress: Progress, slug: string): Progress {
  return progress.lastLesson === slug ? progress : { ...progress, lastLesson: slug };
}

/**
 * The lesson to continue with: the last one opened if it is not complete, else the first
 * incomplete one after it, else the first incomplete one in the course; null when all are done.
 */
export function nextLesson(progress: Progress, courseOrder: readonly string[]): string | null {
  return continueLesson(courseOrder, new Set(Object.keys(progress.lessons)), progress.lastLesson);
}

/** The same rule for any notion of "completed" (the progress page also counts passed self-checks). */
export function continueLesson(
  courseOrder: readonly string[],
  completed: ReadonlySet<string>,
  lastLesson: string | null,
): string | null {
  const start = lastLesson === null ? -1 : courseOrder.indexOf(lastLesson);
  return (
    courseOrder.slice(Math.max(start, 0)).find((id) => !completed.has(id)) ??
    courseOrder.find((id) => !completed.has(id)) ??
    null
  );
}
