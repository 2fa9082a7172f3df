import type { ScoreSummary } from '../../domain/indicators/summary';
import type { LoyaltySegment } from '../../domain/loyalty/segment';
import { SEGMENTS } from '../../domain/loyalty/segment';
import type { Locale } from '../../domain/locale';
import { formatFixed, formatShare } from '../../i18n/numbers';
import type { BuilderStrings } from './strings';

/** Summary statistics of the composite (and the two sub-scores). */
export function SummaryList({
  summary,
  strings: s,
  locale,
}: {
  summary: ScoreSummary;
  strings: BuilderStrings;
  locale: Locale;
}) {
  const rows: [string, string][] = [
    [s['builder.results.n'], String(summary.n)],
    [s['builder.results.mean'], formatFixed(summary.mean, locale)],
    [s['builder.results.median'], formatFixed(summary.median, locale)],
    [s['builder.results.sd'], formatFixed(summary.standardDeviation, locale)],
    [s['builder.results.range'], `${formatFixed(summary.min, locale)} – ${formatFixed(summary.max, locale)}`],
    [s['builder.results.attitudinalMean'], formatFixed(summary.attitudinalMean, locale)],
    [s['builder.results.behaviouralMean'], formatFixed(summary.behaviouralMean, locale)],
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
  locale,
}: {
  counts: Readonly<Record<LoyaltySegment, number>>;
  total: number;
  strings: BuilderStrings;
  locale: Locale;
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
              <td class="num">{formatShare(total > 0 ? counts[segment] / total : null, locale)}</td>
              <td>{s[`builder.segment.${segment}.strategy`]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
