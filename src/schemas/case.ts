/**
 * Schema of a case role-play scenario file (`content/cases/<id>.json`), used by the content
 * collection at build time. Structure and scoring are shared by both languages; every text is
 * `{ "en": …, "zh-cn": … }`. After the shape is accepted, the graph and scoring checks of
 * `checkScenario` run, so a broken scenario fails the build naming the field and the node.
 *
 * Build-time only (`astro/zod`); browser code imports the domain interfaces in
 * `src/domain/cases/scenario.ts`, which the schema's output is asserted to fit.
 */
import { z } from 'astro/zod';
import { checkScenario } from '../domain/cases/check-scenario';
import { DIMENSION_IDS } from '../domain/cases/dimensions';
import { PRINCIPLE_IDS } from '../domain/cases/principles';
import { ENDING_KINDS, type Scenario } from '../domain/cases/scenario';
import type { FieldIssue } from '../domain/result';

/** Lower-case words joined by hyphens; stable ids used in files, URLs and attempt records. */
const slug = z
  .string()
  .max(64, { error: 'an id has at most 64 characters' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'an id is lower-case words joined by hyphens, e.g. "first-reply"' });

/** A text in both languages of the site; blank texts are reported by `checkScenario`. */
const localisedText = z.strictObject({
  /** English. */
  en: z.string(),
  /** Simplified Chinese. */
  'zh-cn': z.string(),
});

/** One care dimension's score change; small integers keep choices comparable. */
const delta = z.int().min(-5).max(5);

/** Score change per care dimension; dimensions left out are unchanged. */
const scoreDeltas = z.partialRecord(z.enum(DIMENSION_IDS), delta);

/** Minimum raw totals per dimension. */
const minScores = z.partialRecord(z.enum(DIMENSION_IDS), z.int().min(-1000).max(1000));

const character = z.strictObject({
  /** Id that narration nodes name as `speaker`. */
  id: slug,
  /** Display name. */
  name: localisedText,
  /** `learner` is the part the trainee plays. */
  part: z.enum(['learner', 'customer', 'other']),
});

const dimensionRange = z.strictObject({
  /** A care dimension id from `src/domain/cases/dimensions.ts`. */
  id: z.enum(DIMENSION_IDS),
  /** Lowest total the author declares possible; must not exceed the lowest reachable total. */
  min: z.int(),
  /** Highest total the author declares possible; must not be below the highest reachable total. */
  max: z.int(),
});

const narrationNode = z.strictObject({
  type: z.literal('narration'),
  /** Node id, unique in the scenario. */
  id: slug,
  /** Character id of who speaks; leave out for the narrator. */
  speaker: slug.exactOptional(),
  /** What is said or described. */
  text: localisedText,
  /** Id of the node that follows. */
  next: slug,
});

const choice = z.strictObject({
  /** Choice id, unique within its decision; recorded in attempts. */
  id: slug,
  /** What the learner says or does. */
  text: localisedText,
  /** Shown after the choice: what it did and which principle it shows or misses. */
  feedback: localisedText,
  /** Score change per care dimension (integers −5…5). */
  deltas: scoreDeltas,
  /** Id of the node that follows. */
  next: slug,
  /** True for the choice the character in the original story made (at most one per decision). */
  original: z.boolean().exactOptional(),
});

const decisionNode = z.strictObject({
  type: z.literal('decision'),
  /** Node id, unique in the scenario. */
  id: slug,
  /** The situation the learner must respond to. */
  prompt: localisedText,
  /** Two to four plausible responses. */
  choices: z.array(choice).min(2).max(4),
});

const outcomeNode = z.strictObject({
  type: z.literal('outcome'),
  /** Node id, unique in the scenario. */
  id: slug,
  /** Ending ids in priority order: the first whose `minScores` are met is chosen; the last is the unconditional fallback. */
  endings: z.array(slug).min(1).max(8),
});

const debrief = z.strictObject({
  /** How this path compares with the original story, and why it turned out so. */
  text: localisedText,
  /** Principles the path put into practice. */
  applied: z.array(z.enum(PRINCIPLE_IDS)).max(12),
  /** Principles the path missed. */
  missed: z.array(z.enum(PRINCIPLE_IDS)).max(12),
});

const endingNode = z.strictObject({
  type: z.literal('ending'),
  /** Node id, unique in the scenario. */
  id: slug,
  /** What kind of ending, for the summary badge and the class dashboard. */
  kind: z.enum(ENDING_KINDS),
  /** Short heading. */
  title: localisedText,
  /** What happens. */
  text: localisedText,
  /** Minimum raw totals for an outcome node to pick this ending (only for endings reached through one). */
  minScores: minScores.exactOptional(),
  /** The lesson of this ending. */
  debrief,
});

const checklistItem = z.strictObject({
  /** Item id, recorded in attempts. */
  id: slug,
  /** The statement the learner ticks if it is true of their attempt. */
  text: localisedText,
});

/** A whole scenario file. */
export const scenarioSchema = z
  .strictObject({
    /** Stable slug; the file name without `.json`. */
    id: slug,
    /** Raise whenever structure or scoring changes, so old attempts are not misread. */
    version: z.int().min(1),
    /** Title in lists and on the case page. */
    title: localisedText,
    /** One or two sentences for the case list. */
    summary: localisedText,
    /** The part the learner plays. */
    role: localisedText,
    /** How long the case takes, in minutes. */
    estimatedMinutes: z.int().min(1).max(120),
    /** People who speak. */
    characters: z.array(character).min(1).max(12),
    /** Care dimensions scored, with their declared ranges. */
    dimensions: z.array(dimensionRange).min(1).max(DIMENSION_IDS.length),
    /** Id of the first node. */
    startNodeId: slug,
    /** Every node of the graph. */
    nodes: z
      .array(z.discriminatedUnion('type', [narrationNode, decisionNode, outcomeNode, endingNode]))
      .min(2)
      .max(500),
    /** The original story retold in the site's own words, with its source. */
    originalStory: z.strictObject({
      /** The retelling. */
      text: localisedText,
      /** Bibliographic source. */
      source: localisedText,
    }),
    /** The written reflection after the ending. */
    reflection: z.strictObject({
      /** The question to reflect on. */
      prompt: localisedText,
      /** Self-assessment statements. */
      checklist: z.array(checklistItem).min(1).max(20),
    }),
  })
  .superRefine((scenario, ctx) => {
    for (const issue of checkScenario(scenario)) {
      ctx.addIssue({
        code: 'custom',
        path: pathOf(issue),
        message: describeIssue(issue),
        params: { ...issue.params, code: issue.code },
      });
    }
  });

/** `nodes.3.choices.1.next` → `['nodes', 3, 'choices', 1, 'next']`, as zod paths are. */
function pathOf(issue: FieldIssue): (string | number)[] {
  return issue.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Build messages are for scenario authors, so they are plain English with the values quoted. */
function describeIssue(issue: FieldIssue): string {
  const params = Object.entries(issue.params ?? {})
    .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
    .join(', ');
  return params ? `${issue.code} (${params})` : issue.code;
}

type Assert<T extends true> = T;
type Fits<T, U> = [T] extends [U] ? true : false;
/** Compile-time proof that what the schema accepts is a domain `Scenario`. @public */
export type ScenarioSchemaFitsDomain = Assert<Fits<z.output<typeof scenarioSchema>, Scenario>>;
