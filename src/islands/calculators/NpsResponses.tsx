/**
 * The part of the NPS calculator that reads individual answers: the paste box, the file upload,
 * the column choice, the report of ignored values, and the 0–10 distribution as a chart and a
 * table. Loaded on demand (it brings the CSV parser), when someone chooses that mode.
 */
import Papa from 'papaparse';
import { parseUserNumber } from '../../domain/numbers';
import { detectDelimiter, IGNORED_REASONS, parseNpsResponses, type ParsedNpsResponses } from '../../domain/loyalty/npsResponses';
import { useState } from 'preact/hooks';
import type { Validated } from '../../domain/result';
import type { CalcFields } from '../../domain/calculators/fields';
import { encodeShare, MAX_SHARE_PARAM } from '../../domain/calculators/share';
import type { NpsResult } from '../../domain/loyalty/netPromoterScore';
import { Choice, FieldBox, type Calc, type CalcKey } from './shell';

/** Largest file read, in bytes: about a million answers. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface Reading {
  readonly result: Validated<ParsedNpsResponses>;
  /** The columns of the pasted table (number from 1, header text if there is a header row). */
  readonly columns: readonly { readonly number: number; readonly name: string | null }[];
}

/** Reads the answers, from `column` (its number as text, '' to find it automatically). */
export function read(text: string, column: string): Reading {
  const number = column === '' ? undefined : Number(column);
  return { result: parseNpsResponses(text, number === undefined ? {} : { columnNumber: number }), columns: columnsOf(text) };
}

/** The columns of the first rows of `text`, with header names when the first row is all text. */
export function columnsOf(text: string): Reading['columns'] {
  const source = text.replace(/^\uFEFF/, '').slice(0, 65_536);
  if (source.trim() === '') return [];
  const rows = Papa.parse<string[]>(source, { preview: 50, delimiter: detectDelimiter(source), skipEmptyLines: 'greedy' }).data;
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  const first = rows[0] ?? [];
  const header = rows.length > 1 && first.some((cell) => cell.trim() !== '') && first.every((cell) => cell.trim() === '' || !parseUserNumber(cell).ok);
  return Array.from({ length: width }, (_, i) => ({ number: i + 1, name: header ? (first[i] ?? '').trim().slice(0, 40) || null : null }));
}

/** What a share link carries: the answers, or — when they are too long for a link — the three counts. */
export function shareAsCounts(c: Calc, f: CalcFields, r: NpsResult): { fields: CalcFields; note?: string } {
  if (encodeShare(f).length <= MAX_SHARE_PARAM) return { fields: f };
  const { promoters, passives, detractors } = r.counts;
  return {
    fields: { mode: 'counts', promoters: String(promoters), passives: String(passives), detractors: String(detractors), confidence: c.v('confidence') },
    note: c.t('calc.nps.shareCounts'),
  };
}

/** The paste box, upload, column choice and what was read or ignored. */
export function ResponsesFields({ c, parsed, notSaved }: { c: Calc; parsed: Reading | null; notSaved: boolean }) {
  const [fileNote, setFileNote] = useState<{ bad: boolean; text: string } | null>(null);
  const ok = parsed?.result.ok ? parsed.result.value : null;
  const columns = parsed?.columns ?? [];
  const fileId = c.id('file');

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileNote({ bad: true, text: c.t('calc.nps.fileTooBig', { size: c.num(file.size / 1048576, 1), max: c.num(MAX_FILE_BYTES / 1048576, 0) }) });
      return;
    }
    try {
      const text = await file.text();
      c.patch({ responses: text, column: '' });
      setFileNote({ bad: false, text: c.t('calc.nps.fileRead', { name: file.name.slice(0, 80) }) });
    } catch {
      setFileNote({ bad: true, text: c.t('calc.nps.fileUnreadable') });
    }
  };

  let ignored = '';
  if (ok && ok.ignoredTotal > 0) {
    const list = IGNORED_REASONS.filter((why) => ok.ignored[why].count > 0).map((why) => {
      const group = ok.ignored[why];
      const where = group.examples.map((e) => c.t(e.column > 1 ? 'calc.nps.atCell' : 'calc.nps.atRow', { row: e.row, column: e.column, value: e.value }));
      if (group.count > group.examples.length) where.push('…');
      return `${c.t(`calc.nps.why.${why}` as CalcKey, { n: c.num(group.count, 0) })} (${where.join(', ')})`;
    });
    ignored = c.t(ok.ignoredTotal === 1 ? 'calc.nps.ignoredOne' : 'calc.nps.ignored', { count: c.num(ok.ignoredTotal, 0), list: list.join(c.t('calc.nps.listSep')) });
  }

  return (
    <>
      <FieldBox c={c} k="responses" label={c.t('calc.nps.responses')} hint={c.t('calc.nps.responsesHint')}>
        {(a) => <textarea {...a} rows={8} spellcheck={false} data-csv="skip" value={c.v('responses')} onInput={(e) => c.set('responses', e.currentTarget.value)} />}
      </FieldBox>
      <div class="calc-field">
        <label for={fileId}>{c.t('calc.nps.upload')}</label>
        <input
          id={fileId}
          type="file"
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
      {(columns.length > 1 || c.v('column') !== '') && (
        <Choice
          c={c}
          k="column"
          label={c.t('calc.nps.column')}
          options={[
            ['', c.t('calc.nps.columnAuto')],
            ...columns.map((col) => [String(col.number), col.name ? c.t('calc.nps.columnNamed', { n: col.number, name: col.name }) : c.t('calc.nps.columnN', { n: col.number })] as const),
          ]}
        />
      )}
      {notSaved && <p class="notice">{c.t('calc.nps.notSaved')}</p>}
      {ok && (
        <p class="muted" role="status">
          {c.t(ok.column ? 'calc.nps.readColumn' : 'calc.nps.read', {
            n: c.num(ok.n, 0),
            column: ok.column ? (ok.column.name ? c.t('calc.nps.columnNamed', { n: ok.column.number, name: ok.column.name }) : c.t('calc.nps.columnN', { n: ok.column.number })) : '',
          })}
        </p>
      )}
      {ignored && (
        <p class="notice calc-ignored" role="status">
          {ignored}
        </p>
      )}
    </>
  );
}

