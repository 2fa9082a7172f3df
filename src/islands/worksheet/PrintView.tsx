import { format } from '../../i18n/format';
import { CRITERION_IDS, QUESTION_IDS } from '../../domain/worksheet/ids';
import { summariseRatings } from '../../domain/worksheet/summary';
import type { Worksheet } from '../../domain/worksheet/worksheet';
import type { WorksheetStrings } from './strings';
import { formatNumber } from '../../i18n/numbers';
import { raterHeadings } from './messages';
import { formatDate } from '../../i18n/dates';
import type { Locale } from '../../domain/locale';

/**
 * The handout that prints instead of the form: plain tables of the plan, the checklist, the
 * ratings with totals, comments and answers. Hidden on screen (`print-only`).
 */
export default function PrintView({ ws, s, locale }: { ws: Worksheet; s: WorksheetStrings; locale: Locale }) {
  const col = (c: string) => s[`worksheet.col.${c}` as 'worksheet.col.need'];
  const headings = raterHeadings(s, ws.ratings);
  const summary = summariseRatings(ws.ratings);
  const none = '—';
  const num = (n: number | null) => formatNumber(n, locale, 1);
  const today = formatDate(new Date(), locale);
  const comments = ws.ratings.flatMap((r, i) =>
    CRITERION_IDS.filter((c) => r.comments[c].trim() !== '').map((c) => ({ who: headings[i], c, text: r.comments[c] })),
  );
  return (
    <div class="print-only ws-print">
      <p>{format(s['worksheet.printedOn'], { date: today })}</p>
      <h2>{s['worksheet.plan.heading']}</h2>
      <table class="ws-table">
        <thead>
          <tr>
            {['number', 'need', 'measure', 'form', 'channel', 'timing', 'cost'].map((c) => (
              <th scope="col" key={c}>
                {col(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ws.plan.map((row, i) => (
            <tr key={row.id}>
              <td>{i + 1}</td>
              <td>{row.need}</td>
              <td>{row.measure}</td>
              <td>{row.form && s[`worksheet.form.${row.form}`]}</td>
              <td>{row.channel && s[`worksheet.channel.${row.channel}`]}</td>
              <td>{row.timing}</td>
              <td>{row.cost !== null ? `${row.cost} ${row.currency}`.trim() : row.currency}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{s['worksheet.checklist.heading']}</h2>
      <table class="ws-table">
        <thead>
          <tr>
            {['number', 'action', 'owner', 'due', 'done'].map((c) => (
              <th scope="col" key={c}>
                {col(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ws.checklist.map((item, i) => (
            <tr key={item.id}>
              <td>{i + 1}</td>
              <td>{item.action}</td>
              <td>{item.owner}</td>
              <td>{item.due}</td>
              <td>{item.done ? `☑ ${s['worksheet.yes']}` : '☐'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{s['worksheet.score.heading']}</h2>
      <table class="ws-table">
        <thead>
          <tr>
            <th scope="col">{col('criterion')}</th>
            {headings.map((h, i) => (
              <th scope="col" key={ws.ratings[i]!.id}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {CRITERION_IDS.map((c) => (
            <tr key={c}>
              <th scope="row">{s[`worksheet.criterion.${c}`]}</th>
              {ws.ratings.map((r) => (
                <td key={r.id}>{r.scores[c] ?? none}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{format(s['worksheet.col.totalOf'], { max: summary.totalMax })}</th>
            {summary.raters.map((r) => (
              <td key={r.id}>{r.total ?? none}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{col('mean')}</th>
            {summary.raters.map((r) => (
              <td key={r.id}>{num(r.mean)}</td>
            ))}
          </tr>
        </tbody>
      </table>
      {comments.length > 0 && (
        <>
          <h3>{s['worksheet.csvComments']}</h3>
          <ul>
            {comments.map((x) => (
              <li key={`${x.who}-${x.c}`}>
                {x.who} — {s[`worksheet.criterion.${x.c}`]}: {x.text}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{s['worksheet.answers.heading']}</h2>
      <dl>
        {QUESTION_IDS.map((q) => (
          <div key={q} class="ws-print-answer">
            <dt>{s[`worksheet.q.${q}`]}</dt>
            <dd>{ws.answers[q] || none}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
