/**
 * The WW care-plan worksheet: what the learner writes in training task 1 and what is saved,
 * exported and imported.
 *
 * - `plan`: the care plan table — one row per care measure: the customer need it answers, the
 *   measure, the form of care it takes (one of module A's nine), the channel that carries it,
 *   when or how often, and what it costs (optional; a number plus a free currency text).
 * - `checklist`: the care action checklist — action, owner, due date, done.
 * - `ratings`: the task's five criteria rated 1–5, once by the learner (`self`, exactly one) and
 *   by up to ten group members (`peer`), each with the rater's name and optional comments.
 * - `answers`: free-text answers to the case questions.
 *
 * The worksheet is a draft, so blanks are valid here; `reviewWorksheet` says what a finished
 * plan still lacks. The clean copy is built only from known field names and ids, so a key such
 * as `__proto__` in a file can never reach an object's prototype: in a row it is dropped like
 * any unknown field, among scores or answers it is reported as unknown. Validation reports every problem it finds (up to `MAX_ISSUES`), each with a
 * field path such as `plan.1.cost` (row 2's cost; indexes in paths count from 0).
 */
import { fail, ok, type FieldIssue, type Validated } from '../result';
import {
  CARE_FORM_IDS,
  CHANNEL_IDS,
  CRITERION_IDS,
  QUESTION_IDS,
  isCriterionId,
  isRaterRole,
  isScore,
  type CareFormId,
  type ChannelId,
  type CriterionId,
  type QuestionId,
  type RaterRole,
  type Score,
} from './ids';
import { isObject } from '../guards';

export interface PlanRow {
  /** Stable within the worksheet (`p1`, `p2`, …); survives moves. */
  readonly id: string;
  readonly need: string;
  readonly measure: string;
  /** One of the nine forms of care, or '' while not chosen. */
  readonly form: CareFormId | '';
  /** The channel that carries the measure, or '' while not chosen. */
  readonly channel: ChannelId | '';
  /** When or how often, in the learner's words ("monthly", "within a day of joining"). */
  readonly timing: string;
  /** Estimated cost, 0 or more; null when not estimated. */
  readonly cost: number | null;
  /** Free text for the currency of `cost` ("CNY", "US$", "元"). */
  readonly currency: string;
}

export interface ChecklistItem {
  /** Stable within the worksheet (`c1`, `c2`, …). */
  readonly id: string;
  readonly action: string;
  readonly owner: string;
  /** A calendar date `YYYY-MM-DD`, or '' when not set. */
  readonly due: string;
  readonly done: boolean;
}

export interface Rating {
  /** Stable within the worksheet (`s1` for the self-rating, `r1`, `r2`, … for peers). */
  readonly id: string;
  readonly by: RaterRole;
  /** The rater's name; may be blank. */
  readonly rater: string;
  /** 1–5 per criterion, null while not rated. */
  readonly scores: Readonly<Record<CriterionId, Score | null>>;
  /** Optional remark per criterion ('' when none). */
  readonly comments: Readonly<Record<CriterionId, string>>;
}

export interface Worksheet {
  readonly plan: readonly PlanRow[];
  readonly checklist: readonly ChecklistItem[];
  readonly ratings: readonly Rating[];
  readonly answers: Readonly<Record<QuestionId, string>>;
}

/** Size limits: each text field's maximum length in characters, and the list lengths. */
export const LIMITS = {
  need: 300,
  measure: 600,
  timing: 120,
  currency: 12,
  action: 300,
  owner: 80,
  rater: 80,
  comment: 500,
  answer: 4000,
  planRows: 30,
  checklistItems: 50,
  peers: 10,
} as const;

/** The largest cost accepted (a sanity bound, far above any care budget). */
export const COST_MAX = 1_000_000_000;
/** An imported worksheet file larger than this is refused before it is read (a full worksheet is a few dozen KB). */
export const WORKSHEET_FILE_MAX_BYTES = 1024 * 1024;
/** Validation stops collecting after this many issues. */
export const MAX_ISSUES = 50;

const ID = /^[a-z][0-9]{1,6}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const emptyScores = (): Record<CriterionId, Score | null> =>
  Object.fromEntries(CRITERION_IDS.map((id) => [id, null])) as Record<CriterionId, Score | null>;
