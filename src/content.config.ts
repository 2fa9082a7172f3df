import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { lessonSchema } from './schemas/lesson';
import { quizBankSchema } from './schemas/quiz';
import { glossaryTermSchema } from './schemas/glossary';
import { scenarioSchema } from './schemas/case';
import { indicatorSchema } from './schemas/indicator-library';

/**
 * Astro adds a `$schema` key to object schemas for editor support, which Zod refuses on
 * objects with refinements (our answer-key and graph checks): piping keeps the checks.
 */
const refined = <T extends z.ZodType>(schema: T) => z.unknown().pipe(schema);

/** Lessons: content/lessons/<locale>/<slug>.mdx — ids look like `zh-cn/what-is-client-care`. */
const lessons = defineCollection({
  // LESSONS_DIR lets the content tests point a build at a folder of deliberately broken lessons.
  loader: glob({ pattern: '**/*.mdx', base: process.env['LESSONS_DIR'] ?? './content/lessons' }),
  schema: lessonSchema,
});

/** Question banks: content/quizzes/<id>.json — a lesson's self-check or a module assessment. */
const quizzes = defineCollection({
  loader: glob({ pattern: '**/*.json', base: process.env['QUIZZES_DIR'] ?? './content/quizzes' }),
  schema: refined(quizBankSchema),
});

/** The bilingual glossary: one JSON array in content/glossary/terms.json, entries by id. */
const glossary = defineCollection({
  loader: file('./content/glossary/terms.json'),
  schema: glossaryTermSchema,
});

/** Case role-plays: content/cases/<id>.json, structure and scoring shared by both languages. */
const cases = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/cases' }),
  schema: refined(scenarioSchema),
});

/**
 * The indicator library: content/indicators/library.json, entries by id. The builder imports the
 * file itself; as a collection it is checked whenever the site is built.
 */
const indicators = defineCollection({
  loader: file('./content/indicators/library.json'),
  schema: refined(indicatorSchema),
});

export const collections = { lessons, quizzes, glossary, cases, indicators };
