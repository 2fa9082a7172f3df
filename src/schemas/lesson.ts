import { z } from 'astro/zod';

/** A source a lesson draws on, named in its "Sources" section. */
export const lessonSourceSchema = z.object({
  /** Who or what: "Philip Kotler, Marketing Management", "TARP study", "Course text, unit 4". */
  title: z.string().min(1, { error: 'a source needs a title' }),
  /** Optional detail: chapter, year, what was taken from it. */
  note: z.string().optional(),
});

/** Frontmatter of a lesson MDX file in content/lessons/{en,zh-cn}/. */
export const lessonSchema = z.object({
  /** The lesson title as shown in the course map and the page heading. */
  title: z.string().min(3, { error: 'title must be at least 3 characters' }),
  /** One or two sentences for the course map, search results and the meta description. */
  summary: z
    .string()
    .min(20, { error: 'summary must be at least 20 characters' })
    .max(300, { error: 'summary must be at most 300 characters' }),
  /** The curriculum module A–F. */
  module: z.enum(['A', 'B', 'C', 'D', 'E', 'F'], { error: 'module must be one of A, B, C, D, E, F' }),
  /** Position within the module, from 1. */
  order: z.number().int({ error: 'order must be a whole number' }).min(1, { error: 'order starts at 1' }),
  /** What the learner will be able to do; shown at the top of the lesson. */
  objectives: z.array(z.string().min(3)).min(1, { error: 'list at least one learning objective' }),
  /** The unit's learning objectives (1–5, see the curriculum) this lesson serves, for the progress dashboard. */
  unitObjectives: z.array(z.number().int().min(1).max(5)).default([]),
  /** Estimated reading and practice time in minutes. */
  minutes: z
    .number()
    .int()
    .min(1, { error: 'minutes must be at least 1' })
    .max(120, { error: 'minutes must be at most 120' }),
  /** Key points, shown as a summary box at the end of the lesson. */
  keyPoints: z.array(z.string().min(3)).min(1, { error: 'list at least one key point' }),
  /** Sources named at the end of the lesson. */
  sources: z.array(lessonSourceSchema).min(1, { error: 'name at least one source' }),
});
