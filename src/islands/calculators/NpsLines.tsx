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
export function NpsLines({ c, r, v }: { c: Calc; r: NpsResult; v: ReturnType<typeof npsFigures> }) {
  const t = (k: string, values?: Parameters<Calc['t']>[1]) => c.t(`calc.nps.${k}` as CalcKey, values);
  return (
    <>
      <p class="calc-formula" data-csv data-view="formula">
        {t('shares', v)}
      </p>
      <p class="calc-formula" data-csv data-view="formula">
        {t('formula', v)}
      </p>
      <p class="calc-formula" data-csv data-view="interval">
        {t('interval', v)}
      </p>
      <p class="calc-hint" data-csv data-view="interval">
        {t('steps', v)}
        {r.interval.widened && ' ' + t('widened')}
      </p>
      <p class="calc-interp" data-csv data-view="summary">
        {t(r.interpretation)} {t(r.certainty, v)}
      </p>
    </>
  );
}
