import { z } from 'astro/zod';

/** One glossary entry in one language. */
const termTextSchema = z.strictObject({
  /** The term as written in this language, e.g. "share of wallet" / "钱包份额". */
  term: z.string().min(1, { error: 'the term needs a name' }),
  /** A short definition in this language (one to three sentences). */
  definition: z
    .string()
    .min(20, { error: 'a definition needs at least 20 characters' })
    .max(600, { error: 'a definition must stay under 600 characters' }),
});

/** An entry of content/glossary/terms.json. Ids are what lessons write in `<Term id="…">`. */
export const glossaryTermSchema = z.strictObject({
  /** Stable id: lowercase words joined by dashes. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'ids are lowercase words joined by dashes' }),
  /** The curriculum module where the term is taught (A–F). */
  module: z.enum(['A', 'B', 'C', 'D', 'E', 'F'], { error: 'module must be one of A–F' }),
  en: termTextSchema,
  'zh-cn': termTextSchema,
  /** Ids of related terms, shown as "see also". */
  related: z.array(z.string()).default([]),
});
