/**
 * How the worksheet words a problem: "Care plan, row 2, Cost: must be a number", and which
 * control it is about. Loaded with the other extras, only when a check or an import needs it.
 */
import { format, type Locale } from '../../i18n/format';
import { issuePhrase } from '../../i18n/issues';
import { messageNumber } from '../../i18n/numbers';
import type { FieldIssue } from '../../domain/result';
import { locateIssue } from '../../domain/worksheet/locate';
import type { Worksheet } from '../../domain/worksheet/worksheet';
import type { WorksheetStrings } from './strings';

/** A string by a computed key, falling back to `fallback` for keys from an imported file. */
function lookup(s: WorksheetStrings, key: string, fallback: string): string {
  return Object.prototype.hasOwnProperty.call(s, key) ? (s as Record<string, string>)[key]! : fallback;
}

/** The name of a column or field as the learner sees it. */
function columnName(s: WorksheetStrings, section: string, column: string): string {
  if (section === 'answers') return lookup(s, `worksheet.qShort.${column}`, column);
  if (section === 'ratings') {
    const [kind, criterion = ''] = column.split('.');
    const name = lookup(s, `worksheet.criterion.${criterion}`, criterion);
    if (kind === 'scores' && criterion) return format(s['worksheet.at.score'], { criterion: name });
    if (kind === 'comments' && criterion) return format(s['worksheet.at.comment'], { criterion: name });
    if (kind === 'by') return s['worksheet.col.role'];
  }
  return lookup(s, `worksheet.col.${column}`, column);
}

/** "Care plan, row 2, Cost" — where an issue is. */
export function placeText(s: WorksheetStrings, field: string): string {
  const at = locateIssue(field);
  let place: string;
  switch (at.section) {
    case 'plan':
      place = at.index ? format(s['worksheet.at.plan'], { n: at.index }) : s['worksheet.at.planTable'];
      break;
    case 'checklist':
      place = at.index ? format(s['worksheet.at.checklist'], { n: at.index }) : s['worksheet.at.checklistList'];
      break;
    case 'ratings':
      place = at.index ? format(s['worksheet.at.ratings'], { n: at.index }) : s['worksheet.at.ratingsList'];
      break;
    case 'answers':
      place = s['worksheet.at.answers'];
      break;
    default:
      return s['worksheet.at.file'];
  }
  return at.column ? format(s['worksheet.at.column'], { place, column: columnName(s, at.section, at.column) }) : place;
}

/** What is wrong, without where ("please fill this in"): the shared words, else the worksheet's own. */
export function problemText(s: WorksheetStrings, issue: FieldIssue, locale: Locale): string {
  return (
    issuePhrase(issue, s, messageNumber(locale)) ??
    format(lookup(s, `worksheet.issue.${issue.code}`, s['worksheet.issue.other']), issue.params ?? {})
  );
}

/** The whole message: "Care plan, row 2, Cost: “abc” is not a number". */
export const issueText = (s: WorksheetStrings, issue: FieldIssue, locale: Locale) =>
  format(s['worksheet.issueLine'], { where: placeText(s, issue.field), problem: problemText(s, issue, locale) });

/** The id of the control an issue is about, so a message can take the learner there. */
export function controlId(ws: Worksheet, field: string): string | null {
  const [section, index, column] = field.split('.');
  if (section === 'plan') {
    if (index === undefined) return 'ws-add-row';
    const row = ws.plan[Number(index)];
    return row ? `ws-p-${row.id}-${column ?? 'need'}` : null;
  }
  if (section === 'checklist') {
    if (index === undefined) return 'ws-add-item';
    const item = ws.checklist[Number(index)];
    return item ? `ws-c-${item.id}-${column ?? 'action'}` : null;
  }
  if (section === 'answers' && index !== undefined) return `ws-a-${index}`;
  return null;
}

/** Short column headings for raters ("Self (Li)", "Peer 2"), in the worksheet's order. */
export function raterHeadings(
  s: WorksheetStrings,
  ratings: readonly { by: 'self' | 'peer'; rater: string }[],
): string[] {
  let peer = 0;
  return ratings.map((r) => {
    const label =
      r.by === 'self' ? s['worksheet.raterHeading.self'] : format(s['worksheet.raterHeading.peer'], { n: ++peer });
    const name = r.rater.trim();
    return name ? format(s['worksheet.raterNamed'], { label, name }) : label;
  });
}
