import { format } from '../../i18n/format';
import {
  normalisedScores,
  overallScore,
  reachableRanges,
  type DimensionScores,
  type Scenario,
} from '../../domain/cases';
import type { CaseStrings } from './strings';

const ROW = 40;
const BAR = 250;

/** The score profile per care dimension: an SVG bar chart (title + description) and the same numbers in a table. */
export default function Profile({
  scenario,
  scores,
  strings,
}: {
  scenario: Scenario;
  scores: DimensionScores;
  strings: CaseStrings;
}) {
  const normalised = normalisedScores(scenario, scores);
  const ranges = reachableRanges(scenario);
  const rows = scenario.dimensions.map(({ id }) => ({
    id,
    name: strings[`cases.dim.${id}`],
    points: scores[id] ?? 0,
    range: ranges[id] ?? { min: 0, max: 0 },
    score: Math.round(normalised[id] ?? 0),
  }));
  const overall = Math.round(overallScore(scenario, scores));
  const desc = format(strings['cases.chartDesc'], { list: rows.map((r) => `${r.name} ${r.score}`).join(', ') });
  return (
    <section aria-labelledby="case-profile">
      <h3 id="case-profile">{strings['cases.profile']}</h3>
      <p>{strings['cases.profileIntro']}</p>
      <p>
        <strong>{format(strings['cases.overall'], { n: overall })}</strong>
      </p>
      <svg
        class="case-chart"
        role="img"
        aria-labelledby="case-chart-title case-chart-desc"
        viewBox={`0 0 300 ${rows.length * ROW}`}
        width="300"
        height={rows.length * ROW}
      >
        <title id="case-chart-title">{strings['cases.chartTitle']}</title>
        <desc id="case-chart-desc">{desc}</desc>
        {rows.map((row, i) => (
          <g key={row.id} transform={`translate(0 ${i * ROW})`}>
            <text class="label" x="0" y="13">
              {row.name}
            </text>
            <rect class="track" x="0" y="18" width={BAR} height="14" rx="2" />
            <rect class="bar" x="0" y="18" width={(BAR * row.score) / 100} height="14" rx="2" />
            <text class="value" x={BAR + 6} y="30">
              {row.score}
            </text>
          </g>
        ))}
      </svg>
      <div class="table-scroll">
        <table class="case-table" aria-labelledby="case-profile">
          <thead>
            <tr>
              <th scope="col">{strings['cases.col.dimension']}</th>
              <th scope="col">{strings['cases.col.points']}</th>
              <th scope="col">{strings['cases.col.range']}</th>
              <th scope="col">{strings['cases.col.score']}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-dimension={row.id}>
                <th scope="row">{row.name}</th>
                <td>{row.points}</td>
                <td>{format(strings['cases.rangeValue'], { min: row.range.min, max: row.range.max })}</td>
                <td>{row.score}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