export const emptyComments = (): Record<CriterionId, string> =>
  Object.fromEntries(CRITERION_IDS.map((id) => [id, ''])) as Record<CriterionId, string>;

export const emptyPlanRow = (id: string): PlanRow => ({
  id,
  need: '',
  measure: '',
  form: '',
  channel: '',
  timing: '',
  cost: null,
  currency: '',
});
export const emptyChecklistItem = (id: string): ChecklistItem => ({ id, action: '', owner: '', due: '', done: false });
export const emptyRating = (id: string, by: RaterRole): Rating => ({
  id,
  by,
  rater: '',
  scores: emptyScores(),
  comments: emptyComments(),
});

/** A fresh worksheet: one blank plan row, one blank checklist item, an empty self-rating. */
export function initialWorksheet(): Worksheet {
  return {
    plan: [emptyPlanRow('p1')],
    checklist: [emptyChecklistItem('c1')],
    ratings: [emptyRating('s1', 'self')],
    answers: Object.fromEntries(QUESTION_IDS.map((id) => [id, ''])) as Record<QuestionId, string>,
  };
}

/** Whether `text` is a real calendar date written `YYYY-MM-DD` (a day that exists: no 30 February). */
export function isCalendarDate(text: string): boolean {
  const time = DATE.test(text) ? Date.parse(`${text}T00:00:00Z`) : NaN;
  return Number.isFinite(time) && new Date(time).toISOString().startsWith(text);
}

/** Collects issues up to MAX_ISSUES. */
interface Issues {
  readonly list: FieldIssue[];
  add(field: string, code: string, params?: Record<string, string | number>): void;
}
function collector(): Issues {
  const list: FieldIssue[] = [];
  return {
    list,
    add: (field, code, params) =>
      void (list.length < MAX_ISSUES && list.push(params ? { field, code, params } : { field, code })),
  };
}

/** Reads one field: returns the clean value, reporting what is wrong. Missing fields take their blank value. */
type FieldReader = (issues: Issues, value: unknown, field: string) => unknown;

/** A text field: anything but a string, or a string over `max`, is an issue. */
const text =
  (max: number): FieldReader =>
  (issues, value, field) => {
    if (value === undefined) return '';
    if (typeof value !== 'string') return (issues.add(field, 'notText'), '');
    if (value.length > max) issues.add(field, 'tooLong', { max, length: value.length });
    return value;
  };

/** One of a fixed list of ids, or '' when not chosen. */
const oneOf =
  (ids: readonly string[], code: string): FieldReader =>
  (issues, value, field) => {
    if (value === undefined || value === '' || ids.includes(value as string)) return value ?? '';
    return (issues.add(field, code, { value: String(value).slice(0, 40) }), '');
  };

const cost: FieldReader = (issues, value, field) => {
  if (value === undefined || value === null) return null;
  // The message quotes text that is not a number ("plenty"), shortened as the choices' are.
  if (typeof value !== 'number' || !Number.isFinite(value))
    issues.add(field, 'notANumber', typeof value === 'string' ? { value: value.slice(0, 40) } : undefined);
  else if (value < 0 || value > COST_MAX) issues.add(field, 'outOfRange', { value, min: 0, max: COST_MAX });
  else return value;
  return null;
};

const date: FieldReader = (issues, value, field) => {
  if (value === undefined || value === '' || (typeof value === 'string' && isCalendarDate(value))) return value ?? '';
  return (issues.add(field, 'notADate'), '');
};

const bool: FieldReader = (issues, value, field) => {
  if (value !== undefined && typeof value !== 'boolean') issues.add(field, 'notABoolean');
  return value === true;
};

const role: FieldReader = (issues, value, field) =>
  isRaterRole(value) ? value : (issues.add(field, 'unknownRole'), 'peer');

/** A record keyed by criterion id: `read` checks each value; missing criteria take `blank`. */
const perCriterion =
  (read: FieldReader, blank: unknown): FieldReader =>
  (issues, value, field) => {
    const out: Record<string, unknown> = Object.fromEntries(CRITERION_IDS.map((id) => [id, blank]));
    if (value === undefined) return out;
    if (!isObject(value)) return (issues.add(field, 'notAnObject'), out);
    for (const [key, entry] of Object.entries(value)) {
      if (!isCriterionId(key)) issues.add(`${field}.${key}`, 'unknownCriterion');
      else out[key] = read(issues, entry, `${field}.${key}`);
    }
    return out;
  };

