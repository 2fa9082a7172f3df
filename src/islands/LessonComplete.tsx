import { useEffect } from 'preact/hooks';
import { isComplete, progressSlot } from '../domain/progress';
import { reachesPassMark, wholePercent } from '../domain/quiz/display';
import { quizzesSlot } from '../domain/quiz/saved';
import { $progress, completeLesson, openLesson, uncompleteLesson } from '../stores/progress';
import { $quizzes } from '../stores/quizzes';
import { format, type Locale } from '../i18n/format';
import { formatPercent } from '../i18n/numbers';
import { Icon } from './quiz/icons';
import { useHydrated, useSavedStore } from './useHydrated';
import StorageNotice, { STORAGE_NOTICE_KEYS } from './StorageNotice';

export const LESSON_END_KEYS = [
  'lesson.finish',
  'lesson.finishHint',
  'lesson.finishHintNoQuiz',
  'lesson.quizScore',
  'lesson.nextLesson',
  'lesson.backToMap',
  'lesson.lastLesson',
  'lesson.markComplete',
  'lesson.completed',
  'lesson.markIncomplete',
  ...STORAGE_NOTICE_KEYS,
] as const;
type Strings = Record<(typeof LESSON_END_KEYS)[number], string>;

interface Props {
  slug: string;
  locale: Locale;
  strings: Strings;
  /** The lesson after this one in the course, if any. */
  next?: { title: string; href: string } | undefined;
  /** The course map, where the last lesson leads. */
  home: string;
  /** The lesson's own self-check: its bank id and pass mark (a share, 0–1); absent when it has none. */
  quiz?: { id: string; passMark: number } | undefined;
}

/**
 * The end-of-lesson panel: whether the lesson is complete (a passed self-check completes it,
 * and the learner can also mark it; only a mark can be undone), the self-check score, and the
 * next lesson. Also remembers this lesson as the last one opened.
 */
export default function LessonComplete({ slug, locale, strings, next, home, quiz }: Props) {
  const progress = useSavedStore($progress, progressSlot.initial());
  const best = useSavedStore($quizzes, quizzesSlot.initial()).records[quiz?.id ?? '']?.best;
  useEffect(() => openLesson(slug), [slug]);
  // Passing the self-check completes the lesson (as on the course map); marking it is the other way.
  const passed = quiz !== undefined && best !== undefined && reachesPassMark(best.earned, best.total, quiz.passMark);
  const marked = isComplete(progress, slug);
  const complete = passed || marked;
  const hydrated = useHydrated();
  const percent = (n: number) => formatPercent(n, locale);
  const onward = next ? (
    <a class={`button${complete ? '' : ' secondary'}`} href={next.href} rel="next">
      {format(strings['lesson.nextLesson'], { title: next.title })}
      <Icon name="arrow-right" />
    </a>
  ) : (
    <a class={`button${complete ? '' : ' secondary'}`} href={home}>
      {strings['lesson.backToMap']}
    </a>
  );
  return (
    <section id="lesson-end" class="box lesson-end" aria-labelledby="lesson-end-title">
      <h2 id="lesson-end-title">{strings['lesson.finish']}</h2>
      <StorageNotice strings={strings} locale={locale} />
      <div aria-live="polite">
        {complete ? (
          <div class="callout callout--success lesson-success">
            <Icon name="circle-check" class="lesson-success-icon" />
            <div>
              <p>
                <strong>{strings['lesson.completed']}</strong>
              </p>
              {best && (
                <p>
                  {format(strings['lesson.quizScore'], { percent: percent(wholePercent(best.earned, best.total)) })}
                </p>
              )}
              {!next && <p>{strings['lesson.lastLesson']}</p>}
            </div>
          </div>
        ) : (
          <p>
            {quiz
              ? format(strings['lesson.finishHint'], { mark: percent(Math.round(quiz.passMark * 100)) })
              : strings['lesson.finishHintNoQuiz']}
          </p>
        )}
      </div>
      <div class="button-row">
        {complete ? (
          <>
            {onward}
            {!passed && (
              <button type="button" class="quiet" disabled={!hydrated} onClick={() => uncompleteLesson(slug)}>
                {strings['lesson.markIncomplete']}
              </button>
            )}
          </>
        ) : (
          <>
            <button type="button" disabled={!hydrated} onClick={() => completeLesson(slug)}>
              {strings['lesson.markComplete']}
            </button>
            {onward}
          </>
        )}
      </div>
    </section>
  );
}
