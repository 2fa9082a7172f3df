import { z } from 'astro/zod';

/**
 * content/calculators/presets.json: the fields each calculator opens with when a lesson embeds
 * it with `preset="…"` — the curriculum's worked examples, as field texts. A text is the same in
 * both languages (a number, a choice) or given per language (an offer's name).
 */
const fieldText = z.union([
  z.string().max(200),
  z.strictObject({ en: z.string().min(1).max(200), 'zh-cn': z.string().min(1).max(200) }),
]);

const presetSchema = z.strictObject({
  /** What the example is and the figures it gives, for whoever edits it (not shown on the site). */
  about: z.string().min(10),
  /** The lesson (its file name) that prints the example and embeds the calculator with it. */
  lesson: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .optional(),
  /** Field name (as the calculator names its inputs, e.g. `offers.0.name`) → its text. */
  fields: z.record(z.string().regex(/^[A-Za-z0-9]+(\.[A-Za-z0-9]+)*$/), fieldText),
});

/** Every calculator named, each with its presets by name (`worked-example`). */
export const presetsSchema = <const N extends readonly [string, ...string[]]>(names: N) =>
  z.record(z.enum(names), z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), presetSchema));

export type FieldText = z.infer<typeof fieldText>;