const score: FieldReader = (issues, value, field) =>
  value === null || isScore(value) ? value : (issues.add(field, 'badScore', { min: 1, max: 5 }), null);

const PLAN_ROW: Record<string, FieldReader> = {
  need: text(LIMITS.need),
  measure: text(LIMITS.measure),
  form: oneOf(CARE_FORM_IDS, 'unknownForm'),
  channel: oneOf(CHANNEL_IDS, 'unknownChannel'),
  timing: text(LIMITS.timing),
  cost,
  currency: text(LIMITS.currency),
};
const CHECKLIST_ITEM: Record<string, FieldReader> = {
  action: text(LIMITS.action),
  owner: text(LIMITS.owner),
  due: date,
  done: bool,
};
const RATING: Record<string, FieldReader> = {
  by: role,
  rater: text(LIMITS.rater),
  scores: perCriterion(score, null),
  comments: perCriterion(text(LIMITS.comment), ''),
};

/**
 * A list of entries: an array of at most `max` objects, each with an id (a letter and digits,
 * unique in the list) and the fields of `reader`. Unknown fields are dropped.
 */
function entries<T>(
  issues: Issues,
  value: unknown,
  field: string,
  reader: Record<string, FieldReader>,
  max: number,
): T[] {
  if (!Array.isArray(value)) return (issues.add(field, 'notAList'), []);
  if (value.length > max) issues.add(field, 'tooMany', { max });
  const ids = new Set<string>();
  const out: T[] = [];
  value.slice(0, max).forEach((entry: unknown, i) => {
    const at = `${field}.${i}`;
    if (!isObject(entry)) return issues.add(at, 'notAnObject');
    const id = entry['id'];
    if (typeof id !== 'string' || !ID.test(id)) issues.add(`${at}.id`, 'badId');
    else if (ids.has(id)) issues.add(`${at}.id`, 'duplicateId', { id });
    else ids.add(id);
    const clean: Record<string, unknown> = { id: typeof id === 'string' ? id : '' };
    for (const [key, read] of Object.entries(reader)) clean[key] = read(issues, entry[key], `${at}.${key}`);
    out.push(clean as T);
  });
  return out;
}

/**
 * Checks a worksheet of the current version and returns a clean copy (unknown fields dropped,
 * missing optional fields filled in). Reports every problem found, up to MAX_ISSUES. Never throws.
 */
export function validateWorksheet(data: unknown): Validated<Worksheet> {
  try {
    if (!isObject(data)) return fail({ field: '', code: 'notAnObject' });
    const issues = collector();
    const plan = entries<PlanRow>(issues, data['plan'], 'plan', PLAN_ROW, LIMITS.planRows);
    const checklist = entries<ChecklistItem>(
      issues,
      data['checklist'],
      'checklist',
      CHECKLIST_ITEM,
      LIMITS.checklistItems,
    );
    const before = issues.list.length;
    const ratings = entries<Rating>(issues, data['ratings'], 'ratings', RATING, LIMITS.peers + 1);
    const selves = ratings.filter((r) => r.by === 'self').length;
    // Only when the ratings themselves read well: an unknown role counted as a peer would add a second, confusing issue.
    if (issues.list.length === before && selves !== 1) issues.add('ratings', 'oneSelfRating', { found: selves });

    const answers = Object.fromEntries(QUESTION_IDS.map((id) => [id, ''])) as Record<QuestionId, string>;
    const answersValue = data['answers'] ?? {};
    const answerText = text(LIMITS.answer);
    if (!isObject(answersValue)) issues.add('answers', 'notAnObject');
    else {
      for (const [key, answer] of Object.entries(answersValue)) {
        if (!(QUESTION_IDS as readonly string[]).includes(key)) issues.add(`answers.${key}`, 'unknownQuestion');
        else answers[key as QuestionId] = answerText(issues, answer, `answers.${key}`) as string;
      }
    }

    if (issues.list.length > 0) return fail(...issues.list);
    return ok({ plan, checklist, ratings, answers });
  } catch {
    return fail({ field: '', code: 'unreadable' });
  }
}
