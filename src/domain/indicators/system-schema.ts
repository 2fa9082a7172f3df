/**
 * The saved "indicator system" file format, as a zod schema (the single source of truth for
 * its shape; the TypeScript type is derived from it). Cross-field rules — known library
 * ids, matrix sizes, reciprocity, answers within scale — are checked after the schema by
 * `parseIndicatorSystem` in `system.ts`.
 *
 * Format history: version 1 is the first. When the shape changes, `formatVersion` goes up
 * and `system.ts` gains a migration from the previous version, so old exports still import.
 */
import { z } from 'zod/mini';
import { MAX_PAIRWISE_SIZE } from '../weights/saaty';
import { MAX_PARTICIPANTS } from '../weights/group';
import { INDICATOR_KINDS, LOYALTY_DIRECTIONS } from './library';
import { MAX_SYSTEM_INDICATORS } from './resolve';
import { MAX_RESPONDENTS } from './responses';
import { NORMALISATIONS, SCALE_LIMITS } from './scale';

export const INDICATOR_SYSTEM_FORMAT = 'indicator-system';
export const INDICATOR_SYSTEM_VERSION = 1;
export const MEASUREMENT_METHODS = ['behavioural', 'attitudinal', 'combined'] as const;
export type MeasurementMethod = (typeof MEASUREMENT_METHODS)[number];

const text = (max: number) => z.string().check(z.maxLength(max));
const bound = z.int().check(z.minimum(SCALE_LIMITS.min), z.maximum(SCALE_LIMITS.max));
// Judgement cells are range-checked by the matrix validator, which names the cell and the rule.
const matrix = z.array(z.array(z.number()).check(z.maxLength(MAX_PAIRWISE_SIZE))).check(z.maxLength(MAX_PAIRWISE_SIZE));

/** An answer scale: integers, 0 ≤ min < max ≤ 100 (min < max checked later). */
export const answerScaleSchema = z.object({ min: bound, max: bound });

/** A library indicator chosen by id, optionally on its own scale. */
export const libraryChoiceSchema = z.object({
  source: z.literal('library'),
  id: text(64),
  scale: z.optional(answerScaleSchema),
});

/** The analyst's own indicator. */
export const customChoiceSchema = z.object({
  source: z.literal('custom'),
  /** `custom-…`, unique in the system. */
  id: text(64),
  name: text(200),
  kind: z.enum(INDICATOR_KINDS),
  direction: z.enum(LOYALTY_DIRECTIONS),
  scale: answerScaleSchema,
  question: z.optional(z.object({ en: z.optional(text(600)), 'zh-cn': z.optional(text(600)) })),
});

/** How the weights were set: typed directly, one pairwise matrix, or a group of matrices. */
export const weightingSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('direct'), raw: z.array(z.number()).check(z.maxLength(MAX_SYSTEM_INDICATORS)) }),
  z.object({ mode: z.literal('pairwise'), matrix }),
  z.object({
    mode: z.literal('group'),
    matrices: z.array(z.object({ participant: text(200), matrix })).check(z.maxLength(MAX_PARTICIPANTS)),
  }),
]);

const share = z.number().check(z.minimum(0), z.maximum(1));

/** Saved answers: columns by indicator id, one row per respondent. */
export const responseSetSchema = z.object({
  indicatorIds: z.array(text(64)).check(z.maxLength(MAX_SYSTEM_INDICATORS)),
  respondents: z
    .array(z.object({ id: text(200), answers: z.array(z.number()).check(z.maxLength(MAX_SYSTEM_INDICATORS)) }))
    .check(z.maxLength(MAX_RESPONDENTS)),
});

/** A whole indicator system as exported to / imported from JSON. */
export const indicatorSystemSchema = z.object({
  format: z.literal(INDICATOR_SYSTEM_FORMAT),
  formatVersion: z.literal(INDICATOR_SYSTEM_VERSION),
  /** Stable id of the saved system. */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The system's name, e.g. "Appliance brand 2026". */
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  /** The company measured; fills `{company}` in the questions. May be empty. */
  company: text(120),
  /** Step 1: the company's own definition of a loyal customer. */
  loyalCustomerDefinition: text(2000),
  /** Step 2: behavioural, attitudinal, or combined measurement. */
  method: z.enum(MEASUREMENT_METHODS),
  /** Step 3: the chosen indicators, in questionnaire order. */
  indicators: z
    .array(z.discriminatedUnion('source', [libraryChoiceSchema, customChoiceSchema]))
    .check(z.minLength(1), z.maxLength(MAX_SYSTEM_INDICATORS)),
  /** Step 3: the weights, one per indicator. */
  weighting: weightingSchema,
  /** The default answer scale for library indicators. */
  scale: answerScaleSchema,
  /** How answers become 0–1 shares; `range` when absent. */
  normalisation: z.optional(z.enum(NORMALISATIONS)),
  /** Segment thresholds (shares 0–1) for attitude and behaviour. */
  thresholds: z.object({ attitude: share, behaviour: share }),
  /** Steps 5–6: the answers collected, if any. */
  responses: z.optional(responseSetSchema),
});

/** Read-only all the way down, so validated parts (e.g. a `ResponseSet`) slot straight in. */
type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** An indicator system as the schema reads it (the cross-field checks are in `system.ts`). */
export type IndicatorSystem = DeepReadonly<z.output<typeof indicatorSystemSchema>>;
/** The weighting part of a system. */
export type SystemWeighting = IndicatorSystem['weighting'];
