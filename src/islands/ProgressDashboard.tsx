import { summariseProgress, type CourseModule, type LearningObjective, type ProgressAssessment, type ProgressLesson, type ScoreSummary } from '../domain/quiz';
import { quizzesSlot } from '../domain/quiz/saved';
import { progressSlot } from '../domain/progress';
import { profileSlot } from '../domain/profile';
import { format, type Locale } from '../i18n/format';
import { $quizzes } from '../stores/quizzes';
import { $progress } from '../stores/progress';
import { $profile, setLearnerName } from '../stores/profile';
import StorageNotice from './StorageNotice';
import { useHydrated, useSavedStore } from './useHydrated';

export interface DashboardLesson extends ProgressLesson {
  title: string;
  href: string;
}
export interface DashboardAssessment extends ProgressAssessment {
  href: string;
}
interface Props {
  locale: Locale;
  lessons: DashboardLesson[];
  assessments: DashboardAssessment[];
  moduleNames: Record<CourseModule, string>;
  strings: Record<string, string>;
}

/** The progress dashboard and the printable record of completion. */
export default function ProgressDashboard({ locale, lessons, assessments, moduleNames, strings: s }: Props) {
  const hydrated = useHydrated();
  const quizzes = useSavedStore($quizzes, quizzesSlot.initial());
  const progress = useSavedStore($progress, progressSlot.initial());
  const profile = useSavedStore($profile, profileSlot.initial());
  const markedDone = Object.fromEntries(Object.entries(progress.lessons).map(([id, p]) => [id, p.completedAt]));
  const visited = progress.lastLesson ? { [progress.lastLesson]: new Date().toISOString() } : {};
  const summary = summariseProgress({ lessons, assessments, records: quizzes.records, markedDone, visited });
  const pct = (share: number) => format(s['dash.percent']!, { n: Math.round(share * 100) });
  const score = (best: ScoreSummary | null) => (best ? `${format(s['dash.score']!, { earned: Math.round(best.earned * 100) / 100, total: best.total })} (${pct(best.share)})` : s['dash.none']!);
  const lessonById = new Map(lessons.map((l) => [l.id, l]));
  const next = summary.continueWith ? lessonById.get(summary.continueWith.lessonId) : undefined;
  const today = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'long' }).format(new Date());
  const overall = summary.overall;

  return (
    <div class="dashboard">
      <StorageNotice strings={s as never} locale={locale} />
      <div class="box no-print">
        <p>
          <strong>{format(s['dash.overall']!, { done: overall.completedLessons, total: overall.lessons, percent: Math.round(overall.completion * 100) })}</strong>
        </p>
        {next && summary.continueWith && (
          <p>
            <a class="button" href={next.href}>
              {format(s[summary.continueWith.reason === 'start' ? 'dash.start' : summary.continueWith.reason === 'review' ? 'dash.review' : 'dash.continue']!, { title: next.title })}
            </a>
          </p>
        )}
      </div>

      <section class="record" aria-labelledby="record-title">
        <h2 id="record-title" class="no-print">{s['dash.record']}</h2>
        <div class="no-print">
          <label for="learner-name">{s['dash.name']}</label>{' '}
          <input id="learner-name" type="text" maxLength={100} autoComplete="name" aria-describedby="learner-name-help" value={profile.name} disabled={!hydrated} onInput={(e) => setLearnerName((e.currentTarget as HTMLInputElement).value)} />
          <p id="learner-name-help" class="muted">{s['dash.recordHelp']}</p>
          <button type="button" class="secondary" disabled={!hydrated} onClick={() => window.print()}>
            {s['dash.print']}
          </button>
        </div>
        <div class="print-only">
          <h2>{s['dash.recordTitle']}</h2>
          <p>{profile.name.trim() ? format(s['dash.recordFor']!, { name: profile.name.trim(), date: today }) : format(s['dash.recordNoName']!, { date: today })}</p>
          <p>{format(s['dash.overall']!, { done: overall.completedLessons, total: overall.lessons, percent: Math.round(overall.completion * 100) })}</p>
        </div>
      </section>

      <section aria-labelledby="objectives-title">
        <h2 id="objectives-title">{s['dash.objectives']}</h2>
        <div class="table-scroll">
          <table class="dash-table">
            <thead>
              <tr>
                <th scope="col">{s['dash.objective']}</th>
                <th scope="col">{s['dash.completion']}</th>
                <th scope="col">{s['dash.selfCheck']}</th>
              </tr>
            </thead>
            <tbody>
              {summary.objectives.map((o) => (
                <tr key={o.objective}>
                  <th scope="row">
                    {o.objective}. {s[`dash.objective.${o.objective as LearningObjective}`]}
                  </th>
                  <td>
                    {o.completedLessons} / {o.lessons} <Meter share={o.completion} />
                  </td>
                  <td>{score(o.best)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="modules-title">
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
              {summary.modules.map((m) => {
                const a = m.assessments[0];
                const link = assessments.find((x) => x.module === m.module);
                return (
                  <tr key={m.module}>
                    <th scope="row">
                      {m.module} · {moduleNames[m.module]}
                    </th>
                    <td>
                      {m.completedLessons} / {m.lessons} <Meter share={m.completion} />
                    </td>
                    <td>{score(m.best)}</td>
                    <td>
                      {a && link ? (
                        <>
                          {a.attempted ? `${score(a.best)} — ${s[a.passed ? 'dash.passed' : 'dash.notPassed']}` : s['dash.notTaken']}{' '}
                          <a class="no-print" href={link.href}>
                            {s['dash.take']}
                          </a>
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

      <section aria-labelledby="lessons-title">
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
              {summary.lessons.map((l) => {
                const lesson = lessonById.get(l.lessonId)!;
                return (
                  <tr key={l.lessonId} data-lesson={l.lessonId}>
                    <th scope="row">
                      <a href={lesson.href}>
                        {lesson.module}
                        {lessons.filter((x) => x.module === lesson.module).indexOf(lesson) + 1} · {lesson.title}
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

/** A completion bar drawn in SVG (no inline styles: the page's CSP forbids them). */
function Meter({ share }: { share: number }) {
  const width = Math.round(Math.max(0, Math.min(1, share)) * 100);
  return (
    <svg class="meter" viewBox="0 0 100 8" width="100" height="8" aria-hidden="true" focusable="false">
      <rect x="0" y="0" width="100" height="8" rx="4" class="meter-track" />
      <rect x="0" y="0" width={width} height="8" rx="4" class="meter-fill" />
    </svg>
  );
}
