/**
 * The class gradebook: one row per trainee, one column per assignment item, each score on the
 * 0–100 scale the trainee saw, with what an instructor reads off a gradebook — per-column
 * counts, mean and median, sorting by any column, filtering by class code, score bands, case
 * endings and paths, the most-missed questions with the wrong answers chosen most often, a
 * trainee's whole file in words, and the table as CSV rows.
 *
 * Scores as the trainee saw them:
 * - self-checks and assessments: the best attempt as a whole percentage rounded down
 *   (`wholePercent`, the rule every quiz page uses);
 * - cases: the overall care score the case page showed, `Math.round` of the mean of the
 *   dimensions each put on 0–100 over the range reachable in the case (`normaliseScore`);
 *   without the case's ranges there is no score, only the ending;
 * - the care-plan worksheet: the self-assessment total out of its maximum, as a whole percentage
 *   rounded down; calculators are done or not, with no score.
 */
import type { CsvCell } from '../csv';
import { normaliseScore } from '../cases/scoring';
import { verdictOf, wholePercent, type Verdict } from '../quiz/display';
import { itemKey, type AssignmentItem } from './assignment';
import { spreadOf, type ClassView, type TraineeRow } from './class';
import type { ItemResult, ResultsFile } from './results';
import type { AttemptRecord } from '../cases/attempt';
import type { BankTexts, CaseTexts, ClassTexts, QuestionTexts } from './texts';
import { INTL_LOCALE, type Locale } from '../locale';
import { isObject, own } from '../guards';

/** A gradebook cell: a score, done without a score, or missing (not in the file, or not done). */
export interface GradeCell {
  readonly status: 'scored' | 'done' | 'missing';
  /** Whole percent 0–100 as the trainee saw it; null unless `scored`. */
  readonly percent: number | null;
  /** Raw figure behind the percent (`4/5`, `20/25`), or '' when there is none. */
  readonly detail: string;
  /** Cases: the ending reached. */
  readonly endingId: string | null;
}

export interface ColumnStats {
  /** Trainees (in the rows shown) who did the item. */
  readonly done: number;
  /** Trainees in the rows shown. */
  readonly of: number;
  /** Scores counted (cells with a percent). */
  readonly n: number;
  /** Mean percent to one decimal; null without scores. */
  readonly mean: number | null;
  readonly median: number | null;
  readonly min: number | null;
  readonly max: number | null;
}

export interface GradebookColumn {
  readonly key: string;
  readonly item: AssignmentItem;
  /** Whether cells of this item can carry a score. */
  readonly scored: boolean;
  readonly stats: ColumnStats;
}

export interface GradebookRow {
  /** Name (trimmed, lower case) and class code: unique in a class after de-duplication. */
  readonly key: string;
  readonly name: string;
  readonly classCode: string;
  readonly handedInAt: string;
  readonly late: boolean;
  readonly fileName: string;
  /** Items done. */
  readonly done: number;
  /** Items not done. */
  readonly missing: number;
  readonly cells: readonly GradeCell[];
  readonly file: ResultsFile;
}

export interface Gradebook {
  readonly columns: readonly GradebookColumn[];
  readonly rows: readonly GradebookRow[];
  /** Every class code in the files, sorted; the filter offers these. */
  readonly classCodes: readonly string[];
  /** The class code the rows are filtered by, or null for all. */
  readonly classCode: string | null;
}

const roundTo1 = (n: number) => Math.round(n * 10) / 10;

/** A case's overall score (0–100, rounded as the case page shows it); null without the case's ranges. */
export function caseOverall(
  texts: CaseTexts | undefined,
  scores: Readonly<Record<string, number | undefined>>,
): number | null {
  if (!texts || texts.dimensions.length === 0) return null;
  const values = texts.dimensions.map((d) => normaliseScore(own(scores, d.id) ?? 0, d));
  return Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}

const MISSING: GradeCell = { status: 'missing', percent: null, detail: '', endingId: null };

