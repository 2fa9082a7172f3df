import { useEffect } from 'preact/hooks';
import { isComplete, progressSlot } from '../domain/progress';
import { $progress, completeLesson, openLesson, uncompleteLesson } from '../stores/progress';
import type { Locale } from '../i18n/format';
import { useHydrated, useSavedStore } from './useHydrated';
import StorageNotice, { STORAGE_NOTICE_KEYS } from './StorageNotice';

type Strings = Record<'lesson.markComplete' | 'lesson.completed' | 'lesson.markIncomplete' | (typeof STORAGE_NOTICE_KEYS)[number], string>;

/** "Mark as complete" at the end of a lesson; also remembers this lesson as the last one opened. */
export default function LessonComplete({ slug, locale, strings }: { slug: string; locale: Locale; strings: Strings }) {
  const progress = useSavedStore($progress, progressSlot.initial());
  useEffect(() => openLesson(slug), [slug]);
  const complete = isComplete(progress, slug);
  const hydrated = useHydrated();
  return (
    <div class="box lesson-complete">
      <StorageNotice strings={strings} locale={locale} />
      <p aria-live="polite" class={complete ? 'ok' : ''}>
        {complete && <strong>✓ {strings['lesson.completed']}</strong>}
      </p>
      {complete ? (
        <button type="button" class="secondary" disabled={!hydrated} onClick={() => uncompleteLesson(slug)}>
          {strings['lesson.markIncomplete']}
        </button>
      ) : (
        <button type="button" disabled={!hydrated} onClick={() => completeLesson(slug)}>
          {strings['lesson.markComplete']}
        </button>
      )}
    </div>
  );
}
