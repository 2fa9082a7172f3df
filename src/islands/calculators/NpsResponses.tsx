/**
 * The part of the NPS calculator that reads individual answers: the paste box, the file upload,
 * the column choice, the report of ignored values, and the 0–10 distribution as a chart and a
 * table. Loaded on demand (it brings the CSV parser), when someone chooses that mode.
 */
import {
  detectShape,
  IGNORED_REASONS,
  parseNpsResponses,
  type ParsedNpsResponses,
  type TableColumn,
} from '../../domain/loyalty/npsResponses';
import { readCheckedFile } from '../../domain/files/checkFile';
import { fileIssueText } from '../../i18n/fileIssue';
import { useState } from 'preact/hooks';
import type { FieldIssue, Validated } from '../../domain/result';
import type { ValueLocation } from '../../domain/loyalty/npsResponses';
import type { CalcFields } from '../../domain/calculators/fields';
import { encodeShare, MAX_SHARE_PARAM } from '../../domain/calculators/share';
import type { NpsResult } from '../../domain/loyalty/netPromoterScore';
import { Choice, FieldBox, type Calc, type CalcKey } from './shell';
import { FileInput } from '../FileInput';

/** Largest file read, in bytes: about a million answers. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Answers shown inline per reason; the rest are in the full list below them. */
const INLINE_EXAMPLES = 5;

export interface Reading {
  readonly result: Validated<ParsedNpsResponses>;
  /** The table's columns to choose from: empty unless the text is a table (see the domain reader). */
  readonly columns: readonly TableColumn[];
}

/** Reads the answers, from `column` (its number as text, '' to find it automatically). */
export function read(text: string, column: string): Reading {
  const number = column === '' ? undefined : Number(column);
  const result = parseNpsResponses(text, number === undefined ? {} : { columnNumber: number });
  const columns = result.ok ? (result.value.layout === 'column' ? result.value.columns : []) : tableColumns(text);
  return { result, columns };
}

/** The columns of a table that could not be read, so one can be chosen. */
function tableColumns(text: string): readonly TableColumn[] {
  const shape = detectShape(text);
  return shape.layout === 'column' ? shape.columns : [];
}

/** What a share link carries: the answers, or — when they are too long for a link — the three counts. */
export function shareAsCounts(c: Calc, f: CalcFields, r: NpsResult): { fields: CalcFields; note?: string } {
  if (encodeShare(f).length <= MAX_SHARE_PARAM) return { fields: f };
  const { promoters, passives, detractors } = r.counts;
  return {
    fields: {
      mode: 'counts',
      promoters: String(promoters),
      passives: String(passives),
      detractors: String(detractors),
      confidence: c.v('confidence'),
    },
    note: c.t('calc.nps.shareCounts'),
  };
}

