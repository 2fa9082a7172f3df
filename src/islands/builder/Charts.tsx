import { format } from '../../i18n/format';
import type { HistogramBin } from '../../domain/indicators/summary';
import type { RespondentScore } from '../../domain/indicators/score';
import type { LoyaltySegment, SegmentThresholds } from '../../domain/loyalty/segment';
import { SEGMENTS } from '../../domain/loyalty/segment';
import type { Locale } from '../../domain/locale';
import { formatFixed } from '../../i18n/numbers';
import type { BuilderStrings } from './strings';

/** Points drawn in the scatter; beyond this the chart samples evenly (the table and CSV have everyone). */
const MAX_POINTS = 3000;
/** Rows listed in the scatter's number table. */
const MAX_TABLE_ROWS = 500;

/** Histogram of composite scores: ten 10-point bins, with its numbers as a table. */
export function ScoreHistogram({
  bins,
  idPrefix,
  strings: s,
}: {
  bins: readonly HistogramBin[];
  idPrefix: string;
  strings: BuilderStrings;
}) {
  const W = 480;
  const H = 250;
  const left = 44;
  const right = 10;
  const top = 16;
  const bottom = 44;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const barW = plotW / bins.length;
  const y = (count: number) => top + plotH - (count / max) * plotH;
  const tallest = bins.reduce((a, b) => (b.count > a.count ? b : a), bins[0] ?? { from: 0, to: 10, count: 0 });
  const total = bins.reduce((n, b) => n + b.count, 0);
  const ticks = [...new Set([0, Math.round(max / 2), max])];
  return (
    <figure class="builder-figure">
      <svg
        class="builder-chart"
        viewBox={`0 0 ${W} ${H}`}
        width={W}
        height={H}
        role="img"
        aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`}
      >
        <title id={`${idPrefix}-title`}>{s['builder.chart.histogram']}</title>
        <desc id={`${idPrefix}-desc`}>
          {format(s['builder.chart.histogramDesc'], {
            n: total,
            from: tallest.from,
            to: tallest.to,
            count: tallest.count,
          })}
        </desc>
        {ticks.map((t) => (
          <g key={t}>
            <line class="grid" x1={left} x2={W - right} y1={y(t)} y2={y(t)} />
            <text class="tick" x={left - 6} y={y(t) + 4} text-anchor="end">
              {t}
            </text>
          </g>
        ))}
        {bins.map((b, i) => (
          <g key={b.from}>
            <rect
              class="bar"
              x={left + i * barW + 2}
              y={y(b.count)}
              width={barW - 4}
              height={Math.max(0, top + plotH - y(b.count))}
            />
            {b.count > 0 && (
              <text class="value" x={left + i * barW + barW / 2} y={y(b.count) - 3} text-anchor="middle">
                {b.count}
              </text>
            )}
          </g>
        ))}
        <line class="axis" x1={left} x2={W - right} y1={top + plotH} y2={top + plotH} />
        <line class="axis" x1={left} x2={left} y1={top} y2={top + plotH} />
        {Array.from({ length: bins.length + 1 }, (_, i) => (
          <text key={i} class="tick" x={left + i * barW} y={top + plotH + 14} text-anchor="middle">
            {i * 10}
          </text>
        ))}
        <text class="label" x={left + plotW / 2} y={H - 6} text-anchor="middle">
          {s['builder.chart.compositeAxis']}
        </text>
      </svg>
      <details>
        <summary>{s['builder.chart.numbers']}</summary>
        <table class="builder-table">
          <caption>{s['builder.chart.histogram']}</caption>
          <thead>
            <tr>
              <th scope="col">{s['builder.chart.band']}</th>
              <th scope="col">{s['builder.chart.customers']}</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((b, i) => (
              <tr key={b.from}>
                <th scope="row">
                  {format(s[i === bins.length - 1 ? 'builder.chart.bandLast' : 'builder.chart.bandRange'], {
                    from: b.from,
                    to: b.to,
                  })}
                </th>
                <td class="num">{b.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** Where a respondent sits on the two axes (the composite stands in for a missing sub-score). */
export const axesOf = (r: RespondentScore) => ({
  attitude: r.attitudinal ?? r.composite,
  behaviour: r.behavioural ?? r.composite,
});

/** Attitude × behaviour: each customer a point, the threshold lines, the four quadrants named. */
export function QuadrantScatter({
  respondents,
  thresholds,
  counts,
  idPrefix,
  strings: s,
  locale,
}: {
  respondents: readonly RespondentScore[];
  thresholds: SegmentThresholds;
  counts: Readonly<Record<LoyaltySegment, number>>;
  idPrefix: string;
  strings: BuilderStrings;
  locale: Locale;
}) {
  const S = 380;
  const left = 48;
  const right = 10;
  const top = 10;
  const bottom = 46;
  const plot = S - left - right;
  const plotH = S - top - bottom;
  const x = (v: number) => left + (v / 100) * plot;
  const y = (v: number) => top + (1 - v / 100) * plotH;
  const tx = x(thresholds.behaviour * 100);
  const ty = y(thresholds.attitude * 100);
  const step = Math.max(1, Math.ceil(respondents.length / MAX_POINTS));
  const shown = respondents.filter((_, i) => i % step === 0);
  const quadrant = (segment: LoyaltySegment, qx: number, qy: number, anchor: 'start' | 'end') => (
    <text class="quadrant" x={qx} y={qy} text-anchor={anchor}>
      {format(s['builder.chart.quadrant'], { name: s[`builder.segment.${segment}`], n: counts[segment] })}
    </text>
  );
  return (
    <figure class="builder-figure">
      <svg
        class="builder-chart"
        viewBox={`0 0 ${S} ${S}`}
        width={S}
        height={S}
        role="img"
        aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`}
      >
        <title id={`${idPrefix}-title`}>{s['builder.chart.scatter']}</title>
        <desc id={`${idPrefix}-desc`}>
          {format(s['builder.chart.scatterDesc'], {
            attitude: formatFixed(thresholds.attitude * 100, locale, 0),
            behaviour: formatFixed(thresholds.behaviour * 100, locale, 0),
            true: counts.true,
            latent: counts.latent,
            spurious: counts.spurious,
            disloyal: counts.disloyal,
          })}
        </desc>
        <rect class="frame" x={left} y={top} width={plot} height={plotH} />
        {[0, 50, 100].map((v) => (
          <g key={v}>
            <text class="tick" x={x(v)} y={top + plotH + 14} text-anchor="middle">
              {v}
            </text>
            <text class="tick" x={left - 6} y={y(v) + 4} text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        {shown.map((r, i) => {
          const a = axesOf(r);
          return <circle key={i} class={`pt pt-${r.segment}`} cx={x(a.behaviour)} cy={y(a.attitude)} r={3} />;
        })}
        <line class="threshold" x1={tx} x2={tx} y1={top} y2={top + plotH} />
        <line class="threshold" x1={left} x2={left + plot} y1={ty} y2={ty} />
        {quadrant('latent', left + 4, top + 14, 'start')}
        {quadrant('true', left + plot - 4, top + 14, 'end')}
        {quadrant('disloyal', left + 4, top + plotH - 6, 'start')}
        {quadrant('spurious', left + plot - 4, top + plotH - 6, 'end')}
        <text class="label" x={left + plot / 2} y={S - 8} text-anchor="middle">
          {s['builder.chart.behaviourAxis']}
        </text>
        <text
          class="label"
          x={14}
          y={top + plotH / 2}
          text-anchor="middle"
          transform={`rotate(-90 14 ${top + plotH / 2})`}
        >
          {s['builder.chart.attitudeAxis']}
        </text>
      </svg>
      {step > 1 && (
        <figcaption class="muted">
          {format(s['builder.chart.sampled'], { shown: shown.length, n: respondents.length })}
        </figcaption>
      )}
      <details>
        <summary>{s['builder.chart.numbers']}</summary>
        <table class="builder-table">
          <caption>{s['builder.chart.quadrantTable']}</caption>
          <thead>
            <tr>
              <th scope="col">{s['builder.results.segment']}</th>
              <th scope="col">{s['builder.chart.customers']}</th>
            </tr>
          </thead>
          <tbody>
            {SEGMENTS.map((segment) => (
              <tr key={segment}>
                <th scope="row">{s[`builder.segment.${segment}`]}</th>
                <td class="num">{counts[segment]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table class="builder-table">
          <caption>
            {respondents.length > MAX_TABLE_ROWS
              ? format(s['builder.chart.pointsFirst'], { shown: MAX_TABLE_ROWS, n: respondents.length })
              : s['builder.chart.points']}
          </caption>
          <thead>
            <tr>
              <th scope="col">{s['builder.results.respondent']}</th>
              <th scope="col">{s['builder.results.behavioural']}</th>
              <th scope="col">{s['builder.results.attitudinal']}</th>
              <th scope="col">{s['builder.results.segment']}</th>
            </tr>
          </thead>
          <tbody>
            {respondents.slice(0, MAX_TABLE_ROWS).map((r, i) => {
              const a = axesOf(r);
              return (
                <tr key={i}>
                  <th scope="row">{r.id}</th>
                  <td class="num">{formatFixed(a.behaviour, locale)}</td>
                  <td class="num">{formatFixed(a.attitude, locale)}</td>
                  <td>{s[`builder.segment.${r.segment}`]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
