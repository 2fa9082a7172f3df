import type { WorksheetStrings } from './strings';

const GROUPS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * The reference answer: seven groups of measures, in a disclosure. The page offers it only once
 * the learner has rated their own plan on all five criteria.
 */
export default function Reference({ s }: { s: WorksheetStrings }) {
  return (
    <details class="box ws-reference no-print">
      <summary id="ws-reference">{s['worksheet.ref.summary']}</summary>
      <p>{s['worksheet.ref.intro']}</p>
      <ol>
        {GROUPS.map((n) => (
          <li key={n}>
            <strong>{s[`worksheet.ref.${n}.title`]}.</strong> {s[`worksheet.ref.${n}.body`]}
          </li>
        ))}
      </ol>
      <p>{s['worksheet.ref.note']}</p>
    </details>
  );
}
