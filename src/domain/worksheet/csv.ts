/**
 * The worksheet as spreadsheet rows: four blocks — care plan, action checklist, ratings (one
 * column per rater, then totals and means), answers — each with its own heading row and
 * separated by a blank row. Headings and names come from the caller in the page's language;
 * learner text goes through `toCsv`, which neutralises anything a spreadsheet would run as a
 * formula. Costs and scores stay numbers so they can be added up.
 */
import type { CsvCell } from '../csv';
import {
  CRITERION_IDS,
  QUESTION_IDS,
  type CareFormId,
  type ChannelId,
  type CriterionId,
  type QuestionId,
  type RaterRole,
} from './ids';
import { summariseRatings } from './summary';
import type { Worksheet } from './worksheet';

export interface WorksheetCsvLabels {
  readonly title: string;
  readonly sections: Readonly<Record<'plan' | 'checklist' | 'ratings' | 'comments' | 'answers', string>>;
  readonly columns: Readonly<
    Record<
      | 'number'
      | 'need'
      | 'measure'
      | 'form'
      | 'channel'
      | 'timing'
      | 'cost'
      | 'currency'
      | 'action'
      | 'owner'
      | 'due'
      | 'done'
      | 'criterion'
      | 'rater'
      | 'comment'
      | 'question'
      | 'answer'
      | 'total'
      | 'mean'
      | 'peerMean',
      string
    >
  >;
  readonly forms: Readonly<Record<CareFormId, string>>;
  readonly channels: Readonly<Record<ChannelId, string>>;
  readonly criteria: Readonly<Record<CriterionId, string>>;
  readonly questions: Readonly<Record<QuestionId, string>>;
  readonly yes: string;
  readonly no: string;
  /** The heading of a rater's column: `by` with the peer's number (1, 2, …) and the name given. */
  readonly rater: (by: RaterRole, peerNumber: number, name: string) => string;
}

/** Two decimals at most, as a number (a mean of 3.666… shows as 3.67). */
const round2 = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

export function worksheetCsvRows(ws: Worksheet, labels: WorksheetCsvLabels): CsvCell[][] {
  const c = labels.columns;
  const rows: CsvCell[][] = [[labels.title], []];

  rows.push([labels.sections.plan]);
  rows.push([c.number, c.need, c.measure, c.form, c.channel, c.timing, c.cost, c.currency]);
  ws.plan.forEach((row, i) =>
    rows.push([
      i + 1,
      row.need,
      row.measure,
      row.form ? labels.forms[row.form] : '',
      row.channel ? labels.channels[row.channel] : '',
      row.timing,
      row.cost,
      row.currency,
    ]),
  );
  rows.push([]);

  rows.push([labels.sections.checklist]);
  rows.push([c.number, c.action, c.owner, c.due, c.done]);
  ws.checklist.forEach((item, i) =>
    rows.push([i + 1, item.action, item.owner, item.due, item.done ? labels.yes : labels.no]),
  );
  rows.push([]);

  const summary = summariseRatings(ws.ratings);
  let peerNumber = 0;
  const headings = ws.ratings.map((r) => labels.rater(r.by, r.by === 'peer' ? ++peerNumber : 0, r.rater.trim()));
  const hasPeers = peerNumber > 0;
  rows.push([labels.sections.ratings]);
  rows.push([c.criterion, ...headings, ...(hasPeers ? [c.peerMean] : [])]);
  CRITERION_IDS.forEach((criterion, i) => {
    const peerMean = summary.criteria[i]?.peerMean ?? null;
    rows.push([
      labels.criteria[criterion],
      ...ws.ratings.map((r) => r.scores[criterion]),
      ...(hasPeers ? [round2(peerMean)] : []),
    ]);
  });
  rows.push([
    `${c.total} (/${summary.totalMax})`,
    ...summary.raters.map((r) => r.total),
    ...(hasPeers ? [round2(summary.peerTotalMean)] : []),
  ]);
  rows.push([c.mean, ...summary.raters.map((r) => round2(r.mean))]);
  rows.push([]);

  rows.push([labels.sections.comments]);
  rows.push([c.rater, c.criterion, c.comment]);
  ws.ratings.forEach((r, i) => {
    for (const criterion of CRITERION_IDS) {
      const comment = r.comments[criterion].trim();
      if (comment !== '') rows.push([headings[i] ?? '', labels.criteria[criterion], comment]);
    }
  });
  rows.push([]);

  rows.push([labels.sections.answers]);
  rows.push([c.question, c.answer]);
  for (const q of QUESTION_IDS) rows.push([labels.questions[q], ws.answers[q]]);
  return rows;
}