/** One item result as a gradebook cell. */
export function gradeOf(result: ItemResult | undefined, texts: ClassTexts): GradeCell {
  if (!result) return MISSING;
  switch (result.kind) {
    case 'case': {
      const a = result.attempt;
      if (!a) return MISSING;
      const overall = caseOverall(own(texts.cases, result.id), a.scores);
      return overall === null
        ? { status: 'done', percent: null, detail: '', endingId: a.endingId }
        : { status: 'scored', percent: overall, detail: '', endingId: a.endingId };
    }
    case 'worksheet': {
      const s = result.summary;
      if (!s || s.planRows === 0) return MISSING;
      return s.selfTotal === null
        ? { status: 'done', percent: null, detail: '', endingId: null }
        : {
            status: 'scored',
            percent: wholePercent(s.selfTotal, s.totalMax),
            detail: `${s.selfTotal}/${s.totalMax}`,
            endingId: null,
          };
    }
    case 'calculator':
      return result.fields === null ? MISSING : { status: 'done', percent: null, detail: '', endingId: null };
    case 'selfCheck':
    case 'assessment':
      return result.best
        ? {
            status: 'scored',
            percent: wholePercent(result.best.earned, result.best.total),
            detail: `${result.best.earned}/${result.best.total}`,
            endingId: null,
          }
        : MISSING;
  }
}

const rowKey = (name: string, classCode: string) => `${name.trim().toLowerCase()}\u0000${classCode.toLowerCase()}`;

function statsOf(cells: readonly GradeCell[]): ColumnStats {
  const percents = cells.flatMap((c) => (c.percent === null ? [] : [c.percent]));
  const spread = spreadOf(percents);
  return {
    done: cells.filter((c) => c.status !== 'missing').length,
    of: cells.length,
    n: percents.length,
    mean: percents.length ? roundTo1(percents.reduce((a, b) => a + b, 0) / percents.length) : null,
    median: spread ? spread.median : null,
    min: spread ? spread.min : null,
    max: spread ? spread.max : null,
  };
}

const SCORED_KINDS = new Set(['case', 'worksheet', 'selfCheck', 'assessment']);

/** The gradebook of a class view, optionally only one class code's trainees. */
export function buildGradebook(view: ClassView, texts: ClassTexts, classCode: string | null = null): Gradebook {
  const classCodes = [...new Set(view.rows.map((r) => r.classCode))].sort();
  const filter = classCode !== null && classCodes.includes(classCode) ? classCode : null;
  const shown = filter === null ? view.rows : view.rows.filter((r) => r.classCode === filter);
  const rows = shown.map((row: TraineeRow): GradebookRow => {
    const byKey = new Map(row.file.payload.items.map((r) => [itemKey(r), r]));
    const cells = view.items.map((item) => gradeOf(byKey.get(itemKey(item)), texts));
    const done = cells.filter((c) => c.status !== 'missing').length;
    return {
      key: rowKey(row.name, row.classCode),
      name: row.name,
      classCode: row.classCode,
      handedInAt: row.handedInAt,
      late: row.late,
      fileName: row.fileName,
      done,
      missing: cells.length - done,
      cells,
      file: row.file,
    };
  });
  const columns = view.items.map((item, i): GradebookColumn => ({
    key: itemKey(item),
    item,
    scored: SCORED_KINDS.has(item.kind),
    stats: statsOf(rows.map((r) => r.cells[i] as GradeCell)),
  }));
  return { columns, rows, classCodes, classCode: filter };
}

// ---- sorting -------------------------------------------------------------------------------

/** A fixed column, or the index of an item column. */
export type SortColumn = 'name' | 'classCode' | 'handedIn' | 'late' | 'done' | number;
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  readonly column: SortColumn;
  readonly direction: SortDirection;
}

/**
 * What a row sorts by in a column: text, a number, or null (missing, always listed last).
 * Item columns: the percent; done without a score sorts below every score (-1).
 */
export function sortKey(row: GradebookRow, column: SortColumn): string | number | null {
  switch (column) {
    case 'name':
      return row.name;
    case 'classCode':
      return row.classCode;
    case 'handedIn':
      return Date.parse(row.handedInAt);
    case 'late':
      return row.late ? 1 : 0;
    case 'done':
      return row.done;
    default: {
      const cell = row.cells[column];
      if (!cell || cell.status === 'missing') return null;
      return cell.percent ?? -1;
    }
  }
}

/**
 * The rows sorted by a column: missing values last in either direction, ties by name then
 * class code (ascending), so the order is total and stable whatever the input order.
 */
