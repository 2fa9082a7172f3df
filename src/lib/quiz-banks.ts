import { getEntry } from 'astro:content';
import type { Locale, LocalizedText, QuizBank } from '../domain/quiz';

/** Keep only one language's texts, so a page does not ship the other language's words. */
function onlyLocale<T>(value: T, locale: Locale): T {
  if (Array.isArray(value)) return value.map((v) => onlyLocale(v, locale)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  if (typeof record['en'] === 'string' && typeof record['zh-cn'] === 'string' && Object.keys(record).length === 2) {
    // The other language is left empty: the island only ever shows the page's language.
    const text = record[locale] as string;
    return { en: locale === 'en' ? text : '', 'zh-cn': locale === 'zh-cn' ? text : '' } satisfies LocalizedText as T;
  }
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, onlyLocale(v, locale)])) as T;
}

/** A question bank by id, for one language; a missing bank fails the build naming it. */
export async function loadBank(id: string, locale: Locale, usedBy: string): Promise<QuizBank> {
  const entry = await getEntry('quizzes', id);
  if (!entry)
    throw new Error(`${usedBy} embeds the question bank "${id}", but content/quizzes/${id}.json does not exist.`);
  return onlyLocale(entry.data as QuizBank, locale);
}
