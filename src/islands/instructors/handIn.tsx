/** Making the results file: loaded when the trainee hands in (the checks and hashing are not needed before). */
import { buildResultsFile, resultsFileText, type ItemResult, type ResultsFile } from '../../domain/instructors/results';
import { itemKey, type Assignment } from '../../domain/instructors/assignment';
import { cellOf } from '../../domain/instructors/cells';
import { format } from '../../i18n/format';
import { downloadText } from '../../browser/download';
import { fileDate, formatDateTime } from '../../i18n/dates';
import type { Locale } from '../../domain/locale';

const safe = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'x';

/** Build, download and return the results file. */
export async function handIn(
  assignment: Assignment,
  name: string,
  items: readonly ItemResult[],
  now = new Date(),
): Promise<{ file: ResultsFile; fileName: string }> {
  const file = await buildResultsFile({
    assignment,
    trainee: { name: name.trim() },
    handedInAt: now.toISOString(),
    items,
  });
  const fileName = `results-${safe(assignment.classCode)}-${safe(name)}-${fileDate(now)}.json`;
  downloadText(fileName, resultsFileText(file));
  return { file, fileName };
}

type SummaryStrings = Record<
  | 'inst.summary.heading'
  | 'inst.summary.handedInAt'
  | 'inst.summary.checksum'
  | 'inst.summary.print'
  | 'inst.status.done'
  | 'inst.status.missing',
  string
>;

/** The printable summary of what was handed in. */
export function HandInSummary({
  file,
  strings,
  locale,
  labelOf,
}: {
  file: ResultsFile;
  strings: SummaryStrings;
  locale: Locale;
  labelOf: (key: string) => string | undefined;
}) {
  return (
    <section id="inst-summary" tabIndex={-1} class="box inst-summary" aria-labelledby="inst-summary-heading">
      <h2 id="inst-summary-heading">{strings['inst.summary.heading']}</h2>
      <p>
        {file.payload.trainee.name} ·{' '}
        {format(strings['inst.summary.handedInAt'], { time: formatDateTime(file.payload.handedInAt, locale) })}
      </p>
      <ul>
        {file.payload.items.map((r) => {
          const c = cellOf(r);
          return (
            <li key={itemKey(r)}>
              {labelOf(itemKey(r)) ?? r.id}: {c.done ? strings['inst.status.done'] : strings['inst.status.missing']}
              {c.detail && r.kind !== 'case' ? ` (${c.detail})` : ''}
            </li>
          );
        })}
      </ul>
      <p class="inst-checksum">{format(strings['inst.summary.checksum'], { value: file.checksum.value })}</p>
      <button type="button" class="secondary no-print" onClick={() => window.print()}>
        {strings['inst.summary.print']}
      </button>
    </section>
  );
}
