/**
 * The 0–10 distribution of NPS answers as a bar chart with a text alternative and a table: shown
 * by the NPS calculator for individual answers and by the room tally.
 */
import {
  NPS_SCALE_MAX,
  NPS_SCALE_MIN,
  npsCategory,
  PASSIVE_MIN,
  PROMOTER_MIN,
} from '../../domain/loyalty/netPromoterScore';
import type { SheetItem } from '../../domain/calculators/sheet';
import type { Calc, CalcKey } from './shell';

const BAR = 30;
const TOP = 8;
const HEIGHT = 120;

/** The distribution's table for the CSV file: the count and share of each score, and its group. */
export function distributionSheet(c: Calc, distribution: readonly number[], n: number): SheetItem {
  return {
    caption: c.t('calc.nps.tableCaption'),
    rows: [
      [c.t('calc.nps.score'), c.t('calc.nps.answers'), c.t('calc.nps.share'), c.t('calc.nps.group')],
      ...distribution.map((x, s) => [s, x, (x / n) * 100, c.t(`calc.nps.${npsCategory(s)}s` as CalcKey)]),
    ],
  };
}

/** The 0–10 distribution: a bar chart with a text alternative, and the same numbers in a table. */
export function Distribution({ c, distribution, n }: { c: Calc; distribution: readonly number[]; n: number }) {
  const max = Math.max(1, ...distribution);
  const base = TOP + HEIGHT;
  const sum = (from: number, to: number) => distribution.slice(from, to + 1).reduce((a, b) => a + b, 0);
  const category = (s: number) => `${npsCategory(s)}s` as const;
  const alt = c.t('calc.nps.chartAlt', {
    n: c.num(n, 0),
    list: distribution.map((x, s) => `${s}: ${c.num(x, 0)}`).join(', '),
    d: c.num(sum(NPS_SCALE_MIN, PASSIVE_MIN - 1), 0),
    pa: c.num(sum(PASSIVE_MIN, PROMOTER_MIN - 1), 0),
    pr: c.num(sum(PROMOTER_MIN, NPS_SCALE_MAX), 0),
  });
  // Each group: a bracket under its bars and its name; the middle name sits a line lower so names
  // never touch, and the last ends at the chart's edge.
  const group = (from: number, to: number, key: CalcKey, row: number, end = false) => (
    <g class="nps-group">
      <line x1={from * BAR + 3} x2={(to + 1) * BAR - 3} y1={base + 20} y2={base + 20} />
      <text
        x={end ? (to + 1) * BAR : ((from + to + 1) / 2) * BAR}
        y={base + 34 + row * 14}
        text-anchor={end ? 'end' : 'middle'}
      >
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
          {group(NPS_SCALE_MIN, PASSIVE_MIN - 1, 'calc.nps.detractors', 0)}
          {group(PASSIVE_MIN, PROMOTER_MIN - 1, 'calc.nps.passives', 1)}
          {group(PROMOTER_MIN, NPS_SCALE_MAX, 'calc.nps.promoters', 0, true)}
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
