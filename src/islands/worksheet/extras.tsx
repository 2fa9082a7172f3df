/**
 * What the worksheet needs only after the learner does something — export, import, check,
 * print — loaded on the first interaction so the page starts light.
 */
import { format, type Locale } from '../../i18n/format';
import { toCsv } from '../../domain/csv';
import { CARE_FORM_IDS, CHANNEL_IDS, CRITERION_IDS, QUESTION_IDS } from '../../domain/worksheet/ids';
import { worksheetCsvRows, type WorksheetCsvLabels } from '../../domain/worksheet/csv';
import { buildWorksheetFile, parseWorksheetFile } from '../../domain/worksheet/file';
import { worksheetSlot } from '../../domain/worksheet/slot';
import type { Worksheet } from '../../domain/worksheet/worksheet';
import { datedName, downloadText } from '../../browser/download';
import { WORKSHEET_FILE_MAX_BYTES } from '../../domain/worksheet/worksheet';
import type { Validated } from '../../domain/result';
import { replaceWorksheet } from '../../stores/worksheet';
import { readCheckedFile } from '../../domain/files/checkFile';
import { fileIssueText } from '../../i18n/fileIssue';
import { controlId, issueText, problemText } from './messages';
import { reviewWorksheet } from '../../domain/worksheet/review';
import type { FieldIssue } from '../../domain/result';
import type { WorksheetStrings } from './strings';

export { default as PrintView } from './PrintView';
export { default as ReviewList } from './ReviewList';
export { default as Reference } from './Reference';

function csvLabels(s: WorksheetStrings): WorksheetCsvLabels {
  const pick = <K extends string>(ids: readonly K[], key: (id: K) => string) =>
    Object.fromEntries(ids.map((id) => [id, (s as Record<string, string>)[key(id)] ?? id])) as Record<K, string>;
  return {
    title: s['worksheet.csvTitle'],
    sections: {
      plan: s['worksheet.plan.heading'],
      checklist: s['worksheet.checklist.heading'],
      ratings: s['worksheet.score.heading'],
      comments: s['worksheet.csvComments'],
      answers: s['worksheet.answers.heading'],
    },
    columns: pick(
      [
        'number',
        'need',
        'measure',
        'form',
        'channel',
        'timing',
        'cost',
        'currency',
        'action',
        'owner',
        'due',
        'done',
        'criterion',
        'rater',
        'comment',
        'question',
        'answer',
        'total',
        'mean',
        'peerMean',
      ] as const,
      (c) => `worksheet.col.${c}`,
    ),
    forms: pick(CARE_FORM_IDS, (id) => `worksheet.form.${id}`),
    channels: pick(CHANNEL_IDS, (id) => `worksheet.channel.${id}`),
    criteria: pick(CRITERION_IDS, (id) => `worksheet.criterion.${id}`),
    questions: pick(QUESTION_IDS, (id) => `worksheet.q.${id}`),
    yes: s['worksheet.yes'],
    no: s['worksheet.no'],
    rater: (by, n, name) => {
      const label = by === 'self' ? s['worksheet.raterHeading.self'] : format(s['worksheet.raterHeading.peer'], { n });
      return name ? format(s['worksheet.raterNamed'], { label, name }) : label;
    },
  };
}

/**
 * Download the worksheet: as CSV for a spreadsheet (UTF-8 with a byte-order mark, formulas
 * neutralised), or as the JSON file that import reads back.
 */
export function exportWorksheet(kind: 'csv' | 'json', ws: Worksheet, s: WorksheetStrings): void {
  if (kind === 'csv')
    downloadText(
      datedName('ww-care-plan', 'csv'),
      toCsv(worksheetCsvRows(ws, csvLabels(s)), { bom: true }),
      'text/csv',
    );
  else downloadText(datedName('ww-care-plan', 'json'), buildWorksheetFile(ws, worksheetSlot.version, new Date()));
}

/** Problems listed at most in one import message; the rest are counted. */
const SHOWN_ISSUES = 12;

/**
 * Import a worksheet file, all or nothing: it replaces the saved worksheet only if it is valid
 * throughout. Returns the messages to show: the problems (at most SHOWN_ISSUES, then a count).
 */
export async function importWorksheetFile(
  file: File,
  s: WorksheetStrings,
  locale: Locale,
): Promise<{ ok: true } | { ok: false; issues: string[] }> {
  // The shared file check first (size before reading, then text): an image or a binary file
  // gets its own message and nothing is parsed or written.
  const checked = await readCheckedFile(file, { maxBytes: WORKSHEET_FILE_MAX_BYTES, expect: 'json' });
  if (!checked.ok)
    return {
      ok: false,
      issues: checked.issues.map((issue) => fileIssueText(issue, s, locale) ?? issueText(s, issue, locale)),
    };
  const parsed: Validated<Worksheet> = parseWorksheetFile(checked.value, worksheetSlot);
  if (parsed.ok) {
    replaceWorksheet(parsed.value);
    return { ok: true };
  }
  const issues = parsed.issues.slice(0, SHOWN_ISSUES).map((issue) => issueText(s, issue, locale));
  if (parsed.issues.length > SHOWN_ISSUES)
    issues.push(format(s['worksheet.moreIssues'], { n: parsed.issues.length - SHOWN_ISSUES }));
  return { ok: false, issues };
}

/** What a finished worksheet still lacks, and the message to show next to each control concerned. */
export function review(
  ws: Worksheet,
  s: WorksheetStrings,
  locale: Locale,
): { issues: FieldIssue[]; errors: Map<string, string> } {
  const issues = reviewWorksheet(ws);
  const errors = new Map<string, string>();
  for (const issue of issues) {
    const id = controlId(ws, issue.field);
    if (id && !errors.has(id)) errors.set(id, problemText(s, issue, locale));
  }
  return { issues, errors };
}