export function sortRows(rows: readonly GradebookRow[], sort: SortState, locale: Locale = 'en'): GradebookRow[] {
  const collator = new Intl.Collator(INTL_LOCALE[locale], { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compareKeys = (a: string | number, b: string | number) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return [...rows].sort((a, b) => {
    const ka = sortKey(a, sort.column);
    const kb = sortKey(b, sort.column);
    if (ka === null || kb === null) {
      if (ka !== kb) return ka === null ? 1 : -1;
    } else {
      const c = compareKeys(ka, kb);
      if (c !== 0) return sign * c;
    }
    return (
      collator.compare(a.name, b.name) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      (a.classCode < b.classCode ? -1 : a.classCode > b.classCode ? 1 : 0)
    );
  });
}

// ---- score bands, endings, paths -------------------------------------------------------------

export interface Band {
  /** Lowest percent in the band. */
  readonly from: number;
  /** Highest percent in the band (inclusive). */
  readonly to: number;
  readonly count: number;
}

/** Scores in ten bands: 0–9, 10–19, … 80–89, 90–100 (100 belongs to the last band). */
export function scoreBands(percents: readonly number[]): Band[] {
  const counts = Array.from({ length: 10 }, () => 0);
  for (const p of percents) {
    if (!Number.isFinite(p)) continue;
    const band = Math.min(9, Math.max(0, Math.floor(p / 10)));
    counts[band] = (counts[band] as number) + 1;
  }
  return counts.map((count, i) => ({ from: i * 10, to: i === 9 ? 100 : i * 10 + 9, count }));
}

/** The percents of one column. */
export const columnPercents = (gb: Gradebook, column: number): number[] =>
  gb.rows.flatMap((r) => {
    const p = r.cells[column]?.percent;
    return p === null || p === undefined ? [] : [p];
  });

const attemptOf = (file: ResultsFile, caseId: string): AttemptRecord | null => {
  const r = file.payload.items.find((i) => i.kind === 'case' && i.id === caseId);
  return r?.kind === 'case' ? r.attempt : null;
};

export interface EndingCount {
  readonly endingId: string;
  readonly count: number;
}

/** How many reached each ending of a case: most reached first, then by the case's ending order, then id. */
export function endingCounts(rows: readonly GradebookRow[], caseId: string, texts?: CaseTexts): EndingCount[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const a = attemptOf(row.file, caseId);
    if (a) counts.set(a.endingId, (counts.get(a.endingId) ?? 0) + 1);
  }
  const order = Object.keys(texts?.endings ?? {});
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...counts]
    .map(([endingId, count]) => ({ endingId, count }))
    .sort((a, b) => b.count - a.count || rank(a.endingId) - rank(b.endingId) || (a.endingId < b.endingId ? -1 : 1));
}

export interface CasePaths {
  /** Decision node ids, in the order first met. */
  readonly decisions: readonly string[];
  /** Per trainee who finished the case: decision node id → choice id. */
  readonly people: readonly {
    readonly key: string;
    readonly name: string;
    readonly choices: Readonly<Record<string, string>>;
  }[];
}

/** Which choice each trainee made at each decision point of a case. */
export function casePaths(rows: readonly GradebookRow[], caseId: string): CasePaths {
  const decisions: string[] = [];
  const people = rows.flatMap((row) => {
    const a = attemptOf(row.file, caseId);
    if (!a) return [];
    const choices: [string, string][] = [];
    for (const { nodeId, choiceId } of a.choices) {
      if (!decisions.includes(nodeId)) decisions.push(nodeId);
      choices.push([nodeId, choiceId]);
    }
    return [{ key: row.key, name: row.name, choices: Object.fromEntries(choices) }];
  });
  return { decisions, people };
}

/** Per decision point: how many reached it and how many took each choice (most taken first, then by id). */
export function decisionCounts(paths: CasePaths): {
  readonly nodeId: string;
  readonly reached: number;
  readonly choices: readonly { readonly choiceId: string; readonly count: number }[];
}[] {
  return paths.decisions.map((nodeId) => {
    const counts = new Map<string, number>();
    for (const person of paths.people) {
      const choiceId = own(person.choices, nodeId);
      if (choiceId !== undefined) counts.set(choiceId, (counts.get(choiceId) ?? 0) + 1);
    }
    const choices = [...counts]
      .map(([choiceId, count]) => ({ choiceId, count }))
      .sort((a, b) => b.count - a.count || (a.choiceId < b.choiceId ? -1 : 1));
    return { nodeId, reached: choices.reduce((sum, c) => sum + c.count, 0), choices };
  });
}

// ---- answers ---------------------------------------------------------------------------------

const stringList = (v: unknown): string[] | null =>
  Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : null;

