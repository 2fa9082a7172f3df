import { format } from '../i18n/format';
import { isComplete, markComplete, nextLesson, progressSlot } from '../domain/progress';
import { useSavedStore } from './useHydrated';
import { $progress } from '../stores/progress';
import { $quizzes } from '../stores/quizzes';
import { quizzesSlot } from '../domain/quiz/saved';
import { selfCheckPassed } from '../domain/quiz/display';

export interface CourseMapLesson {
  slug: string;
  title: string;
  summary: string;
  minutes: number;
  href: string;
}
export interface CourseMapModule {
  id: string;
  heading: string;
  /** The module's illustration: trusted SVG markup made at build time (src/ui/art.ts). */
  art?: string;
  lessons: CourseMapLesson[];
  /** Link to the module assessment, when the module has one. */
  assessment?: { href: string; label: string } | undefined;
}
type Strings = Record<
  | 'progress.summary'
  | 'progress.continue'
  | 'progress.start'
  | 'progress.allDone'
  | 'progress.done'
  | 'progress.notDone'
  | 'home.minutes'
  | 'home.empty',
  string
>;

/** The course map with the learner's progress: modules → lessons, done marks, and where to continue. */
export default function CourseMap({ modules, strings }: { modules: CourseMapModule[]; strings: Strings }) {
  const marked = useSavedStore($progress, progressSlot.initial());
  const quizzes = useSavedStore($quizzes, quizzesSlot.initial());
  // A lesson counts as complete when marked so, or once its self-check has been passed
  // (the same rule as the lesson page and the progress dashboard).
  const checked = Object.keys(quizzes.records).filter(
    (id) => !isComplete(marked, id) && selfCheckPassed(quizzes.records[id]),
  );
  const progress = checked.reduce((p, id) => markComplete(p, id, new Date(0)), marked);
  const all = modules.flatMap((m) => m.lessons);
  const done = all.filter((l) => isComplete(progress, l.slug)).length;
  const nextSlug = nextLesson(
    progress,
    all.map((l) => l.slug),
  );
  const next = all.find((l) => l.slug === nextSlug);
  const started = done > 0 || progress.lastLesson !== null;
  return (
    <>
      <div class="box course-summary" aria-live="polite">
        <p>
          <strong>{format(strings['progress.summary'], { done, total: all.length })}</strong>
        </p>
        <progress class="progress" value={done} max={Math.max(all.length, 1)} aria-hidden="true" />
        {all.length > 0 && (
          <p>
            {next ? (
              <a class="button" href={next.href}>
                {format(strings[started ? 'progress.continue' : 'progress.start'], { title: next.title })}
              </a>
            ) : (
              strings['progress.allDone']
            )}
          </p>
        )}
      </div>
      <ol class="module-list">
        {modules.map((module) => (
          <li class={`module-card mod-${module.id}`} key={module.id}>
            <div class="module-head">
              {module.art && <span class="art-frame" dangerouslySetInnerHTML={{ __html: module.art }} />}
              <h2 id={`module-${module.id}`}>{module.heading}</h2>
            </div>
            {module.lessons.length === 0 ? (
              <p class="muted">{strings['home.empty']}</p>
            ) : (
              <ol class="lesson-list" aria-labelledby={`module-${module.id}`}>
                {module.lessons.map((lesson) => {
                  const complete = isComplete(progress, lesson.slug);
                  return (
                    <li key={lesson.slug} data-complete={complete ? 'true' : 'false'}>
                      <span class={`status-dot ${complete ? 'ok' : 'muted'}`} aria-hidden="true">
                        {complete ? '✓' : '○'}
                      </span>
                      <a href={lesson.href}>
                        {lesson.title}
                        <span class="visually-hidden">
                          {' '}
                          ({strings[complete ? 'progress.done' : 'progress.notDone']})
                        </span>
                      </a>
                      <span class="meta">{format(strings['home.minutes'], { n: lesson.minutes })}</span>
                    </li>
                  );
                })}
              </ol>
            )}
            {module.assessment && (
              <p>
                <a href={module.assessment.href}>{module.assessment.label}</a>
              </p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
