import { computeLifetimeValue, validateLifetimeValue } from '../../domain/value/lifetimeValue';
import {
  computeRetentionEffect,
  REICHHELD_SASSER_BAND,
  RETENTION_STEP_POINTS,
  validateRetentionEffect,
} from '../../domain/value/retentionEffect';
import { Frame, H, Num, useCalc, type CalcProps } from './shell';

const FIELDS = ['marginPerPeriod', 'retentionPercent', 'discountPercent', 'acquisitionCost', 'periods'] as const;

/** Customer lifetime value, and what five more points of retention do to it (Reichheld & Sasser). */
export default function LifetimeValue(p: CalcProps) {
  const c = useCalc(p, new RegExp(`^(${FIELDS.join('|')})$`));
  const raw = Object.fromEntries(FIELDS.map((k) => [k, c.v(k)]));
  const checked = validateLifetimeValue(raw);
  const r = checked.ok ? computeLifetimeValue(checked.value) : null;
  const effectChecked = checked.ok ? validateRetentionEffect(raw) : null;
  const e = effectChecked?.ok ? computeRetentionEffect(effectChecked.value) : null;
  const n = (x: number, d = 2) => c.num(x, d);
  const clv = r ? n(r.lifetimeValue) : '';
  let formula = '';
  if (r) {
    const t = r.terms;
    const common = { m: n(t.margin, 4), r: n(t.retention, 4), d: n(t.discount, 4), clv };
    formula =
      t.periods === 'infinite'
        ? c.my('infinite', { ...common, den: n(t.denominator, 4) })
        : c.my('finite', { ...common, T: n(t.periods, 0), q: n(t.ratio, 4) });
  }
  const lines = r && {
    net:
      r.terms.acquisitionCost > 0
        ? c.my('netLine', { clv, cost: n(r.terms.acquisitionCost, 4), net: n(r.netValue) })
        : null,
    interp: c.t(
      r.interpretation === 'paysBack' ? 'calc.lifetime-value.paysBack' : 'calc.lifetime-value.doesNotPayBack',
      { net: n(r.netValue) },
    ),
    heading: c.my('effect', { points: RETENTION_STEP_POINTS }),
    effect: e && {
      line: c.my('effectLine', {
        before: n(e.retentionPercent.before, 4),
        after: n(e.retentionPercent.after, 4),
        v1: n(e.before.netValue),
        v2: n(e.after.netValue),
      }),
      interp: c.my(`${e.interpretation}`, {
        increase: e.increasePercent === null ? '' : n(e.increasePercent, 1),
        low: REICHHELD_SASSER_BAND.low,
        high: REICHHELD_SASSER_BAND.high,
      }),
    },
    noEffect: effectChecked && !effectChecked.ok && effectChecked.issues[0] ? c.message(effectChecked.issues[0]) : '',
  };
  return (
    <Frame
      c={c}
      issues={checked.ok ? [] : checked.issues}
      summary={r ? `${c.my('clv')}: ${clv}` : ''}
      sheet={
        r && lines
          ? [
              { label: c.my('clv'), value: r.lifetimeValue },
              formula,
              ...(lines.net ? [lines.net] : []),
              lines.interp,
              lines.heading,
              ...(e && lines.effect
                ? [
                    lines.effect.line,
                    ...(e.increasePercent !== null
                      ? [{ label: c.t('calc.ui.csvPercent', { label: lines.heading }), value: e.increasePercent }]
                      : []),
                    lines.effect.interp,
                  ]
                : [lines.noEffect]),
            ]
          : null
      }
      result={
        r &&
        lines && (
          <>
            <p class="calc-big">{clv}</p>
            <p class="calc-formula">{formula}</p>
            {lines.net && <p class="calc-formula">{lines.net}</p>}
            <p class="calc-interp">{lines.interp}</p>
            <H c={c} shift={1}>
              {lines.heading}
            </H>
            {e && lines.effect ? (
              <>
                <p class="calc-formula">{lines.effect.line}</p>
                {e.increasePercent !== null && <p class="calc-big">+{n(e.increasePercent, 1)}%</p>}
                <p class="calc-interp">{lines.effect.interp}</p>
              </>
            ) : (
              <p class="muted">{lines.noEffect}</p>
            )}
          </>
        )
      }
    >
      <div class="calc-grid">
        <Num c={c} k="marginPerPeriod" label={c.my('margin')} hint={c.my('marginHint')} />
        <Num c={c} k="retentionPercent" label={c.my('retention')} hint={c.my('retentionHint')} />
        <Num c={c} k="discountPercent" label={c.my('discount')} />
        <Num c={c} k="acquisitionCost" label={c.my('acquisition')} placeholder="0" hint={c.t('calc.ui.optional')} />
        <Num c={c} k="periods" label={c.my('periods')} hint={c.my('periodsHint')} />
      </div>
    </Frame>
  );
}
