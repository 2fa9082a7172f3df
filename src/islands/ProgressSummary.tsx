import { continueLesson, isComplete, progressSlot } from '../domain/progress';
import { selfCheckPassed, wholePercent } from '../domain/quiz/display';
import { quizzesSlot } from '../domain/quiz/saved';
import { format, type Locale } from '../i18n/format';
import { formatPercent } from '../i18n/percent';
import { $progress } from '../stores/progress';
import { $quizzes } from '../stores/quizzes';
import StorageNotice from './StorageNotice';
import { useSavedStore } from './useHydrated';
import { Ring } from './progress/Ring';

export interface SummaryLesson {
  id: string;
  title: string;
  href: string;
  /** The lesson's own self-check, when it has one. */
  quizId?: string | undefined;
}

/**
 * The top of the progress page: lessons completed as a ring, and where to continue — the last
 * lesson opened if it is not finished, else the next unfinished one. Small on purpose: the rest
 * of the page (every saved slot) loads when it is scrolled into view.
 */
export default function ProgressSummary({ locale, lessons, strings: s }: { locale: Locale; lessons: SummaryLesson[]; strings: Record<string, string> }) {
  const progress = useSavedStore($progress, progressSlot.initial());
  const quizzes = useSavedStore($quizzes, quizzesSlot.initial());
  const completed = new Set(
    lessons.filter((l) => isComplete(progress, l.id) || (l.quizId !== undefined && Object.hasOwn(quizzes.records, l.quizId) && selfCheckPassed(quizzes.records[l.quizId]))).map((l) => l.id),
  );
  const percent = wholePercent(completed.size, lessons.length);
  const nextId = continueLesson(
    lessons.map((l) => l.id),
    completed,
    progress.lastLesson,
  );
  const next = lessons.find((l) => l.id === nextId);
  const started = completed.size > 0 || progress.lastLesson !== null;
  const pct = formatPercent(percent, locale);
  const label = format(s['me.lessonsDone']!, { done: completed.size, total: lessons.length });
  return (
    <section class="box dash-summary no-print" aria-labelledby="summary-title" data-testid="progress-summary">
      <StorageNotice strings={s as never} locale={locale} />
      <Ring percent={percent} label={`${label}: ${pct}`} text={pct} large />
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
  );
}
