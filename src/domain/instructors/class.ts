/**
 * A class's results: many results files read together for the dashboard.
 *
 * Every file is checked on its own (a bad one is listed with its reason and does not block the
 * others). The same trainee — name (trimmed, case-insensitive) and class code — handing in more
 * than once keeps the latest hand-in; the others are reported. The views: trainees × items,
 * care-dimension distributions and choice counts per case, the most-missed self-check questions
 * (or, when no file has per-question points, the lowest-scoring banks), and late hand-ins (the
 * gradebook built on it, with its CSV rows, is in ./gradebook.ts).
 */
import type { FieldIssue } from '../result';
import { isLate, itemKey, type AssignmentItem } from './assignment';
import type { ResultsFile } from './results';
import { cellOf, share, type CellResult } from './cells';

export { cellOf, type CellResult };

/** One file as read: its name and the parse outcome. */
export type ReadFile =
  | { readonly fileName: string; readonly ok: true; readonly file: ResultsFile }
  | { readonly fileName: string; readonly ok: false; readonly issues: readonly FieldIssue[] };

export interface Submission {
  readonly fileName: string;
  readonly file: ResultsFile;
  readonly late: boolean;
}

export interface Duplicate {
  readonly name: string;
  readonly classCode: string;
  readonly kept: string;
  readonly dropped: readonly string[];
}


export interface TraineeRow {
  readonly name: string;
  readonly classCode: string;
  readonly handedInAt: string;
  readonly late: boolean;
  readonly fileName: string;
  readonly done: number;
  readonly cells: readonly (CellResult | null)[];
  /** The results file the row was read from (for the trainee view). */
  readonly file: ResultsFile;
}

