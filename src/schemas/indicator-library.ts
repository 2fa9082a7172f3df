import { z } from 'astro/zod';
import {
  ANCHOR_SETS,
  COMPANY_PLACEHOLDER,
  INDICATOR_KINDS,
  INDICATOR_SOURCES,
  LOYALTY_DIRECTIONS,
} from '../domain/indicators/library';
import { SCALE_PRESETS } from '../domain/indicators/scale';

/**
 * content/indicators/library.json: the loyalty indicators a system can be built from, with
 * their wording in both languages. Checked when the site is built (a content collection) and by
 * tests/unit/indicators/library.test.ts; the builder reads the file as it is.
 */
const text = (max: number) => z.strictObject({ en: z.string().min(2).max(max), 'zh-cn': z.string().min(2).max(max) });

export const indicatorSchema = z.strictObject({
  /** Stable: saved in systems and used as a CSV column name. */
  id: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/),
  kind: z.enum(INDICATOR_KINDS),
  direction: z.enum(LOYALTY_DIRECTIONS),
  source: z.enum(INDICATOR_SOURCES),
  defaultScale: z.enum(Object.keys(SCALE_PRESETS) as [keyof typeof SCALE_PRESETS, ...(keyof typeof SCALE_PRESETS)[]]),
  anchors: z.enum(ANCHOR_SETS),
  /** Library ids measuring much the same thing, so the builder can warn before both are chosen. */
  overlaps: z.array(z.string()).optional(),
  /** The short name, in both languages. */
  label: text(80),
  /** The survey question, in both languages, naming the company as {company}. */
  question: text(300).refine((q) => q.en.includes(COMPANY_PLACEHOLDER) && q['zh-cn'].includes(COMPANY_PLACEHOLDER), {
    error: `a question names the company as ${COMPANY_PLACEHOLDER} in both languages`,
  }),
});

export const indicatorLibrarySchema = z.array(indicatorSchema).superRefine((list, ctx) => {
  const ids = new Set<string>();
  list.forEach((indicator, i) => {
    if (ids.has(indicator.id))
      ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `“${indicator.id}” is used twice` });
    ids.add(indicator.id);
  });
  list.forEach((indicator, i) =>
    (indicator.overlaps ?? []).forEach((other, j) => {
      if (!ids.has(other))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'overlaps', j],
          message: `“${other}” is not an indicator of the library`,
        });
    }),
  );
});
