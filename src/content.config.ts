import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './schemas/lesson';

/** Lessons: content/lessons/<locale>/<slug>.mdx — ids look like `zh-cn/what-is-client-care`. */
const lessons = defineCollection({
  // LESSONS_DIR lets the content tests point a build at a folder of deliberately broken lessons.
  loader: glob({ pattern: '**/*.mdx', base: process.env['LESSONS_DIR'] ?? './content/lessons' }),
  schema: lessonSchema,
});

export const collections = { lessons };