export interface Spread {
  readonly n: number;
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

export interface CaseView {
  readonly caseId: string;
  readonly attempts: number;
  /** Per care dimension, over the trainees whose attempt scored it. */
  readonly dimensions: readonly { readonly dimension: string; readonly spread: Spread }[];
  /** Per decision point (node id, in first-seen order): choice id → count. */
  readonly decisions: readonly { readonly nodeId: string; readonly choices: readonly { readonly choiceId: string; readonly count: number }[] }[];
}

export interface MissedQuestion {
  readonly bankId: string;
  readonly questionId: string;
  readonly missed: number;
  readonly answered: number;
}

export interface BankScore {
  readonly bankId: string;
  readonly meanShare: number;
  readonly n: number;
}

export interface ClassView {
  readonly items: readonly AssignmentItem[];
  readonly rows: readonly TraineeRow[];
  readonly rejected: readonly { readonly fileName: string; readonly issues: readonly FieldIssue[] }[];
  readonly duplicates: readonly Duplicate[];
  /** Distinct assignment titles seen (more than one is worth a notice). */
  readonly titles: readonly string[];
  readonly cases: readonly CaseView[];
  /** Per-question misses, most missed first; empty when no file has per-question points. */
  readonly mostMissed: readonly MissedQuestion[];
  /** Mean best share per bank, lowest first. */
  readonly lowestBanks: readonly BankScore[];
  readonly late: readonly TraineeRow[];
}

const traineeKey = (file: ResultsFile) => `${file.payload.trainee.name.trim().toLowerCase()}\u0000${file.payload.assignment.classCode.toLowerCase()}`;

/** Keep the latest hand-in per trainee; report the others. Input order is kept for the rest. */
export function dedupe(files: readonly { readonly fileName: string; readonly file: ResultsFile }[]): {
  readonly kept: readonly { readonly fileName: string; readonly file: ResultsFile }[];
  readonly duplicates: readonly Duplicate[];
} {
  const byKey = new Map<string, { fileName: string; file: ResultsFile }[]>();
  for (const entry of files) {
    const key = traineeKey(entry.file);
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  }
  const kept: { fileName: string; file: ResultsFile }[] = [];
  const duplicates: Duplicate[] = [];
  for (const list of byKey.values()) {
    // Latest hand-in wins; on a tie, the file read last.
    let latest = list[0] as (typeof list)[number];
    for (const entry of list) if (Date.parse(entry.file.payload.handedInAt) >= Date.parse(latest.file.payload.handedInAt)) latest = entry;
    kept.push(latest);
    if (list.length > 1) {
      duplicates.push({
        name: latest.file.payload.trainee.name,
        classCode: latest.file.payload.assignment.classCode,
        kept: latest.fileName,
        dropped: list.filter((e) => e !== latest).map((e) => e.fileName),
      });
    }
  }
  const order = new Map(files.map((f, i) => [f, i]));
  kept.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return { kept, duplicates };
}

/** Min, median, max of some numbers (median of an even count: mean of the middle two). */
export function spreadOf(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { n: sorted.length, min: sorted[0] as number, median, max: sorted[sorted.length - 1] as number };
}

function caseViews(items: readonly AssignmentItem[], kept: readonly { readonly file: ResultsFile }[]): CaseView[] {
  return items
    .filter((item) => item.kind === 'case')
    .map((item) => {
      const attempts = kept
        .map(({ file }) => file.payload.items.find((r) => r.kind === 'case' && r.id === item.id))
        .flatMap((r) => (r?.kind === 'case' && r.attempt ? [r.attempt] : []));
      const byDimension = new Map<string, number[]>();
      const decisions = new Map<string, Map<string, number>>();
      for (const attempt of attempts) {
        for (const [dimension, value] of Object.entries(attempt.scores)) {
          if (typeof value !== 'number') continue;
          const list = byDimension.get(dimension) ?? [];
          list.push(value);
          byDimension.set(dimension, list);
        }
        for (const { nodeId, choiceId } of attempt.choices) {
          const counts = decisions.get(nodeId) ?? new Map<string, number>();
          counts.set(choiceId, (counts.get(choiceId) ?? 0) + 1);
          decisions.set(nodeId, counts);
        }
      }
      return {
        caseId: item.id,
        attempts: attempts.length,
        dimensions: [...byDimension].map(([dimension, values]) => ({ dimension, spread: spreadOf(values) as Spread })),
        decisions: [...decisions].map(([nodeId, counts]) => ({
          nodeId,
          choices: [...counts].map(([choiceId, count]) => ({ choiceId, count })).sort((a, b) => b.count - a.count || a.choiceId.localeCompare(b.choiceId)),
        })),
      };
    });
}

function quizViews(kept: readonly { readonly file: ResultsFile }[]): { mostMissed: MissedQuestion[]; lowestBanks: BankScore[] } {
  const missed = new Map<string, MissedQuestion>();
  const banks = new Map<string, { sum: number; n: number }>();
  for (const { file } of kept) {
    for (const r of file.payload.items) {
      if (r.kind !== 'selfCheck' && r.kind !== 'assessment') continue;
      if (r.best) {
        const b = banks.get(r.id) ?? { sum: 0, n: 0 };
        b.sum += share(r.best.earned, r.best.total);
        b.n += 1;
        banks.set(r.id, b);
      }
      for (const [questionId, q] of Object.entries(r.latest?.questions ?? {})) {
        const key = `${r.id}\u0000${questionId}`;
        const m = missed.get(key) ?? { bankId: r.id, questionId, missed: 0, answered: 0 };
        missed.set(key, { ...m, missed: m.missed + (q.earned < q.total ? 1 : 0), answered: m.answered + 1 });
      }
    }
  }
  return {
    mostMissed: [...missed.values()].filter((m) => m.missed > 0).sort((a, b) => b.missed / b.answered - a.missed / a.answered || b.missed - a.missed),
    lowestBanks: [...banks].map(([bankId, b]) => ({ bankId, meanShare: b.sum / b.n, n: b.n })).sort((a, b) => a.meanShare - b.meanShare),
  };
}

/** The whole class view from the files as read. */
export function aggregateClass(read: readonly ReadFile[]): ClassView {
  const rejected = read.flatMap((r) => (r.ok ? [] : [{ fileName: r.fileName, issues: r.issues }]));
  const good = read.flatMap((r) => (r.ok ? [{ fileName: r.fileName, file: r.file }] : []));
  const { kept, duplicates } = dedupe(good);
  const items: AssignmentItem[] = [];
  const seen = new Set<string>();
  const titles = new Set<string>();
  for (const { file } of kept) {
    titles.add(file.payload.assignment.title);
    for (const item of file.payload.assignment.items) {
      if (!seen.has(itemKey(item))) items.push(item);
      seen.add(itemKey(item));
    }
  }
  const rows: TraineeRow[] = kept.map(({ fileName, file }) => {
    const byKey = new Map(file.payload.items.map((r) => [itemKey(r), r]));
    const cells = items.map((item) => {
      const r = byKey.get(itemKey(item));
      return r ? cellOf(r) : null;
    });
    return {
      name: file.payload.trainee.name,
      classCode: file.payload.assignment.classCode,
      handedInAt: file.payload.handedInAt,
      late: isLate(file.payload.assignment.due, file.payload.handedInAt),
      fileName,
      done: cells.filter((c) => c?.done === true).length,
      cells,
      file,
    };
  });
  rows.sort((a, b) => a.name.localeCompare(b.name));
  return {
    items,
    rows,
    rejected,
    duplicates,
    titles: [...titles],
    cases: caseViews(items, kept),
    ...quizViews(kept),
    late: rows.filter((r) => r.late),
  };
}
