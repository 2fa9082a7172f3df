import { continueLesson, progressSlot } from '../domain/progress';
import {
  summariseProgress,
  type CourseModule,
  type ProgressAssessment,
  type ProgressLesson,
  type ScoreSummary,
} from '../domain/quiz';
import { wholePercent } from '../domain/quiz/display';
import { quizzesSlot } from '../domain/quiz/saved';
import { format, type Locale } from '../i18n/format';
import { formatPercent } from '../i18n/numbers';
import { $progress } from '../stores/progress';
import { $quizzes } from '../stores/quizzes';
import StorageNotice from './StorageNotice';
import { useSavedStore } from './useHydrated';
import { Meter, Ring } from './progress/Ring';

export interface SummaryLesson extends ProgressLesson {
  title: string;
  href: string;
}
export interface SummaryAssessment extends ProgressAssessment {
  href: string;
}
interface Props {
  locale: Locale;
  lessons: SummaryLesson[];
  assessments: SummaryAssessment[];
  moduleNames: Record<CourseModule, string>;
  strings: Record<string, string>;
}

/**
 * The top of the progress page: lessons completed as a ring, where to continue — the last
 * lesson opened if it is not finished, else the next unfinished one — and the modules and
 * lessons with their self-check and assessment scores. It reads only lesson progress and quiz
 * results; the rest of the page (every other saved slot) loads when it is scrolled into view.
 */
export default function ProgressSummary({ locale, lessons, assessments, moduleNames, strings: s }: Props) {
  const progress = useSavedStore($progress, progressSlot.initial());
  const quizzes = useSavedStore($quizzes, quizzesSlot.initial());
  const course = summariseProgress({
    lessons,
    assessments,
    records: quizzes.records,
    markedDone: Object.fromEntries(Object.entries(progress.lessons).map(([id, p]) => [id, p.completedAt])),
  });
  const completed = new Set(course.lessons.filter((l) => l.completed).map((l) => l.lessonId));
  const percent = wholePercent(completed.size, lessons.length);
  const nextId = continueLesson(
    lessons.map((l) => l.id),
    completed,
    progress.lastLesson,
  );
  const lessonById = new Map(lessons.map((l) => [l.id, l]));
  const next = nextId === null ? undefined : lessonById.get(nextId);
  const started = completed.size > 0 || progress.lastLesson !== null;
  const pct = (n: number) => formatPercent(n, locale);
  const score = (best: ScoreSummary | null) => (best ? pct(wholePercent(best.earned, best.total)) : s['dash.none']);
  const label = format(s['me.lessonsDone']!, { done: completed.size, total: lessons.length });
  return (
    <div class="no-print">
      <section class="box dash-summary" aria-labelledby="summary-title" data-testid="progress-summary">
        <StorageNotice strings={s as never} locale={locale} />
        <Ring percent={percent} label={`${label}: ${pct(percent)}`} text={pct(percent)} large />
        <div class="dash-summary-text">
          <h2 id="summary-title">{label}</h2>
          {next ? (
            <p>
              <a class="button" href={next.href} data-testid="continue">
                {format(s[started ? 'dash.continue' : 'dash.start']!, { title: next.title })}
              </a>
            </p>
          ) : (
            <p>{s['progress.allDone']}</p>
          )}
        </div>
      </section>

      <section class="no-print" aria-labelledby="modules-title">
        <h2 id="modules-title">{s['dash.modules']}</h2>
        <div class="table-scroll">
          <table class="dash-table">
            <thead>
              <tr>
                <th scope="col">{s['dash.module']}</th>
                <th scope="col">{s['dash.completion']}</th>
                <th scope="col">{s['dash.selfCheck']}</th>
                <th scope="col">{s['dash.assessment']}</th>
              </tr>
            </thead>
            <tbody>
              {course.modules.map((m) => {
                const a = m.assessments[0];
                const link = assessments.find((x) => x.module === m.module);
                return (
                  <tr key={m.module} data-module={m.module}>
                    <th scope="row">{`${m.module} · ${moduleNames[m.module]}`}</th>
                    <td>
                      {`${m.completedLessons} / ${m.lessons} `}
                      <Meter share={m.completion} />
                    </td>
                    <td>{score(m.best)}</td>
                    <td>
                      {a && link ? (
                        <>
                          {`${a.attempted ? `${score(a.best)} — ${s[a.passed ? 'dash.passed' : 'dash.notPassed']}` : s['dash.notTaken']} `}
                          <a href={link.href}>{s['dash.take']}</a>
                        </>
                      ) : (
                        s['dash.none']
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section class="no-print" aria-labelledby="lessons-title">
        <h2 id="lessons-title">{s['dash.lessons']}</h2>
        <div class="table-scroll">
          <table class="dash-table">
            <thead>
              <tr>
                <th scope="col">{s['dash.lesson']}</th>
                <th scope="col">{s['dash.read']}</th>
                <th scope="col">{s['dash.selfCheck']}</th>
              </tr>
            </thead>
            <tbody>
              {course.lessons.map((l) => {
                const lesson = lessonById.get(l.lessonId)!;
                return (
                  <tr key={l.lessonId} data-lesson={l.lessonId}>
                    <th scope="row">
                      <a href={lesson.href}>
                        {`${lesson.module}${lessons.filter((x) => x.module === lesson.module).indexOf(lesson) + 1} · ${lesson.title}`}
                      </a>
                    </th>
                    <td>{l.completed ? `✓ ${s['dash.yes']}` : s['dash.no']}</td>
                    <td>{score(l.best)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