/** The paste box, upload, column choice and what was read or ignored. */
export function ResponsesFields({ c, parsed, notSaved }: { c: Calc; parsed: Reading | null; notSaved: boolean }) {
  const [fileNote, setFileNote] = useState<{ bad: boolean; text: string } | null>(null);
  const ok = parsed?.result.ok ? parsed.result.value : null;
  const columns = parsed?.columns ?? [];
  const fileId = c.id('file');

  // The file is checked before anything changes: a refused file leaves the answers (and what is
  // saved of them) exactly as they were.
  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const name = file.name.slice(0, 80);
    const checked = await readCheckedFile(file, { maxBytes: MAX_FILE_BYTES, expect: 'table' });
    if (!checked.ok) {
      const issue = checked.issues[0] as FieldIssue;
      const reason = fileIssueText(issue, c.p.strings, c.p.locale) ?? issue.code;
      setFileNote({
        bad: true,
        text: `${c.t('calc.nps.fileRefused', { name, reason })} ${c.p.strings['file.unchanged'] ?? ''}`.trim(),
      });
      return;
    }
    c.patch({ responses: checked.value, column: '' });
    setFileNote({ bad: false, text: c.t('calc.nps.fileRead', { name }) });
  };

  const where = (e: ValueLocation) =>
    c.t(ok?.layout === 'column' && e.column > 1 ? 'calc.nps.atCell' : 'calc.nps.atRow', {
      row: e.row,
      column: e.column,
      value: e.value,
    });
  let ignored = '';
  if (ok && ok.ignoredTotal > 0) {
    const list = IGNORED_REASONS.filter((why) => ok.ignored[why].count > 0).map((why) => {
      const group = ok.ignored[why];
      const shown = group.examples.slice(0, INLINE_EXAMPLES).map(where);
      if (group.count > shown.length) shown.push('…');
      return `${c.t(`calc.nps.why.${why}` as CalcKey, { n: c.num(group.count, 0) })} (${shown.join(', ')})`;
    });
    ignored = c.t(ok.ignoredTotal === 1 ? 'calc.nps.ignoredOne' : 'calc.nps.ignored', {
      count: c.num(ok.ignoredTotal, 0),
      list: list.join(c.t('calc.nps.listSep')),
    });
  }
  const every = ok
    ? IGNORED_REASONS.flatMap((why) => ok.ignored[why].examples.map((e) => ({ why, e }))).sort(
        (a, b) => a.e.row - b.e.row || a.e.column - b.e.column,
      )
    : [];
  const reading = ok
    ? ok.layout === 'list'
      ? c.t('calc.nps.readingList')
      : c.t(ok.hasHeader ? 'calc.nps.readingTable' : 'calc.nps.readingGrid', { columns: ok.columns.length })
    : '';

  return (
    <>
      <FieldBox c={c} k="responses" label={c.t('calc.nps.responses')} hint={c.t('calc.nps.responsesHint')} csv={false}>
        {(a) => (
          <textarea
            {...a}
            rows={8}
            spellcheck={false}
            value={c.v('responses')}
            onInput={(e) => c.set('responses', e.currentTarget.value)}
          />
        )}
      </FieldBox>
      <div class="calc-field">
        <label for={fileId}>{c.t('calc.nps.upload')}</label>
        <FileInput
          strings={c.p.strings}
          id={fileId}
          accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values"
          disabled={!c.hydrated}
          aria-describedby={fileNote ? `${fileId}-e` : undefined}
          onChange={onFile}
        />
        {fileNote && (
          <p id={`${fileId}-e`} class={fileNote.bad ? 'field-error' : 'muted'} role="status">
            {fileNote.text}
          </p>
        )}
      </div>
      {ok && (
        <p class="muted calc-reading" data-reading={ok.layout}>
          {reading}
          {ok.layout === 'list' && ok.header !== null && ` ${c.t('calc.nps.headerSkipped', { header: ok.header })}`}
        </p>
      )}
      {(columns.length > 1 || c.v('column') !== '') && (
        <Choice
          c={c}
          k="column"
          label={c.t('calc.nps.column')}
          options={[
            ['', c.t('calc.nps.columnAuto')],
            ...columns.map(
              (col) =>
                [
                  String(col.number),
                  col.name
                    ? c.t('calc.nps.columnNamed', { n: col.number, name: col.name })
                    : c.t('calc.nps.columnN', { n: col.number }),
                ] as const,
            ),
          ]}
        />
      )}
      {notSaved && <p class="notice">{c.t('calc.nps.notSaved')}</p>}
      {ok && (
        <p class="muted" role="status">
          {c.t(ok.column ? 'calc.nps.readColumn' : 'calc.nps.read', {
            n: c.num(ok.n, 0),
            column: ok.column
              ? ok.column.name
                ? c.t('calc.nps.columnNamed', { n: ok.column.number, name: ok.column.name })
                : c.t('calc.nps.columnN', { n: ok.column.number })
              : '',
          })}
        </p>
      )}
      {ignored && (
        <div class="notice calc-ignored">
          <p role="status">{ignored}</p>
          {every.length > INLINE_EXAMPLES && (
            <details>
              <summary>{c.t('calc.nps.allIgnored', { n: c.num(ok?.ignoredTotal ?? 0, 0) })}</summary>
              <ul>
                {every.map(({ why, e }) => (
                  <li key={`${e.row}-${e.column}`}>
                    {where(e)} — {c.t(`calc.nps.because.${why}` as CalcKey)}
                  </li>
                ))}
                {(ok?.ignoredTotal ?? 0) > every.length && <li>…</li>}
              </ul>
            </details>
          )}
        </div>
      )}
    </>
  );
}

export { Distribution, distributionSheet } from './NpsDistribution';