/** The answer a file carries for a question, read by the question's type; null when it does not fit. */
export type ReadAnswer =
  | { readonly kind: 'selected'; readonly ids: readonly string[] }
  | { readonly kind: 'order'; readonly ids: readonly string[] }
  | { readonly kind: 'placements'; readonly placements: readonly (readonly [string, string])[] }
  | { readonly kind: 'value'; readonly value: string };

export function readAnswer(answer: unknown, type: QuestionTexts['type'] | undefined): ReadAnswer | null {
  if (!isObject(answer)) return null;
  const selected = stringList(answer['selected']);
  const order = stringList(answer['order']);
  const placements = answer['placements'];
  const value = answer['value'];
  if ((type === undefined || type === 'singleChoice' || type === 'multipleChoice') && selected)
    return { kind: 'selected', ids: selected };
  if ((type === undefined || type === 'ordering') && order) return { kind: 'order', ids: order };
  if (
    (type === undefined || type === 'matching') &&
    isObject(placements) &&
    Object.values(placements).every((c) => typeof c === 'string')
  ) {
    return { kind: 'placements', placements: Object.entries(placements as Record<string, string>) };
  }
  if ((type === undefined || type === 'numeric') && typeof value === 'string') return { kind: 'value', value };
  return null;
}

const textOf = (options: QuestionTexts['options'] | undefined, id: string) =>
  options?.find((o) => o.id === id)?.text ?? id;

/** An answer in words, one line per part: options chosen, items in order, item → category, the number typed. */
export function answerLines(answer: ReadAnswer | null, q: QuestionTexts | undefined): string[] {
  if (!answer) return [];
  switch (answer.kind) {
    case 'selected':
      return answer.ids.map((id) => textOf(q?.options, id));
    case 'order':
      return answer.ids.map((id, i) => `${i + 1}. ${textOf(q?.options, id)}`);
    case 'placements':
      return answer.placements.map(
        ([item, category]) => `${textOf(q?.options, item)} → ${textOf(q?.categories, category)}`,
      );
    case 'value':
      return [q?.unit ? `${answer.value} ${q.unit}` : answer.value];
  }
}

/** One wrong part of an answer: an option ticked wrongly, an item placed wrongly, a whole order, a number. */
export type WrongAnswer =
  | { readonly kind: 'option'; readonly optionId: string }
  | { readonly kind: 'placement'; readonly itemId: string; readonly categoryId: string }
  | { readonly kind: 'order'; readonly ids: readonly string[] }
  | { readonly kind: 'value'; readonly value: string };

const wrongKey = (w: WrongAnswer) =>
  w.kind === 'option'
    ? `o\u0000${w.optionId}`
    : w.kind === 'placement'
      ? `p\u0000${w.itemId}\u0000${w.categoryId}`
      : w.kind === 'order'
        ? `r\u0000${w.ids.join('\u0000')}`
        : `v\u0000${w.value.trim()}`;

/** The wrong parts of a missed answer, judged against the question's key where there is one. */
export function wrongParts(answer: ReadAnswer | null, q: QuestionTexts | undefined): WrongAnswer[] {
  if (!answer) return [];
  switch (answer.kind) {
    case 'selected':
      return q
        ? answer.ids.filter((id) => !q.correct.includes(id)).map((optionId) => ({ kind: 'option', optionId }))
        : [];
    case 'placements':
      return q
        ? answer.placements
            .filter(([item, cat]) => own(q.correctCategory, item) !== cat)
            .map(([itemId, categoryId]) => ({ kind: 'placement', itemId, categoryId }))
        : [];
    case 'order':
      return [{ kind: 'order', ids: answer.ids }];
    case 'value':
      return answer.value.trim() === '' ? [] : [{ kind: 'value', value: answer.value.trim() }];
  }
}

/** A wrong answer in words. */
export function wrongText(w: WrongAnswer, q: QuestionTexts | undefined): string {
  switch (w.kind) {
    case 'option':
      return textOf(q?.options, w.optionId);
    case 'placement':
      return `${textOf(q?.options, w.itemId)} → ${textOf(q?.categories, w.categoryId)}`;
    case 'order':
      return w.ids.map((id) => textOf(q?.options, id)).join(' → ');
    case 'value':
      return q?.unit ? `${w.value} ${q.unit}` : w.value;
  }
}

