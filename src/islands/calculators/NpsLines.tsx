import type { SheetItem } from '../../domain/calculators/sheet';
import type { NpsResult } from '../../domain/loyalty/netPromoterScore';
import type { Calc, CalcKey } from './shell';

/** An NPS result's figures as its sentences show them: shares and interval to one decimal, counts whole, adjusted shares to four places. */
export function npsFigures(c: Calc, r: NpsResult) {
  const st = r.interval.steps;
  return {
    ...c.nums(
      {
        pp: r.shares.promoters,
        dp: r.shares.detractors,
        nps: r.nps,
        lower: r.interval.lower,
        upper: r.interval.upper,
        centre: st.adjustedNps,
        moe: st.marginOfError,
      },
      1,
    ),
    ...c.nums({ p: r.counts.promoters, d: r.counts.detractors, n: r.n, an: st.adjustedN }, 0),
    ...c.nums({ ap: st.adjustedPromoterShare, ad: st.adjustedDetractorShare, z: st.z }, 4),
    se: c.num(st.standardError, 2),
    level: r.interval.confidence * 100,
  };
}

/**
 * The lines under an NPS score, the same for the counts calculator and the room tally: the
 * shares, the formula, the interval and how it was found, and what the score says.
 */
export function npsLines(c: Calc, r: NpsResult, v: ReturnType<typeof npsFigures>) {
  const t = (k: string, values?: Parameters<Calc['t']>[1]) => c.t(`calc.nps.${k}` as CalcKey, values);
  return {
    shares: t('shares', v),
    formula: t('formula', v),
    interval: t('interval', v),
    steps: t('steps', v) + (r.interval.widened ? ' ' + t('widened') : ''),
    summary: `${t(r.interpretation)} ${t(r.certainty, v)}`,
  };
}

/** The same result for the CSV file: the score and the lines (a table, when shown, is added by its module). */
export function npsSheet(r: NpsResult, lines: ReturnType<typeof npsLines>): SheetItem[] {
  return [{ label: 'NPS', value: r.nps }, lines.shares, lines.formula, lines.interval, lines.steps, lines.summary];
}

/** The lines as the page shows them, each in the present-mode view it belongs to. */
export function NpsLines({ lines }: { lines: ReturnType<typeof npsLines> }) {
  return (
    <>
      <p class="calc-formula" data-view="formula">
        {lines.shares}
      </p>
      <p class="calc-formula" data-view="formula">
        {lines.formula}
      </p>
      <p class="calc-formula" data-view="interval">
        {lines.interval}
      </p>
      <p class="calc-hint" data-view="interval">
        {lines.steps}
      </p>
      <p class="calc-interp" data-view="summary">
        {lines.summary}
      </p>
    </>
  );
}
