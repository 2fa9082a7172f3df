import type { ScoreSummary } from '../../domain/indicators/summary';
import type { LoyaltySegment } from '../../domain/loyalty/segment';
import { SEGMENTS } from '../../domain/loyalty/segment';
import { fixed, percent } from './format';
import type { BuilderStrings } from './strings';

/** Summary statistics of the composite (and the two sub-scores). */
export function SummaryList({ summary, strings: s }: { summary: ScoreSummary; strings: BuilderStrings }) {
  const rows: [string, string][] = [
    [s['builder.results.n'], String(summary.n)],
    [s['builder.results.mean'], fixed(summary.mean)],
    [s['builder.results.median'], fixed(summary.median)],
    [s['builder.results.sd'], fixed(summary.standardDeviation)],
    [s['builder.results.range'], `${fixed(summary.min)} – ${fixed(summary.max)}`],
    [s['builder.results.attitudinalMean'], fixed(summary.attitudinalMean)],
    [s['builder.results.behaviouralMean'], fixed(summary.behaviouralMean)],
  ];
  return (
    <dl class="builder-stats">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The four segments: who they are, how many, and the strategy for each (curriculum, module E). */
export function SegmentTable({
  counts,
  total,
  strings: s,
}: {
  counts: Readonly<Record<LoyaltySegment, number>>;
  total: number;
  strings: BuilderStrings;
}) {
  return (
    <div class="table-scroll">
      <table class="builder-table builder-segments">
        <caption>{s['builder.results.segments']}</caption>
        <thead>
          <tr>
            <th scope="col">{s['builder.results.segment']}</th>
            <th scope="col">{s['builder.results.customers']}</th>
            <th scope="col">{s['builder.results.share']}</th>
            <th scope="col">{s['builder.results.strategy']}</th>
          </tr>
        </thead>
        <tbody>
          {SEGMENTS.map((segment) => (
            <tr key={segment} data-segment={segment}>
              <th scope="row">
                {s[`builder.segment.${segment}`]}
                <br />
                <span class="muted">{s[`builder.segment.${segment}.profile`]}</span>
              </th>
              <td class="num">{counts[segment]}</td>
              <td class="num">{percent(total > 0 ? counts[segment] / total : null)}</td>
              <td>{s[`builder.segment.${segment}.strategy`]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
