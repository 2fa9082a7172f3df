import { markComplete, markIncomplete, progressSlot, visitLesson } from '../domain/progress';
import { slotStore } from './slot';

export const progress = slotStore(progressSlot);
export const $progress = progress.$value;

export const completeLesson = (slug: string) => progress.set(markComplete(progress.get(), slug, new Date()));
export const uncompleteLesson = (slug: string) => progress.set(markIncomplete(progress.get(), slug));
export const openLesson = (slug: string) => {
  const current = progress.get();
  const next = visitLesson(current, slug);
  if (next !== current) progress.set(next);
};