/** Whether any file's latest attempt at a bank carries per-question points (else nothing can be said of misses). */
export function hasQuestionPoints(rows: readonly GradebookRow[], bankId: string): boolean {
  return rows.some((row) =>
    row.file.payload.items.some(
      (r) =>
        (r.kind === 'selfCheck' || r.kind === 'assessment') && r.id === bankId && r.latest?.questions !== undefined,
    ),
  );
}

export interface MissedQuestionDetail {
  readonly bankId: string;
  readonly questionId: string;
  /** Trainees whose latest attempt did not earn all the question's points. */
  readonly missed: number;
  /** Trainees whose latest attempt has points for the question. */
  readonly answered: number;
  /** Wrong answers among those who missed it, most often chosen first. */
  readonly wrong: readonly { readonly answer: WrongAnswer; readonly count: number }[];
}

/**
 * Questions missed by at least one trainee (latest attempts with per-question points): highest
 * share missed first, then most missed, then by bank and the question's place in its bank.
 */
export function missedQuestions(rows: readonly GradebookRow[], texts: ClassTexts): MissedQuestionDetail[] {
  const tally = new Map<
    string,
    {
      bankId: string;
      questionId: string;
      missed: number;
      answered: number;
      wrong: Map<string, { answer: WrongAnswer; count: number }>;
    }
  >();
  for (const row of rows) {
    for (const r of row.file.payload.items) {
      if ((r.kind !== 'selfCheck' && r.kind !== 'assessment') || !r.latest?.questions) continue;
      const bank = own(texts.banks, r.id);
      for (const [questionId, points] of Object.entries(r.latest.questions)) {
        const key = `${r.id}\u0000${questionId}`;
        const t = tally.get(key) ?? { bankId: r.id, questionId, missed: 0, answered: 0, wrong: new Map() };
        t.answered += 1;
        if (verdictOf(points.earned, points.total) !== 'right') {
          t.missed += 1;
          const q = bank?.questions.find((x) => x.id === questionId);
          for (const w of wrongParts(readAnswer(own(r.latest.answers, questionId), q?.type), q)) {
            const k = wrongKey(w);
            const entry = t.wrong.get(k) ?? { answer: w, count: 0 };
            entry.count += 1;
            t.wrong.set(k, entry);
          }
        }
        tally.set(key, t);
      }
    }
  }
  const place = (bankId: string, questionId: string) => {
    const i = own(texts.banks, bankId)?.questions.findIndex((q) => q.id === questionId) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...tally.values()]
    .filter((t) => t.missed > 0)
    .map((t) => ({
      bankId: t.bankId,
      questionId: t.questionId,
      missed: t.missed,
      answered: t.answered,
      wrong: [...t.wrong.values()].sort(
        (a, b) => b.count - a.count || (wrongKey(a.answer) < wrongKey(b.answer) ? -1 : 1),
      ),
    }))
    .sort(
      (a, b) =>
        b.missed / b.answered - a.missed / a.answered ||
        b.missed - a.missed ||
        (a.bankId < b.bankId ? -1 : a.bankId > b.bankId ? 1 : 0) ||
        place(a.bankId, a.questionId) - place(b.bankId, b.questionId),
    );
}

// ---- one trainee's file ------------------------------------------------------------------------

export interface AnswerReview {
  readonly questionId: string;
  /** The question's text; null when the bank is not known (then the id is shown). */
  readonly prompt: string | null;
  readonly answer: readonly string[];
  /** From the points in the file; null when it has none for this question. */
  readonly verdict: Verdict | null;
}

export interface QuizReview {
  readonly bestPercent: number | null;
  readonly latestPercent: number | null;
  readonly latestAt: string | null;
  readonly questions: readonly AnswerReview[];
}

/** A self-check or assessment from a trainee's file: best and latest score, each question answered, in words. */
export function quizReview(
  result: Extract<ItemResult, { kind: 'selfCheck' | 'assessment' }>,
  bank: BankTexts | undefined,
): QuizReview {
  const latest = result.latest;
  const ids = latest ? Object.keys(latest.answers) : [];
  for (const id of Object.keys(latest?.questions ?? {})) if (!ids.includes(id)) ids.push(id);
  const known = bank?.questions.map((q) => q.id) ?? [];
  const ordered = [...known.filter((id) => ids.includes(id)), ...ids.filter((id) => !known.includes(id))];
  return {
    bestPercent: result.best ? wholePercent(result.best.earned, result.best.total) : null,
    latestPercent: latest ? wholePercent(latest.earned, latest.total) : null,
    latestAt: latest?.at ?? null,
    questions: ordered.map((questionId) => {
      const q = bank?.questions.find((x) => x.id === questionId);
      const points = own(latest?.questions, questionId);
      return {
        questionId,
        prompt: q?.prompt ?? null,
        answer: answerLines(readAnswer(own(latest?.answers, questionId), q?.type), q),
        verdict: points ? verdictOf(points.earned, points.total) : null,
      };
    }),
  };
}