const BAR = 30;
const TOP = 8;
const HEIGHT = 120;

/** The 0–10 distribution: a bar chart with a text alternative, and the same numbers in a table. */
export function Distribution({ c, distribution, n }: { c: Calc; distribution: readonly number[]; n: number }) {
  const max = Math.max(1, ...distribution);
  const base = TOP + HEIGHT;
  const sum = (from: number, to: number) => distribution.slice(from, to + 1).reduce((a, b) => a + b, 0);
  const category = (s: number) => (s >= 9 ? 'promoters' : s >= 7 ? 'passives' : 'detractors');
  const alt = c.t('calc.nps.chartAlt', {
    n: c.num(n, 0),
    list: distribution.map((x, s) => `${s}: ${c.num(x, 0)}`).join(', '),
    d: c.num(sum(0, 6), 0),
    pa: c.num(sum(7, 8), 0),
    pr: c.num(sum(9, 10), 0),
  });
  // Each group: a bracket under its bars and its name; the middle name sits a line lower so names
  // never touch, and the last ends at the chart's edge.
  const group = (from: number, to: number, key: CalcKey, row: number, end = false) => (
    <g class="nps-group">
      <line x1={from * BAR + 3} x2={(to + 1) * BAR - 3} y1={base + 20} y2={base + 20} />
      <text x={end ? (to + 1) * BAR : ((from + to + 1) / 2) * BAR} y={base + 34 + row * 14} text-anchor={end ? 'end' : 'middle'}>
        {c.t(key)}
      </text>
    </g>
  );
  return (
    <>
      <figure class="nps-chart">
        <svg viewBox={`0 0 ${11 * BAR} ${base + 54}`} role="img" aria-label={alt}>
          <line x1="0" x2={11 * BAR} y1={base} y2={base} class="nps-axis" />
          {distribution.map((x, s) => {
            const h = (x / max) * HEIGHT;
            return (
              <g key={s}>
                <rect class={`nps-${category(s)}`} x={s * BAR + 3} y={base - h} width={BAR - 6} height={h} />
                <text x={s * BAR + BAR / 2} y={base + 14} text-anchor="middle">
                  {s}
                </text>
              </g>
            );
          })}
          {group(0, 6, 'calc.nps.detractors', 0)}
          {group(7, 8, 'calc.nps.passives', 1)}
          {group(9, 10, 'calc.nps.promoters', 0, true)}
        </svg>
        <figcaption>{c.t('calc.nps.chartCaption')}</figcaption>
      </figure>
      <div class="table-scroll">
        <table class="calc-table">
          <caption>{c.t('calc.nps.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{c.t('calc.nps.score')}</th>
              <th scope="col">{c.t('calc.nps.answers')}</th>
              <th scope="col">{c.t('calc.nps.share')}</th>
              <th scope="col">{c.t('calc.nps.group')}</th>
            </tr>
          </thead>
          <tbody>
            {distribution.map((x, s) => (
              <tr key={s}>
                <th scope="row">{s}</th>
                <td class="calc-num">{c.num(x, 0)}</td>
                <td class="calc-num">{c.num((x / n) * 100, 1)}%</td>
                <td>{c.t(`calc.nps.${category(s)}` as CalcKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
