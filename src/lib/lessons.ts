import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n';

export type Lesson = CollectionEntry<'lessons'>;
export const MODULES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type ModuleId = (typeof MODULES)[number];

/** `zh-cn/what-is-client-care` → `what-is-client-care` */
export const slugOf = (lesson: Lesson) => lesson.id.slice(lesson.id.indexOf('/') + 1);
export const localeOf = (lesson: Lesson) => lesson.id.slice(0, lesson.id.indexOf('/')) as Locale;

const courseOrder = (a: Lesson, b: Lesson) =>
  a.data.module.localeCompare(b.data.module) || a.data.order - b.data.order || slugOf(a).localeCompare(slugOf(b));

/** The lessons of one language in course order (module, then order). */
export async function lessonsIn(locale: Locale): Promise<Lesson[]> {
  const all = await getCollection('lessons', (lesson) => localeOf(lesson) === locale);
  return all.sort(courseOrder);
}

export function byModule(lessons: readonly Lesson[]): Map<ModuleId, Lesson[]> {
  const map = new Map<ModuleId, Lesson[]>(MODULES.map((m) => [m, []]));
  for (const lesson of lessons) map.get(lesson.data.module)!.push(lesson);
  return map;
}