export interface CaseReview {
  readonly steps: readonly {
    readonly nodeId: string;
    readonly prompt: string;
    readonly choiceId: string;
    readonly choice: string;
  }[];
  readonly endingId: string;
  readonly ending: string;
  readonly endingKind: string | null;
  /** Per care dimension: points in the file and the score on 0–100 (null without the case's ranges). */
  readonly profile: readonly { readonly dimension: string; readonly points: number; readonly score: number | null }[];
  readonly overall: number | null;
  readonly reflectionPrompt: string | null;
  readonly reflection: string;
  readonly checklist: readonly { readonly id: string; readonly text: string; readonly ticked: boolean }[];
  readonly finishedAt: string;
}

/** A case attempt from a trainee's file, in words: the path, the ending, the care profile, the reflection. */
export function caseReview(attempt: AttemptRecord, texts: CaseTexts | undefined): CaseReview {
  const scores = attempt.scores as Readonly<Record<string, number | undefined>>;
  const dims = texts?.dimensions ?? Object.keys(scores).map((id) => ({ id, min: 0, max: 0 }));
  const ending = own(texts?.endings, attempt.endingId);
  const listed = Object.keys(texts?.checklist ?? {});
  const checklistIds = [...listed, ...Object.keys(attempt.reflection.checklist).filter((id) => !listed.includes(id))];
  return {
    steps: attempt.choices.map(({ nodeId, choiceId }) => ({
      nodeId,
      prompt: own(texts?.prompts, nodeId) ?? nodeId,
      choiceId,
      choice: own(texts?.choices, `${nodeId}/${choiceId}`) ?? choiceId,
    })),
    endingId: attempt.endingId,
    ending: ending?.title ?? attempt.endingId,
    endingKind: ending?.kind ?? null,
    profile: dims.map((d) => ({
      dimension: d.id,
      points: own(scores, d.id) ?? 0,
      score: texts ? Math.round(normaliseScore(own(scores, d.id) ?? 0, d)) : null,
    })),
    overall: caseOverall(texts, scores),
    reflectionPrompt: texts?.reflectionPrompt ?? null,
    reflection: attempt.reflection.text,
    checklist: checklistIds.map((id) => ({
      id,
      text: own(texts?.checklist, id) ?? id,
      ticked: own(attempt.reflection.checklist, id) === true,
    })),
    finishedAt: attempt.finishedAt,
  };
}

// ---- CSV -----------------------------------------------------------------------------------

export interface GradebookCsvLabels {
  readonly name: string;
  readonly classCode: string;
  readonly handedInAt: string;
  readonly late: string;
  readonly completed: string;
  readonly yes: string;
  readonly no: string;
  readonly done: string;
  readonly missing: string;
}

/**
 * The gradebook as CSV rows, in the order shown: items done as a number (never "3/4", which a
 * spreadsheet reads as a date; `labels.completed` says out of how many), per item the percent as
 * a number (the header says "(%)"), else the `done` or `missing` label. Pass to `toCsv`, which
 * neutralises formulas.
 */
export function gradebookCsvRows(
  rows: readonly GradebookRow[],
  columns: readonly GradebookColumn[],
  labels: GradebookCsvLabels,
  columnLabel: (column: GradebookColumn) => string,
): CsvCell[][] {
  const header: CsvCell[] = [
    labels.name,
    labels.classCode,
    labels.handedInAt,
    labels.late,
    labels.completed,
    ...columns.map((c) => (c.scored ? `${columnLabel(c)} (%)` : columnLabel(c))),
  ];
  const body = rows.map((row): CsvCell[] => [
    row.name,
    row.classCode,
    row.handedInAt,
    row.late ? labels.yes : labels.no,
    row.done,
    ...row.cells.map((c): CsvCell =>
      c.status === 'missing' ? labels.missing : c.percent !== null ? c.percent : labels.done,
    ),
  ]);
  return [header, ...body];
}
