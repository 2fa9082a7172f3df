import { z } from 'astro/zod';

/**
 * Schema of content/glossary/variants.json: one Chinese name per concept. Each key is a glossary
 * term id; `use` lists the forms the site writes (as the glossary entry writes them), `avoid` the
 * variants that must not appear anywhere in the Chinese text. tests/content/term-variants.test.ts
 * checks the file against the glossary and scans content/ and src/i18n/ for the variants.
 *
 *   { "humanised-care": { "use": ["人性化关心"], "avoid": ["人性化关怀"] } }
 */
const chineseForm = z
  .string()
  .trim()
  .min(2, { error: 'a term needs at least two characters' })
  .regex(/\p{Script=Han}/u, { error: 'a term must contain Chinese characters' });

export const termVariantSchema = z.strictObject({
  /** What the entry covers, when it is not the glossary term itself (English, for authors). */
  note: z.string().min(1).optional(),
  /** The forms to write, each found in the glossary entry's Chinese name or definition. */
  use: z.array(chineseForm).min(1, { error: 'list at least one form to use' }),
  /** The variants to avoid; none may be part of a form to use. */
  avoid: z.array(chineseForm).min(1, { error: 'list at least one variant to avoid' }),
});

export const termVariantsSchema = z.record(
  z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'keys are glossary term ids (lowercase words joined by dashes)' }),
  termVariantSchema,
);
