/**
 * What the room tally loads once the first hand is counted: the NPS counts calculator's own
 * functions and result lines (a module of its own, so that loading it lazily does not turn the
 * shared score module into a namespace object for every page that imports it), and the table of
 * the three groups shown when hands are counted by group.
 */
import type { SheetItem } from '../../domain/calculators/sheet';
import type { NpsResult } from '../../domain/loyalty/netPromoterScore';
import type { Calc, CalcKey } from './shell';

export { computeNps, computeNpsFromDistribution } from '../../domain/loyalty/netPromoterScore';
export { NpsLines, npsFigures, npsLines, npsSheet } from './NpsLines';

const GROUPS = ['promoters', 'passives', 'detractors'] as const;
const group = (c: Calc, g: (typeof GROUPS)[number]) => c.t(`calc.nps.${g}` as CalcKey);

/** The three groups' counts and shares, for the CSV file. */
export function groupsSheet(c: Calc, r: NpsResult): SheetItem {
  return {
    caption: c.my('groupsCaption'),
    rows: [
      [c.t('calc.nps.group'), c.t('calc.nps.answers'), c.t('calc.nps.share')],
      ...GROUPS.map((g) => [group(c, g), r.counts[g], r.shares[g]]),
    ],
  };
}

/** The same as a table on the page. */
export function GroupsTable({ c, r }: { c: Calc; r: NpsResult }) {
  return (
    <div class="table-scroll" data-view="distribution">
      <table class="calc-table">
        <caption>{c.my('groupsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{c.t('calc.nps.group')}</th>
            <th scope="col">{c.t('calc.nps.answers')}</th>
            <th scope="col">{c.t('calc.nps.share')}</th>
          </tr>
        </thead>
        <tbody>
          {GROUPS.map((g) => (
            <tr key={g}>
              <th scope="row">{group(c, g)}</th>
              <td class="calc-num">{c.num(r.counts[g], 0)}</td>
              <td class="calc-num">{c.num(r.shares[g], 1)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
