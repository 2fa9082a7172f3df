/**
 * The builder's downloadable tables: the results (one row per respondent: scores, segment,
 * strategy and the answers given) and the empty answer template. Both are plain rows for
 * `toCsv` (src/domain/csv.ts), which quotes cells and neutralises anything a spreadsheet
 * would run as a formula — a respondent id typed as `=cmd()` arrives as text.
 */
import type { CsvCell } from '../csv';
import type { ResponseSet } from '../indicators/responses';
import { RESPONDENT_COLUMN } from '../indicators/responses';
import type { RespondentScore } from '../indicators/score';
import type { LoyaltySegment } from '../loyalty/segment';

/** Column titles and segment texts in the page's language. */
export interface ResultsTableLabels {
  readonly respondent: string;
  readonly composite: string;
  readonly attitudinal: string;
  readonly behavioural: string;
  readonly segment: string;
  readonly strategy: string;
  readonly segmentNames: Readonly<Record<LoyaltySegment, string>>;
  readonly strategies: Readonly<Record<LoyaltySegment, string>>;
}

/** Scores to two decimals: enough for a report, without floating-point tails like 66.66666666666667. */
const round2 = (x: number | null): number | null =>
  x === null || !Number.isFinite(x) ? null : Math.round(x * 100) / 100;

/**
 * Results rows: a header, then one row per scored respondent with the answers in
 * `indicatorIds` order (columns headed by indicator id, as the import expects).
 * `scores` must be the scoring of `responses`, respondent for respondent.
 */
export function resultsRows(
  scores: readonly RespondentScore[],
  responses: ResponseSet,
  indicatorIds: readonly string[],
  labels: ResultsTableLabels,
): CsvCell[][] {
  const columns = indicatorIds.map((id) => responses.indicatorIds.indexOf(id));
  const header: CsvCell[] = [
    labels.respondent,
    labels.composite,
    labels.attitudinal,
    labels.behavioural,
    labels.segment,
    labels.strategy,
    ...indicatorIds,
  ];
  const rows = scores.map((score, i): CsvCell[] => {
    const answers = responses.respondents[i]?.answers ?? [];
    return [
      score.id,
      round2(score.composite),
      round2(score.attitudinal),
      round2(score.behavioural),
      labels.segmentNames[score.segment],
      labels.strategies[score.segment],
      ...columns.map((k) => (k >= 0 ? (answers[k] ?? null) : null)),
    ];
  });
  return [header, ...rows];
}

/** The answer template: the header row the CSV import recognises (respondent id, then indicator ids). */
export function templateRows(indicatorIds: readonly string[]): CsvCell[][] {
  return [[RESPONDENT_COLUMN, ...indicatorIds]];
}
